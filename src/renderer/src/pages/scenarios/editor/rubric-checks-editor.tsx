/** The rest of a rubric: must-avoid items (some auto-fail), tone checks and the length range. */
import { ActionIcon, Group, NumberInput, Paper, Select, Stack, Switch, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { LengthRange, MustAvoidItem, ToneChecks } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { AddButton, PhraseGroupsInput, StandardSelect } from './field-inputs';
import { freshId } from './draft-edits';
import { fieldError, type EditorProblem } from './problems';

export function MustAvoidEditor({
  items,
  onChange,
  standards,
  problems,
  at,
}: {
  items: MustAvoidItem[];
  onChange: (items: MustAvoidItem[]) => void;
  standards: ScenarioStandardOption[];
  problems: EditorProblem[];
  at: string;
}) {
  const set = (i: number, patch: Partial<MustAvoidItem>) => onChange(items.map((it, k) => (k === i ? { ...it, ...patch } : it)));
  return (
    <Stack gap="sm">
      {items.map((item, i) => {
        const p = `${at}[${i}]`;
        return (
          <Paper key={i} withBorder p="sm" radius="md" role="group" aria-label={`Must-avoid item ${i + 1}`}>
            <Stack gap="xs">
              <Group wrap="nowrap" align="flex-end">
                <TextInput style={{ flex: 1 }} label="What the reply must not do" value={item.label} onChange={(e) => set(i, { label: e.currentTarget.value })} error={fieldError(problems, `${p}.label`)} />
                <Tooltip label="Remove this item">
                  <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Remove must-avoid ${item.label || i + 1}`} onClick={() => onChange(items.filter((_, k) => k !== i))}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <PhraseGroupsInput label="Phrases that trigger it" groups={item.phrases} onChange={(phrases) => set(i, { phrases })} error={fieldError(problems, `${p}.phrases`)} />
              <Group grow align="flex-end">
                <StandardSelect
                  label="Standard (optional)"
                  clearable
                  standards={standards}
                  value={item.standardId}
                  onChange={(standardId) => onChange(items.map((it, k) => (k === i ? withStandard(it, standardId) : it)))}
                  error={fieldError(problems, `${p}.standardId`)}
                />
                <NumberInput label="Points off" min={0} max={100} value={item.penalty} disabled={item.autoFail} onChange={(v) => set(i, { penalty: typeof v === 'number' ? v : 0 })} />
              </Group>
              <Switch label="Auto-fail: the whole reply scores 0" checked={item.autoFail} onChange={(e) => set(i, { autoFail: e.currentTarget.checked })} />
            </Stack>
          </Paper>
        );
      })}
      <AddButton onClick={() => onChange([...items, { id: freshId('avoid', items.map((x) => x.id)), label: 'New item to avoid', phrases: [], autoFail: false, penalty: 1 }])}>
        Add must-avoid item
      </AddButton>
    </Stack>
  );
}

function withStandard(item: MustAvoidItem, standardId: string | undefined): MustAvoidItem {
  const { standardId: _old, ...rest } = item;
  return standardId ? { ...rest, standardId } : rest;
}

export function ToneChecksEditor({ tone, onChange, standards, problems, at }: { tone: ToneChecks; onChange: (tone: ToneChecks) => void; standards: ScenarioStandardOption[]; problems: EditorProblem[]; at: string }) {
  const set = (patch: Partial<ToneChecks>) => onChange({ ...tone, ...patch });
  return (
    <Stack gap="xs">
      <Group grow align="flex-start">
        <StandardSelect label="Tone checks score against" standards={standards} value={tone.standardId} onChange={(id) => id && set({ standardId: id })} error={fieldError(problems, `${at}.standardId`)} />
        <NumberInput label="Points per check" min={0.5} max={100} step={0.5} value={tone.weight} onChange={(v) => set({ weight: typeof v === 'number' ? v : 1 })} />
      </Group>
      <Switch label="An apology is needed (something went wrong)" checked={tone.apologyRequired} onChange={(e) => set({ apologyRequired: e.currentTarget.checked })} />
      <Switch label="Use the customer's name" checked={tone.useCustomerName} onChange={(e) => set({ useCustomerName: e.currentTarget.checked })} />
      <Switch label="No shouting in capitals" checked={tone.noShouting} onChange={(e) => set({ noShouting: e.currentTarget.checked })} />
      <Switch label='No stacks of "!!!"' checked={tone.noExclamationStacks} onChange={(e) => set({ noExclamationStacks: e.currentTarget.checked })} />
    </Stack>
  );
}

export function LengthEditor({ length, onChange }: { length: LengthRange | undefined; onChange: (length: LengthRange | undefined) => void }) {
  const on = length !== undefined;
  const current: LengthRange = length ?? { unit: 'words', min: 10, max: 80, penalty: 0 };
  const num = (v: string | number) => (typeof v === 'number' ? v : undefined);
  const set = (patch: Partial<LengthRange>) => {
    const next = { ...current, ...patch };
    onChange(Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as LengthRange);
  };
  return (
    <Stack gap="xs">
      <Switch label="Check the reply's length" checked={on} onChange={(e) => onChange(e.currentTarget.checked ? current : undefined)} />
      {on && (
        <Group grow align="flex-start">
          <Select label="Count" data={[{ value: 'words', label: 'Words' }, { value: 'chars', label: 'Characters' }]} value={current.unit} allowDeselect={false} onChange={(v) => v && set({ unit: v as LengthRange['unit'] })} />
          <NumberInput label="At least" min={0} value={current.min ?? ''} onChange={(v) => set({ min: num(v) })} />
          <NumberInput label="At most" min={1} value={current.max ?? ''} onChange={(v) => set({ max: num(v) })} />
          <NumberInput label="Points off outside" description="0 = advice only" min={0} max={100} value={current.penalty} onChange={(v) => set({ penalty: num(v) ?? 0 })} />
        </Group>
      )}
      {!on && (
        <Text size="xs" c="dimmed">
          Off: replies of any length are fine.
        </Text>
      )}
    </Stack>
  );
}
