/**
 * Assignments as a place of its own for managers and leaders: #/assignments, one assignment
 * brought into view (#/assignments/<id>), or the form opened for a scenario
 * (#/assignments/new/<scenarioId>, from the scenario library or the home).
 */
import { Stack, Text, Title } from '@mantine/core';
import { useHashRoute } from '../../app/use-hash-route';
import { AssignmentsView } from './assignments-view';

export const assignScenarioRoute = (scenarioId: string): string => `assignments/new/${encodeURIComponent(scenarioId)}`;

export function AssignmentsPage() {
  const [route, navigate] = useHashRoute();
  const [, first, second] = route.split('/');
  const assignScenarioId = first === 'new' && second ? decodeURIComponent(second) : null;
  const focusId = first && first !== 'new' ? decodeURIComponent(first) : null;
  return (
    <Stack gap="md">
      <div>
        <Title order={2}>Assignments</Title>
        <Text c="dimmed" size="sm">
          Training given to the team with a due date: who has done it, who passed, who is late.
        </Text>
      </div>
      <div>
        <AssignmentsView focusId={focusId} assignScenarioId={assignScenarioId} onFormClosed={() => assignScenarioId && navigate('assignments')} />
      </div>
    </Stack>
  );
}
