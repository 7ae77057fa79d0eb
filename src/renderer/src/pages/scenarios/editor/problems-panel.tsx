/** Every problem of the draft in one list, each with a way to its step; warnings below, never blocking. */
import { Alert, Anchor, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { stepIdOfPath, type EditorProblem } from './problems';

export function ProblemsPanel({ problems, warnings, onOpenStep, onOpenDetails }: { problems: EditorProblem[]; warnings: string[]; onOpenStep: (id: string) => void; onOpenDetails: () => void }) {
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
              return (
                <List.Item key={i}>
                  {p.message}{' '}
                  <Anchor component="button" type="button" size="sm" onClick={() => (stepId ? onOpenStep(stepId) : onOpenDetails())}>
                    {stepId ? `Go to step ${stepId}` : 'Go to details'}
                  </Anchor>
                  <Text span size="xs" c="dimmed">
                    {' '}
                    ({p.path})
                  </Text>
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
