/**
 * The marks of a change: added text on green after a "+", removed text on red after a "−" and
 * struck through, each also named for screen readers, so a change never depends on colour alone.
 */
import type { ReactNode } from 'react';
import { Box, VisuallyHidden } from '@mantine/core';
import type { DiffPart } from '../../../../shared/contract/playbook-ops';

const ADDED_BG = 'var(--mantine-color-teal-light)';
const REMOVED_BG = 'var(--mantine-color-red-light)';

export function Mark({ kind, block, children }: { kind: 'added' | 'removed'; block?: boolean; children: ReactNode }) {
  return (
    <Box
      component={kind === 'added' ? 'ins' : 'del'}
      display={block ? 'block' : undefined}
      px={block ? 6 : 2}
      bg={kind === 'added' ? ADDED_BG : REMOVED_BG}
      style={{ textDecoration: kind === 'removed' ? 'line-through' : block ? 'none' : 'underline' }}
    >
      <span aria-hidden style={{ fontWeight: 700, marginInlineEnd: block ? '0.5em' : '0.1em' }}>
        {kind === 'added' ? '+' : '−'}
      </span>
      <VisuallyHidden>{kind === 'added' ? 'Added: ' : 'Removed: '}</VisuallyHidden>
      {children}
    </Box>
  );
}

/** Words inside one text: what stayed plain, what changed marked. */
export function WordParts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.value}</span>
        ) : (
          <Mark key={i} kind={part.kind}>
            {part.value}
          </Mark>
        ),
      )}
    </>
  );
}

/** List items, one a line (look-fors, don'ts, examples). */
export function LineParts({ parts }: { parts: DiffPart[] }) {
  const rows = parts.flatMap((part) => part.value.replace(/\n$/, '').split('\n').map((line) => ({ kind: part.kind, line })));
  return (
    <Box fz="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {rows.map((row, i) =>
        row.kind === 'same' ? (
          <Box key={i} px={6} style={{ paddingInlineStart: 'calc(6px + 1.1em)' }}>
            {row.line || ' '}
          </Box>
        ) : (
          <Mark key={i} kind={row.kind} block>
            {row.line || ' '}
          </Mark>
        ),
      )}
    </Box>
  );
}
