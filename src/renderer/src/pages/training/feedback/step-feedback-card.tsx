/**
 * Feedback on one reply: the reply with its scoring words highlighted, what was hit and missed,
 * points per standard (each opening its playbook passage), the model answer, and the shop's real
 * reply when the leader marked it as an example.
 */
import { Blockquote, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { StandardRef, StepFeedback } from '../../../../../shared/contract/training-ops';
import { FreeTextFindings } from './free-text-findings';
import { HighlightedReply } from './highlighted-reply';
import { PerStandardTable } from './per-standard-table';
import type { OpenStandard } from './standard-link';
import { percent } from './status-marks';

function ChoiceFindings({ feedback }: { feedback: StepFeedback }) {
  if (feedback.result.kind !== 'choice') return null;
  return (
    <Stack gap="xs">
      <Text size="sm">
        <Text span fw={600}>
          You chose:
        </Text>{' '}
        “{feedback.reply}”
      </Text>
      {feedback.result.feedback && (
        <Blockquote p="sm" color="blue">
          <Text size="sm">{feedback.result.feedback}</Text>
        </Blockquote>
      )}
      {feedback.betterOption && (
        <Blockquote p="sm" color="teal" cite={feedback.betterOption.feedback || undefined}>
          <Text size="sm" fw={600}>
            A stronger reply:
          </Text>
          <Text size="sm">“{feedback.betterOption.text}”</Text>
        </Blockquote>
      )}
    </Stack>
  );
}

export function StepFeedbackCard({ feedback, number, standards, onOpenStandard }: { feedback: StepFeedback; number: number; standards: StandardRef[]; onOpenStandard: OpenStandard }) {
  const { result } = feedback;
  const actual = feedback.actualReply;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={`Feedback on reply ${number}`} data-testid="step-feedback">
      <Group justify="space-between" mb="sm">
        <Title order={4}>Reply {number}</Title>
        <Text size="sm" fw={600}>
          {result.earned} of {result.max} points · {percent(result.score)}
          {result.autoFailed ? ' · auto-fail' : ''}
        </Text>
      </Group>
      <Stack gap="md">
        {result.kind === 'free-text' ? (
          <>
            <HighlightedReply result={result} />
            <FreeTextFindings result={result} standards={standards} onOpenStandard={onOpenStandard} />
          </>
        ) : (
          <ChoiceFindings feedback={feedback} />
        )}
        <div>
          <Title order={5} mb={4}>
            Points per standard
          </Title>
          <PerStandardTable totals={result.perStandard} standards={standards} onOpenStandard={onOpenStandard} caption={`Points per standard for reply ${number}`} />
        </div>
        {feedback.modelAnswer && (
          <div>
            <Title order={5} mb={4}>
              A model answer
            </Title>
            <Blockquote p="sm" color="teal">
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {feedback.modelAnswer}
              </Text>
            </Blockquote>
          </div>
        )}
        {actual && (
          <div>
            <Title order={5} mb={4}>
              What the shop actually said — {actual.verdict === 'good' ? 'a good example' : 'an example to avoid'}
            </Title>
            <Blockquote p="sm" color={actual.verdict === 'good' ? 'teal' : 'red'}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {actual.text}
              </Text>
            </Blockquote>
          </div>
        )}
      </Stack>
    </Card>
  );
}
