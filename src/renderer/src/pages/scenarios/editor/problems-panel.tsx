/**
 * Every problem of the draft in one list, each named by its step's position and content and its
 * field's label (never a code path), with a button to go there; warnings below, never blocking.
 */
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { Scenario } from '../../../../../shared/domain/scenario';
import { problemPlace, stepPosition } from '../../../../../shared/domain/problem-place';
import { stepIdOfPath, type EditorProblem } from './problems';

export function ProblemsPanel({ scenario, problems, warnings, onOpenStep, onOpenDetails }: { scenario: Scenario; problems: EditorProblem[]; warnings: string[]; onOpenStep: (id: string) => void; onOpenDetails: () => void }) {
  return (
    <Stack gap="sm" role="region" aria-label="Problems">
      {problems.length === 0 ? (
        <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />}>
          No problems: this draft can be published.
        </Alert>
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={problems.length === 1 ? '1 problem blocks publishing' : `${problems.length} problems block publishing`}>
          <List size="sm" spacing={4}>
            {problems.map((p, i) => {
              const stepId = p.stepId ?? stepIdOfPath(p.path);
              const known = stepId !== undefined && Object.hasOwn(scenario.steps, stepId);
              return (
                <List.Item key={i}>
                  <Text span size="sm" fw={600}>
                    {problemPlace(scenario, p.path).place}
                  </Text>
                  {' — '}
                  {p.message}{' '}
                  <Anchor component="button" type="button" size="sm" onClick={() => (known ? onOpenStep(stepId) : onOpenDetails())}>
                    {known ? `Go to step ${stepPosition(scenario, stepId)}` : 'Go to details'}
                  </Anchor>
                </List.Item>
              );
            })}
          </List>
        </Alert>
      )}
      {warnings.length > 0 && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} title="Good to know">
          <List size="sm">
            {warnings.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
    </Stack>
  );
}
