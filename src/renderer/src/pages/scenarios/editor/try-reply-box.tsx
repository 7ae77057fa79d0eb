/**
 * "Try a reply": the leader types a reply and sees, as they type, how the rubric as written
 * scores it — which elements it hits (highlighted in the reply), which it misses, what it should
 * avoid. Scored by the host with the same function the player uses.
 */
import { useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { Alert, Badge, Group, Loader, Mark, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { FreeTextStep, Scenario } from '../../../../../shared/domain/scenario';
import { customerMessagesBefore } from '../../../../../shared/domain/customer-messages';
import type { FreeTextResult, PhraseMatch } from '../../../../../shared/domain/scoring';
import { api, errorMessage } from '../../../api/client';

type Span = PhraseMatch & { tone: 'good' | 'bad' };

/** The reply split into plain text and marked matches (overlaps: the first match wins). */
function highlighted(reply: string, spans: Span[]) {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const parts: { text: string; tone?: Span['tone'] }[] = [];
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end > reply.length) continue;
    if (span.start > at) parts.push({ text: reply.slice(at, span.start) });
    parts.push({ text: reply.slice(span.start, span.end), tone: span.tone });
    at = span.end;
  }
  if (at < reply.length) parts.push({ text: reply.slice(at) });
  return parts;
}

export function TryReplyBox({ scenario, stepId, step }: { scenario: Scenario; stepId: string; step: FreeTextStep }) {
  const [reply, setReply] = useState('');
  const [debounced] = useDebouncedValue(reply, 250);
  const [result, setResult] = useState<FreeTextResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const stepKey = JSON.stringify(step);
  const customerMessages = customerMessagesBefore(scenario, stepId);
  const messagesKey = JSON.stringify(customerMessages);

  useEffect(() => {
    if (debounced.trim() === '') {
      setResult(null);
      setError(null);
      return;
    }
    let live = true;
    setBusy(true);
    api
      .tryScenarioReply({ stepId, step, reply: debounced, language: scenario.language, customerName: scenario.persona.name, passMark: scenario.passMark, customerMessages })
      .then((r) => live && (setResult(r), setError(null)))
      .catch((e: unknown) => live && (setResult(null), setError(`Cannot score yet: ${errorMessage(e)} Fix the rubric fields marked in red.`)))
      .finally(() => live && setBusy(false));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, stepKey, stepId, scenario.language, scenario.persona.name, scenario.passMark, messagesKey]);

  const spans: Span[] = result
    ? [
        ...result.elements.flatMap((e) => e.matches.map((m) => ({ ...m, tone: 'good' as const }))),
        ...result.mustAvoid.flatMap((f) => f.matches.map((m) => ({ ...m, tone: 'bad' as const }))),
      ]
    : [];

  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-default-hover)">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={5}>Try a reply</Title>
          {busy && <Loader size="xs" aria-label="Scoring" />}
          {result && !busy && (
            <Group gap="xs">
              <Badge color={result.passed ? 'teal' : 'red'} variant="filled" aria-label="Try-a-reply verdict">
                {result.passed ? 'Passes' : 'Does not pass'}
              </Badge>
              <Badge variant="light" color="gray">
                {Math.round(result.score * 100)}%
              </Badge>
            </Group>
          )}
        </Group>
        <Textarea
          label="Type a reply as a trainee would"
          description="Scored live against this step's rubric as you type."
          autosize
          minRows={2}
          value={reply}
          onChange={(e) => setReply(e.currentTarget.value)}
        />
        {error && (
          <Alert color="yellow" variant="light">
            {error}
          </Alert>
        )}
        {result && (
          <>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="try-reply-highlight">
              {highlighted(result.reply, spans).map((part, i) =>
                part.tone ? (
                  <Mark key={i} color={part.tone === 'good' ? 'teal' : 'red'}>
                    {part.text}
                  </Mark>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </Text>
            <Stack gap={4} aria-label="How the reply scores" role="list">
              {result.elements.map((e) => (
                <Finding key={e.elementId} color={e.status === 'hit' ? 'teal' : e.status === 'na' ? 'gray' : 'red'} badge={e.status === 'na' ? 'N/A' : e.status === 'hit' ? 'hit' : 'miss'}>
                  {e.label}
                  {e.matches.length > 0 && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      — “{e.matches.map((m) => m.text).join('”, “')}”
                    </Text>
                  )}
                  {e.status === 'missed' && e.lookedFor && (
                    <Text span c="dimmed" size="xs">
                      {' '}
                      — looked for {e.lookedFor}
                    </Text>
                  )}
                </Finding>
              ))}
              {result.mustAvoid.map((f) => (
                <Finding key={f.itemId} color="red" badge={f.autoFail ? 'fail' : 'avoid'}>
                  {f.label} — “{f.matches.map((m) => m.text).join('”, “')}”
                </Finding>
              ))}
              {result.tone
                .filter((t) => t.status !== 'na')
                .map((t) => (
                  <Finding key={t.check} color={t.ok ? 'teal' : 'red'} badge={t.ok ? 'ok' : 'tone'}>
                    {toneLabel(t.check)}
                  </Finding>
                ))}
              {result.criticalErrors?.map((c) => (
                <Finding key={c} color="orange" badge="fails">
                  {c}
                </Finding>
              ))}
              {result.length && !result.length.ok && (
                <Finding color="yellow" badge="length">
                  {result.length.actual} {result.length.unit === 'words' ? 'words' : 'characters'}: outside {result.length.min ?? 0}–{result.length.max ?? '∞'}
                </Finding>
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function Finding({ color, badge, children }: { color: string; badge: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start" role="listitem">
      <Badge size="sm" color={color} variant="light" w={56} style={{ flexShrink: 0 }}>
        {badge}
      </Badge>
      <Text size="sm">{children}</Text>
    </Group>
  );
}

function toneLabel(check: FreeTextResult['tone'][number]['check']): string {
  return { apology: 'Apologises', 'customer-name': "Uses the customer's name", shouting: 'No shouting in capitals', 'exclamation-stack': 'No stacks of "!!!"' }[check];
}
