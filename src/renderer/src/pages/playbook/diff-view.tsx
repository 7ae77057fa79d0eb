/**
 * What changed between two versions: each changed chapter and standard, with only its changed
 * fields; long texts paragraph by paragraph (paragraph-changes.tsx), short ones word by word.
 */
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { FieldDiff, ItemDiff, PlaybookDiffView } from '../../../../shared/contract/playbook-ops';
import { LineParts, WordParts } from './diff-marks';
import { ParagraphChanges } from './paragraph-changes';

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

function FieldView({ field }: { field: FieldDiff }) {
  return (
    <Stack gap={2}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {FIELD_LABELS[field.field] ?? field.field}
      </Text>
      {field.granularity === 'paragraph' ? (
        <ParagraphChanges paragraphs={field.paragraphs} />
      ) : field.granularity === 'line' ? (
        <LineParts parts={field.parts} />
      ) : (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          <WordParts parts={field.parts} />
        </Text>
      )}
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
        Changes from {diff.from} to {diff.to}: text marked + was added, text marked − was removed. Unchanged paragraphs are shown only next to a change.
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
