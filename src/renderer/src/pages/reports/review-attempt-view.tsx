/**
 * Reviewing one attempt: the conversation, each written reply with its automatic scoring and
 * evidence, a way to set any element's result differently (with a reason), a coaching comment the
 * employee sees on their home, and the audit trail of earlier reviews.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { AttemptForReview } from '../../../../shared/contract/progress-ops';
import { automaticScore, type ElementOverride } from '../../../../shared/domain/attempt';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { ErrorState } from '../../components/error-state';
import { useSubmit } from '../../components/use-submit';
import { dateTime, pct } from './report-format';
import { draftKey, ReplyScoring, type Draft, type SavedDecision } from './reply-scoring';

export function ReviewAttemptView({ attemptId, onDone }: { attemptId: string; onDone: () => void }) {
  const loaded = useAsync(() => api.getAttemptForReview({ attemptId }), [attemptId]);
  if (loaded.error) return <ErrorState title="Could not open this attempt" error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Loader aria-label="Loading the attempt" />;
  return <ReviewForm key={loaded.data.reviews.length} data={loaded.data} onDone={onDone} onSaved={loaded.reload} />;
}

/** The reviewer's saved decisions, to start the form from them: a saved review stays shown as saved. */
function savedDecisions(data: AttemptForReview): { drafts: Record<string, Draft>; saved: Record<string, SavedDecision> } {
  const latest = data.reviews.at(-1);
  const drafts: Record<string, Draft> = {};
  const saved: Record<string, SavedDecision> = {};
  for (const d of latest?.decisions ?? []) {
    const key = draftKey(d.stepId, d.check, d.elementId);
    drafts[key] = { check: d.check, from: d.from, to: d.to, reason: d.reason };
    saved[key] = { reviewerName: latest!.reviewerName, at: latest!.at, reason: d.reason, to: d.to };
  }
  return { drafts, saved };
}

function ReviewForm({ data, onDone, onSaved }: { data: AttemptForReview; onDone: () => void; onSaved: () => void }) {
  const initial = savedDecisions(data);
  const [drafts, setDrafts] = useState<Record<string, Draft>>(initial.drafts);
  const [comment, setComment] = useState('');
  const { busy, error, run } = useSubmit();
  const auto = automaticScore(data.attempt);
  const latest = data.reviews.at(-1);

  async function save() {
    const overrides: ElementOverride[] = Object.entries(drafts)
      .filter(([, d]) => d.to !== d.from)
      .map(([k, d]) => {
        const [stepId, , elementId] = k.split('/');
        return { stepId, check: d.check, elementId, from: d.from, to: d.to, reason: d.reason.trim() };
      });
    const saved = await run(() => api.reviewAttempt({ attemptId: data.attempt.id, overrides, comment }));
    if (saved) {
      const review = saved.reviews.at(-1)!;
      notifications.show({ color: 'teal', message: `Review saved: ${pct(auto?.score)} automatic → ${pct(review.score.score)} reviewed.` });
      onSaved();
    }
  }

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={3}>
            {data.personName} · {data.scenario.title}
          </Title>
          <Text c="dimmed" size="sm">
            Finished {dateTime(data.attempt.endedAt)} · {data.attempt.mode} mode · pass mark {pct(data.passMark)}
          </Text>
        </div>
        <Button variant="subtle" onClick={onDone}>
          Back to the queue
        </Button>
      </Group>
      <Group gap="xs">
        <Badge size="lg" variant="light" color={auto?.passed ? 'green' : 'red'}>
          Automatic score {pct(auto?.score)}%
        </Badge>
        {latest && (
          <Badge size="lg" color={latest.score.passed ? 'green' : 'red'}>
            Reviewed score {pct(latest.score.score)}%
          </Badge>
        )}
        {auto?.autoFailed && <Badge color="red">auto-failed</Badge>}
        {latest && (
          <Text size="sm" c="dimmed">
            Reviewed by {latest.reviewerName}, {dateTime(latest.at)}
          </Text>
        )}
      </Group>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          Conversation
        </Title>
        <Stack gap={6} aria-label="Conversation">
          {data.conversation.map((item, i) => (
            <Group key={i} justify={item.kind === 'customer' ? 'flex-start' : 'flex-end'}>
              <Paper
                radius="lg"
                px="sm"
                py={6}
                maw="75%"
                bg={item.kind === 'customer' ? 'var(--mantine-color-default-hover)' : item.kind === 'ending' ? 'transparent' : 'var(--mantine-color-blue-light)'}
                aria-label={item.kind === 'customer' ? `${data.scenario.persona.name} said` : item.kind === 'ending' ? 'Outcome' : `${data.personName} replied`}
              >
                {item.imageCaption && (
                  <Text size="xs" c="dimmed">
                    [image: {item.imageCaption}]
                  </Text>
                )}
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} fs={item.kind === 'ending' ? 'italic' : undefined}>
                  {item.kind === 'ending' ? `Outcome: ${item.text}` : item.text}
                </Text>
              </Paper>
            </Group>
          ))}
        </Stack>
      </Paper>
      {(auto?.steps ?? []).map((step) =>
        step.kind === 'free-text' ? (
          <ReplyScoring
            key={step.stepId}
            step={step}
            reply={data.replies.find((r) => r.stepId === step.stepId)}
            standardTitles={data.standardTitles}
            drafts={drafts}
            saved={initial.saved}
            onChange={(k, d) => setDrafts((all) => ({ ...all, [k]: d }))}
          />
        ) : null,
      )}
      <Paper withBorder radius="md" p="md">
        <Textarea label="Coaching comment" description={`${data.personName} sees this on their training home.`} autosize minRows={3} value={comment} onChange={(e) => setComment(e.currentTarget.value)} />
        {error && (
          <Alert color="red" mt="sm" role="alert">
            {error}
          </Alert>
        )}
        <Group mt="sm">
          <Button onClick={save} loading={busy} disabled={Object.values(drafts).some((d) => d.to !== d.from && !d.reason.trim())}>
            Save review
          </Button>
          <Text size="xs" c="dimmed">
            Every changed result needs a reason. The automatic score is kept beside yours; saving again replaces your earlier decisions.
          </Text>
        </Group>
      </Paper>
      {data.reviews.length > 0 && (
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="xs">
            Review history
          </Title>
          <Stack gap="xs" aria-label="Review history">
            {data.reviews.map((r) => (
              <div key={r.id}>
                <Text size="sm" fw={500}>
                  {r.reviewerName} · {dateTime(r.at)} · score {pct(r.score.score)}
                </Text>
                {r.decisions.length === 0 && (
                  <Text size="sm" c="dimmed">
                    Kept every automatic result.
                  </Text>
                )}
                {r.decisions.map((d) => (
                  <Text size="sm" key={`${d.stepId}/${d.check}/${d.elementId}`}>
                    {d.replyNumber !== null && data.replies.length > 1 ? `Reply ${d.replyNumber} · ` : ''}
                    {d.label}: {d.change} — “{d.reason}”
                  </Text>
                ))}
                {r.comment && (
                  <Text size="sm" c="dimmed">
                    Comment: {r.comment}
                  </Text>
                )}
              </div>
            ))}
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
