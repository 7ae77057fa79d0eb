/** What the scoring found in a written reply: rubric elements, things to avoid, tone, length and reply time. */
import { Alert, Group, List, Stack, Text, Title } from '@mantine/core';
import type { StandardRef } from '../../../../../shared/contract/training-ops';
import type { FreeTextResult } from '../../../../../shared/domain/scoring';
import { StandardLink, standardFinder, type OpenStandard } from './standard-link';
import { formatSeconds, StatusIcon } from './status-marks';

const TONE_TEXT = {
  apology: { ok: 'Apologised', failed: 'No apology, though something went wrong' },
  'customer-name': { ok: "Used the customer's name", failed: "Did not use the customer's name" },
  shouting: { ok: 'No shouting in capitals', failed: 'Shouting in capitals' },
  'exclamation-stack': { ok: 'No stacks of "!!!"', failed: 'A stack of "!!!"' },
} as const;

/** "2 of 2 points", "1 of 1 point", "-1 point". */
export const pointsText = (earned: number, max?: number) => {
  const unit = Math.abs(max ?? earned) === 1 ? 'point' : 'points';
  return max !== undefined ? `${earned} of ${max} ${unit}` : `${earned} ${unit}`;
};

export function FreeTextFindings({ result, standards, onOpenStandard }: { result: FreeTextResult; standards: StandardRef[]; onOpenStandard: OpenStandard }) {
  const find = standardFinder(standards);
  const tone = result.tone.filter((t) => t.status !== 'na' && (t.max > 0 || !t.ok));
  return (
    <Stack gap="sm">
      {result.criticalErrors && result.criticalErrors.length > 0 && (
        <Alert color="orange" title="Why this reply does not pass" role="note">
          <List size="sm" spacing={2}>
            {result.criticalErrors.map((c) => (
              <List.Item key={c}>{c}</List.Item>
            ))}
          </List>
          <Text size="xs" mt={4}>
            A wrong fact, shouting or a stack of "!!!" fails a reply whatever its score, as a QA lead would.
          </Text>
        </Alert>
      )}
      <div>
        <Title order={5} mb={4}>
          What the reply needed
        </Title>
        <List spacing={6} listStyleType="none" aria-label="Rubric elements">
          {result.elements.map((e, i) => (
            <List.Item key={e.elementId}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                <StatusIcon mark={e.status} />
                <div>
                  <Text size="sm">
                    <Text span fw={700} size="xs" c="dimmed" mr={4}>
                      {i + 1}.
                    </Text>
                    {e.label}{' '}
                    <Text span size="sm" c="dimmed">
                      ({e.status === 'na' ? 'does not apply' : pointsText(e.earned, e.max)})
                    </Text>
                  </Text>
                  {e.status === 'hit' && e.matches.length > 0 && (
                    <Text size="xs" c="dimmed">
                      Matched: {e.matches.map((m) => `“${m.text}”`).join(', ')}
                    </Text>
                  )}
                  {e.status === 'missed' && e.lookedFor && (
                    <Text size="xs" c="dimmed">
                      Looked for {e.lookedFor}
                    </Text>
                  )}
                  <StandardLink standard={find(e.standardId)!} onOpen={onOpenStandard} size="xs" />
                </div>
              </Group>
            </List.Item>
          ))}
        </List>
      </div>
      {result.mustAvoid.length > 0 && (
        <div>
          <Title order={5} mb={4}>
            To avoid
          </Title>
          <List spacing={6} listStyleType="none" aria-label="Things to avoid found in the reply">
            {result.mustAvoid.map((f, i) => (
              <List.Item key={f.itemId}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <StatusIcon mark="warning" word={f.autoFail ? 'Auto-fail' : 'Found'} />
                  <Text size="sm">
                    <Text span fw={700} size="xs" c="dimmed" mr={4}>
                      A{i + 1}.
                    </Text>
                    {f.label}: {f.matches.map((m) => `“${m.text}”`).join(', ')}{' '}
                    <Text span c="dimmed" size="sm">
                      ({f.autoFail ? 'the whole attempt scores 0' : pointsText(-f.penalty)})
                    </Text>
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      )}
      {tone.length > 0 && (
        <div>
          <Title order={5} mb={4}>
            Tone
          </Title>
          <List spacing={6} listStyleType="none" aria-label="Tone checks">
            {result.tone.map((t, i) =>
              tone.includes(t) ? (
                <List.Item key={t.check}>
                  <Group gap="xs" wrap="nowrap">
                    <StatusIcon mark={t.ok ? 'hit' : 'missed'} word={t.ok ? 'Good' : 'Missed'} />
                    <Text size="sm">
                      <Text span fw={700} size="xs" c="dimmed" mr={4}>
                        T{i + 1}.
                      </Text>
                      {TONE_TEXT[t.check][t.ok ? 'ok' : 'failed']}
                      {t.max > 0 ? ` (${pointsText(t.earned, t.max)})` : !t.ok ? ` (${pointsText(t.earned)})` : ''}
                    </Text>
                  </Group>
                </List.Item>
              ) : null,
            )}
          </List>
        </div>
      )}
      {result.length && !result.length.ok && (
        <Group gap="xs" wrap="nowrap">
          <StatusIcon mark="warning" word="Length" />
          <Text size="sm">
            {result.length.actual} {result.length.unit === 'words' ? 'words' : 'characters'}; aim for{' '}
            {result.length.min !== undefined && result.length.max !== undefined ? `${result.length.min}–${result.length.max}` : result.length.min !== undefined ? `at least ${result.length.min}` : `at most ${result.length.max}`}
            {result.length.penalty > 0 ? ` (${pointsText(-result.length.penalty)})` : ' (advice only)'}
          </Text>
        </Group>
      )}
      {result.replyTime.actualSec !== undefined && (
        <Group gap="xs" wrap="nowrap">
          <StatusIcon mark={result.replyTime.withinTarget ? 'hit' : 'missed'} word={result.replyTime.withinTarget ? 'In time' : 'Slow'} />
          <Text size="sm">
            Replied in {formatSeconds(result.replyTime.actualSec)}; the target is {formatSeconds(result.replyTime.targetSec)}.
          </Text>
        </Group>
      )}
    </Stack>
  );
}
