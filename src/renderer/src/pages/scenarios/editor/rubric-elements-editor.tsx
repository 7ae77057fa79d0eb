/**
 * The rubric's elements: what a good reply must do, each tied to a standard, with a weight and
 * the phrases that count as doing it, whether one group or all groups are needed, and when the
 * element does not apply (N/A leaves the maximum).
 */
import { ActionIcon, Badge, Group, NumberInput, Paper, SegmentedControl, Select, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { NaCondition, RubricElement } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { AddButton, PhraseGroupsInput, StandardSelect } from './field-inputs';
import { freshId } from './draft-edits';
import { fieldError, problemsUnder, type EditorProblem } from './problems';
import { ConceptAndFactInputs, PromptFactsOffer, useRubricVocabulary } from './rubric-vocabulary';

const firstMessage = (problems: EditorProblem[]): string | undefined => problems[0]?.message;

const NA_KINDS = [
  { value: 'none', label: 'Always applies' },
  { value: 'reply-mentions', label: 'N/A when the reply mentions…' },
  { value: 'element-hit', label: 'N/A when another element is hit' },
  { value: 'no-customer-name', label: "N/A when the customer's name is unknown" },
];

function NaEditor({ element, others, onChange, error }: { element: RubricElement; others: RubricElement[]; onChange: (na: NaCondition | undefined) => void; error?: string }) {
  const kind = element.naWhen?.when ?? 'none';
  return (
    <Stack gap={6}>
      <Select
        label="When it does not apply"
        data={NA_KINDS}
        value={kind}
        allowDeselect={false}
        onChange={(v) => {
          if (v === 'reply-mentions') onChange({ when: 'reply-mentions', phrases: [] });
          else if (v === 'element-hit') onChange({ when: 'element-hit', elementId: others[0]?.id ?? '' });
          else if (v === 'no-customer-name') onChange({ when: 'no-customer-name' });
          else onChange(undefined);
        }}
      />
      {element.naWhen?.when === 'reply-mentions' && (
        <PhraseGroupsInput label="N/A phrases" groups={element.naWhen.phrases} onChange={(phrases) => onChange({ when: 'reply-mentions', phrases })} error={error} />
      )}
      {element.naWhen?.when === 'element-hit' && (
        <Select
          label="The other element"
          data={others.map((o) => ({ value: o.id, label: o.label }))}
          value={element.naWhen.elementId || null}
          onChange={(v) => v && onChange({ when: 'element-hit', elementId: v })}
          error={error}
        />
      )}
    </Stack>
  );
}

export function RubricElementsEditor({
  elements,
  onChange,
  standards,
  problems,
  at,
  prompt,
  language,
  scenarioStandards,
}: {
  elements: RubricElement[];
  onChange: (elements: RubricElement[]) => void;
  standards: ScenarioStandardOption[];
  problems: EditorProblem[];
  /** Path of the elements list, e.g. steps.reply-1.rubric.elements */
  at: string;
  /** The step's prompt (its facts are offered as elements) and the scenario's language. */
  prompt: string;
  language: string;
  /** The standards the scenario trains: a new element scores against one of them. */
  scenarioStandards: string[];
}) {
  const set = (i: number, patch: Partial<RubricElement>) => onChange(elements.map((el, k) => (k === i ? { ...el, ...patch } : el)));
  const vocabulary = useRubricVocabulary(prompt, language);
  // A fact element goes with the standard other fact elements here use, else the scenario's first.
  const factStandard = elements.find((e) => e.facts?.length)?.standardId ?? scenarioStandards[0] ?? standards[0]?.id ?? '';
  const newElement = (extra: Partial<RubricElement>): RubricElement => ({ id: freshId('el', elements.map((e) => e.id)), label: 'New element', standardId: scenarioStandards[0] ?? standards[0]?.id ?? '', weight: 1, phrases: [], require: 'any', ...extra });
  return (
    <Stack gap="sm">
      <PromptFactsOffer vocabulary={vocabulary} elements={elements} onAdd={(fact) => onChange([...elements, newElement({ label: `State ${fact}`, facts: [fact], standardId: factStandard })])} />
      {elements.length === 0 && (
        <Text size="sm" c="dimmed">
          No elements yet. An element is one thing a good reply does, such as "apologise" or "offer an alternative", scored against a standard.
        </Text>
      )}
      {elements.map((el, i) => {
        const p = `${at}[${i}]`;
        return (
          <Paper key={i} withBorder p="sm" radius="md" aria-label={`Rubric element ${i + 1}`} role="group">
            <Stack gap="xs">
              <Group justify="space-between" wrap="nowrap" align="flex-end">
                <TextInput style={{ flex: 1 }} label="What the reply should do" value={el.label} onChange={(e) => set(i, { label: e.currentTarget.value })} error={fieldError(problems, `${p}.label`)} />
                <Badge variant="light" color="gray" mb={6}>
                  {el.id}
                </Badge>
                <Tooltip label="Remove this element">
                  <ActionIcon variant="subtle" color="red" mb={4} aria-label={`Remove element ${el.label || i + 1}`} onClick={() => onChange(elements.filter((_, k) => k !== i))}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Group grow align="flex-start">
                <StandardSelect standards={standards} value={el.standardId || undefined} onChange={(id) => set(i, { standardId: id ?? '' })} error={fieldError(problems, `${p}.standardId`)} />
                <NumberInput label="Weight" min={0.5} max={100} step={0.5} value={el.weight} onChange={(v) => set(i, { weight: typeof v === 'number' ? v : 1 })} error={fieldError(problems, `${p}.weight`)} />
              </Group>
              <PhraseGroupsInput
                label="Phrases that count"
                description="Each group is a set of synonyms: any one of them hits the group. Use * at the end of a word for any ending (apolog*)."
                groups={el.phrases}
                onChange={(phrases) => set(i, { phrases })}
                error={fieldError(problems, `${p}.phrases`)}
              />
              <ConceptAndFactInputs
                element={el}
                onChange={(patch) => set(i, patch)}
                vocabulary={vocabulary}
                conceptsError={firstMessage(problemsUnder(problems, `${p}.concepts`))}
                factsError={firstMessage(problemsUnder(problems, `${p}.facts`))}
              />
              <Group gap="sm" align="center">
                <Text size="sm">Needs</Text>
                <SegmentedControl
                  size="xs"
                  aria-label="Groups needed"
                  value={el.require}
                  onChange={(v) => set(i, { require: v as RubricElement['require'] })}
                  data={[
                    { value: 'any', label: 'any one group' },
                    { value: 'all', label: 'every group' },
                  ]}
                />
              </Group>
              <NaEditor
                element={el}
                others={elements.filter((_, k) => k !== i)}
                onChange={(naWhen) => onChange(elements.map((e, k) => (k === i ? withNa(e, naWhen) : e)))}
                error={fieldError(problems, `${p}.naWhen.elementId`) ?? fieldError(problems, `${p}.naWhen.phrases`)}
              />
            </Stack>
          </Paper>
        );
      })}
      <AddButton
        onClick={() => onChange([...elements, newElement({})])}
      >
        Add rubric element
      </AddButton>
    </Stack>
  );
}

function withNa(element: RubricElement, naWhen: NaCondition | undefined): RubricElement {
  const { naWhen: _old, ...rest } = element;
  return naWhen ? { ...rest, naWhen } : rest;
}
