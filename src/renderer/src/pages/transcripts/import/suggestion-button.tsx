/**
 * Words the detector was unsure of (left visible): underlined in the message, and a button that
 * says why and lets the leader hide them (here, every occurrence, or as a name everywhere) or keep them.
 */
import { Button, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import type { ReviewSuggestionView } from '../../../../../shared/contract/transcript-ops';
import { REDACTION_LABELS } from '../transcript-labels';
import type { ReviewHandler } from './review-decision';

export function SuggestionButton({ messageId, suggestion, words, busy, onReview }: { messageId: string; suggestion: ReviewSuggestionView; words: string; busy: boolean; onReview: ReviewHandler }) {
  const range = { messageId, redactedStart: suggestion.redactedStart, redactedEnd: suggestion.redactedEnd, type: suggestion.type };
  return (
    <Popover width={320} position="bottom" withArrow shadow="md" trapFocus>
      <Popover.Target>
        <UnstyledButton
          aria-label={`Suggestion: ${words} may be a ${REDACTION_LABELS[suggestion.type].toLowerCase()}. Hide or keep`}
          data-suggestion={suggestion.id}
          style={{
            display: 'inline',
            font: 'inherit',
            verticalAlign: 'baseline',
            borderBottom: '2px dashed var(--mantine-color-yellow-filled)',
            background: 'var(--mantine-color-yellow-light)',
            borderRadius: 2,
          }}
        >
          {words}
        </UnstyledButton>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Text size="sm" fw={600}>
            Is “{words}” personal?
          </Text>
          <Text size="sm" c="dimmed">
            {suggestion.reason}
          </Text>
          <Button size="xs" color="orange" loading={busy} onClick={() => onReview({ add: [{ ...range, scope: 'one' }] })}>
            Hide it here
          </Button>
          <Button size="xs" variant="light" color="orange" loading={busy} onClick={() => onReview({ add: [{ ...range, scope: 'every' }] })}>
            Hide every occurrence
          </Button>
          {suggestion.type === 'NAME' && (
            <Button size="xs" variant="light" color="orange" loading={busy} onClick={() => onReview({ add: [{ ...range, scope: 'name' }] })}>
              Hide this name wherever it appears
            </Button>
          )}
          <Button size="xs" variant="default" loading={busy} onClick={() => onReview({ keepSuggestions: [suggestion.id] })}>
            Keep: it is not personal
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
