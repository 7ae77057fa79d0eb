/** A redaction placeholder on its type's colour (body text colour on top, for contrast); the placeholder text itself names the type. */
import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import type { RedactionType } from '../../../../../shared/domain/transcript';
import { REDACTION_COLORS } from '../transcript-labels';

export function RedactionMark({ type, children }: { type: RedactionType; children: ReactNode }) {
  const color = REDACTION_COLORS[type];
  return (
    <Text
      span
      fw={600}
      px={3}
      data-redaction={type}
      style={{
        background: `var(--mantine-color-${color}-light)`,
        color: 'var(--mantine-color-text)',
        borderRadius: 'var(--mantine-radius-sm)',
        outline: `1px solid var(--mantine-color-${color}-outline)`,
      }}
    >
      {children}
    </Text>
  );
}
