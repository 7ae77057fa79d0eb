/** Small inputs the step forms share: which step comes next, which standard, phrase groups as chips. */
import { ActionIcon, Button, Group, Select, Stack, TagsInput, Text, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { PhraseGroup, Scenario } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { STEP_TYPE_LABELS } from '../scenario-labels';

export function NextStepSelect({
  scenario,
  value,
  onChange,
  label = 'Next step',
  error,
  exclude,
}: {
  scenario: Scenario;
  value: string;
  onChange: (id: string) => void;
  label?: string;
  error?: string;
  exclude?: string;
}) {
  const data = Object.entries(scenario.steps)
    .filter(([id]) => id !== exclude)
    .map(([id, step]) => ({ value: id, label: `${id} · ${STEP_TYPE_LABELS[step.type]}` }));
  // A reference to a missing step stays visible so the author sees what is wrong.
  if (value && !scenario.steps[value]) data.push({ value, label: `${value} (missing)` });
  return <Select label={label} data={data} value={value} onChange={(v) => v && onChange(v)} allowDeselect={false} searchable error={error} />;
}

export function StandardSelect({
  standards,
  value,
  onChange,
  label = 'Standard',
  error,
  clearable,
}: {
  standards: ScenarioStandardOption[];
  value: string | undefined;
  onChange: (id: string | undefined) => void;
  label?: string;
  error?: string;
  clearable?: boolean;
}) {
  const data = standards.map((s) => ({ value: s.id, label: s.source === 'draft-only' ? `${s.title} (playbook draft)` : s.title }));
  if (value && !standards.some((s) => s.id === value)) data.push({ value, label: `${value} (unknown)` });
  return (
    <Select
      label={label}
      placeholder="Choose a standard"
      data={data}
      value={value ?? null}
      onChange={(v) => onChange(v ?? undefined)}
      searchable
      clearable={clearable}
      allowDeselect={clearable ?? false}
      error={error}
    />
  );
}

/** Pasted "sorry, apologise" is two synonyms, not one phrase with a comma. */
function splitPhrases(words: string[]): string[] {
  return [...new Set(words.flatMap((w) => w.split(',')).map((w) => w.trim()).filter(Boolean))];
}

/** Phrase groups: each group a set of synonyms (any one hits the group), written as chips. */
export function PhraseGroupsInput({
  groups,
  onChange,
  label,
  description,
  error,
}: {
  groups: PhraseGroup[];
  onChange: (groups: PhraseGroup[]) => void;
  label: string;
  description?: string;
  error?: string;
}) {
  const set = (index: number, words: string[]) => {
    const trimmed = splitPhrases(words);
    onChange(trimmed.length === 0 ? groups.filter((_, i) => i !== index) : groups.map((g, i) => (i === index ? trimmed : g)));
  };
  return (
    <Stack gap={6}>
      <div>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        {description && (
          <Text size="xs" c="dimmed">
            {description}
          </Text>
        )}
      </div>
      {groups.map((group, i) => (
        <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
          <TagsInput
            style={{ flex: 1 }}
            aria-label={`${label}: group ${i + 1}`}
            value={group}
            onChange={(words) => set(i, words)}
            placeholder="Type a word or phrase, press Enter"
            splitChars={[',']}
            acceptValueOnBlur
          />
          <Tooltip label="Remove this group">
            <ActionIcon variant="subtle" color="gray" mt={4} aria-label={`Remove ${label.toLowerCase()} group ${i + 1}`} onClick={() => onChange(groups.filter((_, k) => k !== i))}>
              <IconTrash size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      ))}
      <NewPhraseGroup label={label} onAdd={(words) => onChange([...groups, words])} />
      {error && (
        <Text size="xs" c="red">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function NewPhraseGroup({ label, onAdd }: { label: string; onAdd: (words: string[]) => void }) {
  return (
    <TagsInput
      aria-label={`${label}: new group`}
      value={[]}
      onChange={(words) => {
        const trimmed = splitPhrases(words);
        if (trimmed.length > 0) onAdd(trimmed);
      }}
      placeholder="New group: type a phrase and press Enter"
      splitChars={[',']}
      acceptValueOnBlur
      leftSection={<IconPlus size={14} />}
    />
  );
}

export function AddButton({ children, onClick, disabled }: { children: string; onClick: () => void; disabled?: boolean }) {
  return (
    <Button variant="light" size="xs" leftSection={<IconPlus size={14} />} onClick={onClick} disabled={disabled} w="fit-content">
      {children}
    </Button>
  );
}
