/** The trainee's own reply with the words that scored (or cost) points marked in place. */
import { Paper, Text, VisuallyHidden } from '@mantine/core';
import type { FreeTextResult } from '../../../../../shared/domain/scoring';
import { replyMarks, replySegments } from './reply-marks';

const KIND_WORD = { hit: 'matched', avoid: 'to avoid', tone: 'tone' } as const;

export function HighlightedReply({ result }: { result: FreeTextResult }) {
  const segments = replySegments(result.reply, replyMarks(result));
  return (
    <Paper withBorder p="sm" radius="md" bg="var(--mantine-color-default-hover)">
      <Text size="xs" c="dimmed" mb={4}>
        Your reply
      </Text>
      <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', lineHeight: 1.9 }} data-testid="highlighted-reply">
        {segments.map((s, i) =>
          s.mark ? (
            <mark key={i} className="cx-reply-mark" data-kind={s.mark.kind} data-ref={s.mark.ref} title={s.mark.label} style={{ color: 'inherit' }}>
              {s.text}
              <sup aria-hidden>{s.mark.ref}</sup>
              <VisuallyHidden>
                {' '}
                ({KIND_WORD[s.mark.kind]}: {s.mark.label})
              </VisuallyHidden>
            </mark>
          ) : (
            <span key={i}>{s.text}</span>
          ),
        )}
      </Text>
    </Paper>
  );
}
