/** Where a free-text step leads: one next step, or branches on which rubric elements the reply hit. */
import { ActionIcon, Group, MultiSelect, Paper, Stack, Switch, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { FreeTextStep, Scenario } from '../../../../../shared/domain/scenario';
import { AddButton, NextStepSelect } from './field-inputs';
import { fieldError, type EditorProblem } from './problems';

export function FreeTextNextEditor({ scenario, stepId, step, onChange, problems }: { scenario: Scenario; stepId: string; step: FreeTextStep; onChange: (next: FreeTextStep['next']) => void; problems: EditorProblem[] }) {
  const at = `steps.${stepId}.next`;
  const elements = step.rubric.elements.map((e) => ({ value: e.id, label: e.label }));
  if (typeof step.next === 'string') {
    const plain = step.next;
    return (
      <Stack gap="xs">
        <NextStepSelect scenario={scenario} value={plain} onChange={onChange} error={fieldError(problems, at)} exclude={stepId} />
        <Switch
          label="Branch on what the reply hit"
          checked={false}
          disabled={elements.length === 0}
          description={elements.length === 0 ? 'Add rubric elements first.' : undefined}
          onChange={() => onChange({ branches: [{ ifHit: [elements[0].value], next: plain }], default: plain })}
        />
      </Stack>
    );
  }
  const next = step.next;
  const setBranch = (i: number, patch: Partial<(typeof next.branches)[number]>) => onChange({ ...next, branches: next.branches.map((b, k) => (k === i ? { ...b, ...patch } : b)) });
  return (
    <Stack gap="xs">
      <Switch label="Branch on what the reply hit" checked onChange={() => onChange(next.default)} />
      {next.branches.map((branch, i) => (
        <Paper key={i} withBorder p="sm" radius="md" role="group" aria-label={`Branch ${i + 1}`}>
          <Group align="flex-start" grow wrap="nowrap">
            <MultiSelect
              label="If the reply hit every one of"
              data={elements}
              value={branch.ifHit}
              onChange={(ifHit) => setBranch(i, { ifHit })}
              error={fieldError(problems, `${at}.branches[${i}].ifHit`) ?? problems.find((p) => p.path.startsWith(`${at}.branches[${i}].ifHit[`))?.message}
            />
            <NextStepSelect scenario={scenario} label="go to" value={branch.next} onChange={(v) => setBranch(i, { next: v })} error={fieldError(problems, `${at}.branches[${i}].next`)} />
            <Tooltip label="Remove this branch">
              <ActionIcon mt={26} style={{ flex: 0 }} variant="subtle" color="red" disabled={next.branches.length === 1} aria-label={`Remove branch ${i + 1}`} onClick={() => onChange({ ...next, branches: next.branches.filter((_, k) => k !== i) })}>
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        </Paper>
      ))}
      <AddButton onClick={() => onChange({ ...next, branches: [...next.branches, { ifHit: elements[0] ? [elements[0].value] : [], next: next.default }] })}>Add branch</AddButton>
      <NextStepSelect scenario={scenario} label="Otherwise go to" value={next.default} onChange={(v) => onChange({ ...next, default: v })} error={fieldError(problems, `${at}.default`)} />
    </Stack>
  );
}
