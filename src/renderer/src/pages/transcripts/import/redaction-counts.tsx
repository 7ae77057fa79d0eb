/** What redaction found, per type, written out (not only coloured). */
import { Badge, Group, Text } from '@mantine/core';
import type { RedactionSummary } from '../../../../../shared/domain/transcript';
import { REDACTION_COLORS, REDACTION_LABELS } from '../transcript-labels';

export function RedactionCounts({ counts }: { counts: RedactionSummary[] }) {
  if (counts.length === 0) return <Text size="sm" c="dimmed">No personal data was found. Read the chat below and select anything that should be hidden.</Text>;
  return (
    <Group gap="xs" aria-label="Personal data hidden">
      {counts.map((c) => (
        <Badge key={c.type} color={REDACTION_COLORS[c.type]} variant="light" c="var(--mantine-color-text)" size="lg" tt="none" style={{ outline: `1px solid var(--mantine-color-${REDACTION_COLORS[c.type]}-outline)` }}>
          {REDACTION_LABELS[c.type]}: {c.count}
        </Badge>
      ))}
    </Group>
  );
}
