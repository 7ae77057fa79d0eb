/**
 * A reply step made from a real chat: the rubric suggested from what the staff member really said,
 * marked "Suggested" until the owner accepts it (filling only what is still empty) or dismisses it.
 * Each element says why it was suggested, so the owner can judge it before accepting.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Loader, Paper, Stack, Text } from '@mantine/core';
import { IconSparkles } from '@tabler/icons-react';
import type { FreeTextStep, Scenario } from '../../../../../shared/domain/scenario';
import { customerMessagesBefore } from '../../../../../shared/domain/customer-messages';
import { acceptSuggestion, wantsSuggestion } from '../../../../../shared/domain/rubric-suggestion';
import { api, errorMessage } from '../../../api/client';
import { useAsync } from '../../../app/use-async';

export function RubricSuggestionCard({ scenario, stepId, step, onAccept }: { scenario: Scenario; stepId: string; step: FreeTextStep; onAccept: (scenario: Scenario) => void }) {
  const [dismissed, setDismissed] = useState(false);
  const wanted = wantsSuggestion(step) && !dismissed;
  const realReply = step.actualReply?.text ?? '';
  const suggestion = useAsync(
    () =>
      wanted
        ? api.suggestStepRubric({ realReply, customerMessages: customerMessagesBefore(scenario, stepId), language: scenario.language, customerName: scenario.persona.name || undefined, standardIds: scenario.standards })
        : Promise.resolve(null),
    [wanted, realReply, stepId, scenario.language, scenario.persona.name, scenario.standards.join()],
  );
  if (!wanted) return null;
  if (suggestion.error)
    return (
      <Alert color="yellow" title="No suggestion for this step">
        {errorMessage(suggestion.error)}
      </Alert>
    );
  const s = suggestion.data;
  if (!s) return <Loader size="sm" aria-label="Suggesting a rubric" />;
  const { tone, elements, mustAvoid } = s.rubric;
  const checks = [tone.apologyRequired && 'an apology', tone.useCustomerName && 'the customer’s name'].filter(Boolean);
  return (
    <Paper withBorder radius="md" p="sm" aria-label="Suggested rubric" role="region" style={{ borderStyle: 'dashed' }}>
      <Stack gap="xs">
        <Group gap="xs">
          <IconSparkles size={16} aria-hidden />
          <Text size="sm" fw={600}>
            Suggested from the real reply
          </Text>
          <Badge variant="light" color="grape">
            Suggested
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          Accepting fills the prompt, model answer and rubric where they are still empty. Everything stays editable.
        </Text>
        <List size="sm" spacing={4}>
          {elements.map((el) => (
            <List.Item key={el.id}>
              <Text size="sm" span fw={500}>
                {el.label}
              </Text>
              {el.weight > 1 && <Text size="xs" span c="dimmed">{` · counts double: it answers the customer's question`}</Text>}
              <Text size="xs" c="dimmed">
                {s.reasons[el.id]}
              </Text>
            </List.Item>
          ))}
        </List>
        {checks.length > 0 && <Text size="sm">Tone: the reply should have {checks.join(' and ')}.</Text>}
        {mustAvoid.length > 0 && <Text size="sm">Must avoid: {mustAvoid.map((m) => m.label.toLowerCase()).join('; ')}.</Text>}
        <Group gap="xs">
          <Button size="xs" onClick={() => onAccept(acceptSuggestion(scenario, stepId, s))}>
            Accept suggestion
          </Button>
          <Button size="xs" variant="subtle" onClick={() => setDismissed(true)}>
            Dismiss
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
