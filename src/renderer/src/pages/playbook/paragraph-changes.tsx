/**
 * A long text's changes, paragraph by paragraph: unchanged paragraphs next to a change as context,
 * added and removed paragraphs whole, a changed paragraph with its changed words marked, and the
 * unchanged stretches in between folded to a count.
 */
import { Box, Stack, Text } from '@mantine/core';
import type { ParagraphDiff } from '../../../../shared/contract/playbook-ops';
import { plural } from '../../components/plural';
import { Mark, WordParts } from './diff-marks';

const BORDER = { same: 'var(--mantine-color-default-border)', changed: 'var(--mantine-color-yellow-filled)' } as const;

function Paragraph({ paragraph }: { paragraph: ParagraphDiff }) {
  switch (paragraph.kind) {
    case 'skipped':
      return (
        <Text size="sm" c="dimmed" fs="italic" px={6}>
          … {plural(paragraph.count, 'unchanged paragraph')}
        </Text>
      );
    case 'added':
    case 'removed':
      return (
        <Mark kind={paragraph.kind} block>
          {paragraph.text}
        </Mark>
      );
    case 'changed':
      return (
        <Box px={6} style={{ borderInlineStart: `3px solid ${BORDER.changed}` }}>
          <WordParts parts={paragraph.parts} />
        </Box>
      );
    case 'same':
      return (
        <Box px={6} c="dimmed" style={{ borderInlineStart: `3px solid ${BORDER.same}` }}>
          {paragraph.text}
        </Box>
      );
  }
}

export function ParagraphChanges({ paragraphs }: { paragraphs: ParagraphDiff[] }) {
  return (
    <Stack gap={6} fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {paragraphs.map((paragraph, i) => (
        <Paragraph key={i} paragraph={paragraph} />
      ))}
    </Stack>
  );
}
