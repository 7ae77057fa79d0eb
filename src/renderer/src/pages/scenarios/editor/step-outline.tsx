/** The outline of steps: select, reorder, remove, set the start, add a step of any type. */
import { useState } from 'react';
import { ActionIcon, Badge, Button, Group, Menu, Paper, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconFlag, IconPlus, IconTrash } from '@tabler/icons-react';
import type { Scenario, Step } from '../../../../../shared/domain/scenario';
import { STEP_TYPE_COLORS, STEP_TYPE_HINTS, STEP_TYPE_LABELS, STEP_TYPES, stepSummary } from '../scenario-labels';
import { addStep, moveStep } from './draft-edits';
import { ConfirmRemoveStep } from './confirm-step-edits';
import { problemsOfStep, type EditorProblem } from './problems';
import { plural } from '../../../components/plural';

export function StepOutline({
  scenario,
  selected,
  onSelect,
  onChange,
  problems,
}: {
  scenario: Scenario;
  selected: string | null;
  onSelect: (id: string) => void;
  onChange: (scenario: Scenario) => void;
  problems: EditorProblem[];
}) {
  const ids = Object.keys(scenario.steps);
  const [removing, setRemoving] = useState<string | null>(null);
  const add = (type: Step['type']) => {
    const added = addStep(scenario, type, selected ?? undefined);
    onChange(added.scenario);
    onSelect(added.id);
  };
  return (
    <Stack gap={6} role="list" aria-label="Steps">
      {ids.map((id, index) => {
        const step = scenario.steps[id];
        const count = problemsOfStep(problems, id).length;
        const active = id === selected;
        return (
          <Paper
            key={id}
            role="listitem"
            withBorder
            radius="md"
            p={6}
            style={{ borderColor: active ? 'var(--mantine-primary-color-filled)' : undefined, borderWidth: active ? 2 : undefined }}
          >
            <Group gap={4} wrap="nowrap" align="flex-start">
              <UnstyledButton style={{ flex: 1, minWidth: 0 }} onClick={() => onSelect(id)} aria-label={`Open step ${id}`} aria-current={active ? 'step' : undefined}>
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" color={STEP_TYPE_COLORS[step.type]} variant="light">
                    {STEP_TYPE_LABELS[step.type]}
                  </Badge>
                  <Text size="sm" fw={600} truncate>
                    {id}
                  </Text>
                  {scenario.start === id && (
                    <Tooltip label="The conversation starts here">
                      <IconFlag size={14} aria-label="Start step" />
                    </Tooltip>
                  )}
                  {count > 0 && (
                    <Badge size="sm" color="red" variant="filled" aria-label={plural(count, 'problem')}>
                      {count}
                    </Badge>
                  )}
                </Group>
                <Text size="xs" c="dimmed" lineClamp={1} mt={2}>
                  {stepSummary(step)}
                </Text>
              </UnstyledButton>
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <ActionIcon variant="subtle" color="gray" size="sm" aria-label={`Step ${id} actions`}>
                    ⋯
                  </ActionIcon>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconArrowUp size={14} />} disabled={index === 0} onClick={() => onChange(moveStep(scenario, id, -1))}>
                    Move up
                  </Menu.Item>
                  <Menu.Item leftSection={<IconArrowDown size={14} />} disabled={index === ids.length - 1} onClick={() => onChange(moveStep(scenario, id, 1))}>
                    Move down
                  </Menu.Item>
                  <Menu.Item leftSection={<IconFlag size={14} />} disabled={scenario.start === id} onClick={() => onChange({ ...scenario, start: id })}>
                    Start here
                  </Menu.Item>
                  <Menu.Divider />
                  <Menu.Item color="red" leftSection={<IconTrash size={14} />} disabled={ids.length === 1} onClick={() => setRemoving(id)}>
                    Remove step
                  </Menu.Item>
                </Menu.Dropdown>
              </Menu>
            </Group>
          </Paper>
        );
      })}
      <Menu position="bottom-start">
        <Menu.Target>
          <Button variant="light" leftSection={<IconPlus size={16} />} mt={4}>
            Add step
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          {STEP_TYPES.map((type) => (
            <Menu.Item key={type} onClick={() => add(type)} leftSection={<Badge size="xs" color={STEP_TYPE_COLORS[type]}>{STEP_TYPE_LABELS[type]}</Badge>}>
              {STEP_TYPE_HINTS[type]}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <ConfirmRemoveStep
        scenario={scenario}
        stepId={removing}
        onCancel={() => setRemoving(null)}
        onChange={(next) => {
          setRemoving(null);
          onChange(next);
        }}
      />
    </Stack>
  );
}
