/** Version history and the diff between any two versions (and, for leaders, the draft). */
import { useState } from 'react';
import { Badge, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { VersionSummary } from '../../../../shared/contract/playbook-ops';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { DiffView } from './diff-view';

type Side = number | 'draft';
const label = (side: Side) => (side === 'draft' ? 'Draft' : `Version ${side}`);
const formatDate = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function VersionsTab({ versions, withDraft }: { versions: VersionSummary[]; withDraft: boolean }) {
  const newest = versions[0]?.number;
  const [from, setFrom] = useState<Side | null>(withDraft ? (newest ?? null) : (versions[1]?.number ?? null));
  const [to, setTo] = useState<Side | null>(withDraft ? 'draft' : (newest ?? null));
  const diff = useAsync(() => (from !== null && to !== null ? api.diffPlaybookVersions({ from, to }) : Promise.resolve(null)), [from, to]);

  if (versions.length === 0)
    return (
      <EmptyState icon={<IconHistory />} title="Nothing published yet">
        {withDraft ? 'Publish the draft to create version 1. Every later publish adds a version you can compare here.' : "Your leader hasn't published the playbook yet."}
      </EmptyState>
    );

  const options = [...(withDraft ? ['draft' as const] : []), ...versions.map((v) => v.number)].map((side) => ({ value: String(side), label: label(side) }));
  const parse = (value: string | null): Side | null => (value === null ? null : value === 'draft' ? 'draft' : Number(value));

  return (
    <Stack>
      <Title order={3}>Version history</Title>
      <Paper withBorder radius="md">
        <Table verticalSpacing="sm" aria-label="Published versions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Version</Table.Th>
              <Table.Th>What changed</Table.Th>
              <Table.Th>Published</Table.Th>
              <Table.Th>Acknowledge by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {versions.map((v) => (
              <Table.Tr key={v.number}>
                <Table.Td>
                  <Group gap={6}>
                    <Text fw={600}>{v.number}</Text>
                    {v.number === newest && (
                      <Badge size="xs" variant="light" color="teal">
                        current
                      </Badge>
                    )}
                  </Group>
                </Table.Td>
                <Table.Td>{v.summary}</Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDate(v.publishedAt)}</Text>
                  <Text size="xs" c="dimmed">
                    by {v.publishedByName}
                  </Text>
                </Table.Td>
                <Table.Td>{v.dueDate ?? <Text c="dimmed" size="sm">—</Text>}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      <Title order={3} mt="md">
        Compare
      </Title>
      <Group>
        <Select label="From" data={options} value={from === null ? null : String(from)} onChange={(v) => setFrom(parse(v))} w={180} allowDeselect={false} />
        <Select label="To" data={options} value={to === null ? null : String(to)} onChange={(v) => setTo(parse(v))} w={180} allowDeselect={false} />
      </Group>
      {from === null || to === null ? (
        <Text c="dimmed">Only one version so far: publish another to compare{withDraft ? ', or compare it with the draft' : ''}.</Text>
      ) : diff.error ? (
        <ErrorState title="Could not compare" error={diff.error} onRetry={diff.reload} />
      ) : diff.loading || !diff.data ? (
        <Loader aria-label="Comparing versions" />
      ) : (
        <DiffView diff={diff.data} />
      )}
    </Stack>
  );
}
