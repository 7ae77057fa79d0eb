/** A choice step: the prompt and 2–4 replies, each with feedback, points per standard and where it leads. */
import { ActionIcon, Group, NumberInput, Paper, Stack, Text, Textarea, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ChoiceOption, ChoiceStep, Scenario } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { AddButton, NextStepSelect } from './field-inputs';
import { freshId } from './draft-edits';
import { fieldError, problemsUnder, type EditorProblem } from './problems';

function PointsEditor({ option, standardIds, titles, onChange, at, problems }: { option: ChoiceOption; standardIds: string[]; titles: Map<string, string>; onChange: (points: Record<string, number>) => void; at: string; problems: EditorProblem[] }) {
  const ids = [...new Set([...standardIds, ...Object.keys(option.points)])];
  if (ids.length === 0) return <Text size="xs" c="dimmed">List the standards this scenario trains (Details tab) to give points.</Text>;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Points per standard{' '}
        <Text span size="xs" c="dimmed">
          (negative for a reply that works against it)
        </Text>
      </Text>
      {ids.map((id) => (
        <Group key={id} justify="space-between" wrap="nowrap" gap="sm">
          <Text size="sm">{titles.get(id) ?? id}</Text>
          <NumberInput
            aria-label={`Points for ${titles.get(id) ?? id}`}
            w={110}
            size="xs"
            min={-100}
            max={100}
            value={option.points[id] ?? 0}
            onChange={(v) => {
              const points = { ...option.points };
              if (typeof v === 'number' && v !== 0) points[id] = v;
              else delete points[id];
              onChange(points);
            }}
            error={fieldError(problems, `${at}.points.${id}`)}
          />
        </Group>
      ))}
    </Stack>
  );
}

export function ChoiceStepForm({
  scenario,
  stepId,
  step,
  onChange,
  problems,
  standards,
}: {
  scenario: Scenario;
  stepId: string;
  step: ChoiceStep;
  onChange: (step: ChoiceStep) => void;
  problems: EditorProblem[];
  standards: ScenarioStandardOption[];
}) {
  const at = `steps.${stepId}`;
  const titles = new Map(standards.map((s) => [s.id, s.title]));
  const set = (i: number, patch: Partial<ChoiceOption>) => onChange({ ...step, options: step.options.map((o, k) => (k === i ? { ...o, ...patch } : o)) });
  const listError = problemsUnder(problems, `${at}.options`).find((p) => p.path === `${at}.options`)?.message;
  return (
    <Stack gap="sm">
      <Textarea label="Prompt for the trainee (optional)" placeholder="e.g. How do you answer?" autosize value={step.prompt} onChange={(e) => onChange({ ...step, prompt: e.currentTarget.value })} />
      {step.options.map((option, i) => {
        const p = `${at}.options[${i}]`;
        return (
          <Paper key={i} withBorder p="sm" radius="md" role="group" aria-label={`Reply option ${i + 1}`}>
            <Stack gap="xs">
              <Group wrap="nowrap" align="flex-start">
                <Textarea style={{ flex: 1 }} label={`Reply ${String.fromCharCode(65 + i)}`} autosize value={option.text} onChange={(e) => set(i, { text: e.currentTarget.value })} error={fieldError(problems, `${p}.text`)} />
                <Tooltip label="Remove this reply">
                  <ActionIcon mt={26} variant="subtle" color="red" aria-label={`Remove reply ${String.fromCharCode(65 + i)}`} onClick={() => onChange({ ...step, options: step.options.filter((_, k) => k !== i) })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Textarea label="Feedback shown after choosing it" autosize value={option.feedback} onChange={(e) => set(i, { feedback: e.currentTarget.value })} />
              <PointsEditor option={option} standardIds={scenario.standards} titles={titles} onChange={(points) => set(i, { points })} at={p} problems={problems} />
              <NextStepSelect scenario={scenario} label="Leads to" value={option.next} onChange={(next) => set(i, { next })} error={fieldError(problems, `${p}.next`)} />
            </Stack>
          </Paper>
        );
      })}
      {listError && (
        <Text size="sm" c="red">
          {listError}
        </Text>
      )}
      <AddButton
        disabled={step.options.length >= 4}
        onClick={() => onChange({ ...step, options: [...step.options, { id: freshId('option', step.options.map((o) => o.id)), text: 'Another reply', feedback: '', points: {}, next: step.options[0]?.next ?? stepId }] })}
      >
        Add reply
      </AddButton>
    </Stack>
  );
}
