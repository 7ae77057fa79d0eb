/**
 * What changed between two versions, inline: added text on green with a "+" and underline, removed
 * text on red with a "−" and strike-through, so the difference never depends on colour alone.
 */
import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { DiffPart, FieldDiff, ItemDiff, PlaybookDiffView } from '../../../../shared/contract/playbook-ops';

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  body: 'Text',
  position: 'Position',
  statement: 'Standard',
  whyItMatters: 'Why it matters',
  lookFors: 'Look for',
  donts: "Don'ts",
  'examples.good': 'Good replies',
  'examples.poor': 'Poor replies',
  channels: 'Channels',
  target: 'Target',
};
const STATUS = { added: { label: 'Added', color: 'teal' }, removed: { label: 'Removed', color: 'red' }, changed: { label: 'Changed', color: 'yellow' }, unchanged: { label: 'Unchanged', color: 'gray' } } as const;

function LineParts({ parts }: { parts: DiffPart[] }) {
  const rows = parts.flatMap((part) => part.value.replace(/\n$/, '').split('\n').map((line) => ({ kind: part.kind, line })));
  return (
    <Box component="pre" ff="monospace" fz="sm" m={0} style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {rows.map((row, i) => (
        <Box
          key={i}
          component={row.kind === 'added' ? 'ins' : row.kind === 'removed' ? 'del' : 'div'}
          display="block"
          px={6}
          bg={row.kind === 'added' ? 'var(--mantine-color-teal-light)' : row.kind === 'removed' ? 'var(--mantine-color-red-light)' : undefined}
          style={{ textDecoration: row.kind === 'removed' && row.line.trim() ? 'line-through' : 'none' }}
          aria-label={row.kind === 'same' ? undefined : `${row.kind}: ${row.line}`}
        >
          <span aria-hidden style={{ display: 'inline-block', width: '1.5em', fontWeight: 700 }}>
            {row.kind === 'added' ? '+' : row.kind === 'removed' ? '−' : ' '}
          </span>
          {row.line || ' '}
        </Box>
      ))}
    </Box>
  );
}

function WordParts({ parts }: { parts: DiffPart[] }) {
  return (
    <Text size="sm">
      {parts.map((part, i) =>
        part.kind === 'same' ? (
          <span key={i}>{part.value}</span>
        ) : (
          <Box
            key={i}
            component={part.kind === 'added' ? 'ins' : 'del'}
            px={2}
            bg={part.kind === 'added' ? 'var(--mantine-color-teal-light)' : 'var(--mantine-color-red-light)'}
            style={{ textDecoration: part.kind === 'added' ? 'underline' : 'line-through' }}
          >
            <span aria-hidden>{part.kind === 'added' ? '+' : '−'}</span>
            {part.value}
          </Box>
        ),
      )}
    </Text>
  );
}

function FieldView({ field }: { field: FieldDiff }) {
  return (
    <Stack gap={2}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {FIELD_LABELS[field.field] ?? field.field}
      </Text>
      {field.granularity === 'line' ? <LineParts parts={field.parts} /> : <WordParts parts={field.parts} />}
    </Stack>
  );
}

function ItemView({ item, kind }: { item: ItemDiff; kind: string }) {
  return (
    <Paper withBorder radius="md" p="md" aria-label={`${kind} “${item.title}”: ${STATUS[item.status].label.toLowerCase()}`}>
      <Group gap="xs" mb="xs">
        <Badge color={STATUS[item.status].color} variant="light">
          {STATUS[item.status].label}
        </Badge>
        <Text fw={600}>{item.title}</Text>
      </Group>
      <Stack gap="sm">
        {item.fields.map((field) => (
          <FieldView key={field.field} field={field} />
        ))}
      </Stack>
    </Paper>
  );
}

export function DiffView({ diff }: { diff: PlaybookDiffView }) {
  const chapters = diff.chapters.filter((c) => c.status !== 'unchanged');
  const standards = diff.standards.filter((s) => s.status !== 'unchanged');
  if (chapters.length + standards.length === 0)
    return (
      <Text c="dimmed">
        {diff.from} and {diff.to} are the same.
      </Text>
    );
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        Changes from {diff.from} to {diff.to}. Lines marked + were added, lines marked − were removed.
      </Text>
      {chapters.length > 0 && <Title order={4}>Chapters</Title>}
      {chapters.map((c) => (
        <ItemView key={c.id} item={c} kind="Chapter" />
      ))}
      {standards.length > 0 && <Title order={4}>Service standards</Title>}
      {standards.map((s) => (
        <ItemView key={s.id} item={s} kind="Standard" />
      ))}
    </Stack>
  );
}
