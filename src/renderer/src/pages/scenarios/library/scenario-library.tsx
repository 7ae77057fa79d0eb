/**
 * The scenario library (#/scenarios): every scenario with its status, searchable and filtered by
 * channel, status and archive; new, import, export, duplicate and archive from here. Without
 * `canEdit` (managers) it lists the published scenarios to preview, export and assign.
 */
import { useMemo, useState } from 'react';
import { ActionIcon, Anchor, Badge, Button, Group, Loader, Menu, Paper, Select, Switch, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchive, IconArchiveOff, IconClipboardPlus, IconCopy, IconDots, IconDownload, IconEye, IconFileImport, IconMessages, IconPlus, IconSearch } from '@tabler/icons-react';
import { CHANNELS, type Channel } from '../../../../../shared/domain/scenario';
import type { ScenarioListItem, ScenarioStatus } from '../../../../../shared/contract/scenario-ops';
import { api, errorMessage } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { downloadFile } from '../../../components/download-file';
import { CHANNEL_LABELS, languageLabel, STAGE_SHORT_LABELS, STATUS_COLORS, STATUS_LABELS, statusText } from '../scenario-labels';
import { assignScenarioRoute } from '../../assignments/assignments-page';
import { ImportFilesModal } from './import-files-modal';
import { NewScenarioModal } from './new-scenario-modal';

const open = (id: string) => (window.location.hash = `/scenarios/${encodeURIComponent(id)}`);

function matches(item: ScenarioListItem, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [item.title, item.id, ...item.tags, ...item.standards, CHANNEL_LABELS[item.channel]].some((s) => s.toLowerCase().includes(q));
}

export function ScenarioLibrary({ canEdit }: { canEdit: boolean }) {
  const list = useAsync(() => api.listScenarios({}), []);
  const [query, setQuery] = useState('');
  const [channel, setChannel] = useState<Channel | null>(null);
  const [status, setStatus] = useState<ScenarioStatus | null>(null);
  const [showArchived, setShowArchived] = useState(false);
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);

  const shown = useMemo(
    () =>
      (list.data ?? []).filter(
        (s) => matches(s, query) && (!channel || s.channel === channel) && (!status || s.status === status) && (showArchived || !s.archived),
      ),
    [list.data, query, channel, status, showArchived],
  );

  const act = async (what: string, action: () => Promise<unknown>) => {
    try {
      await action();
      list.reload();
    } catch (error) {
      notifications.show({ color: 'red', title: `Could not ${what}`, message: errorMessage(error) });
    }
  };

  const exportFile = (item: ScenarioListItem) =>
    act('export', async () => {
      const file = await api.exportScenario({ id: item.id, source: item.status === 'draft' ? 'draft' : 'latest' });
      downloadFile(file.fileName, file.text, 'application/yaml');
    });

  return (
    <>
      <Group justify="space-between" mb="md">
        <div>
          <Title order={2}>Scenarios</Title>
          <Text c="dimmed" size="sm">
            {canEdit
              ? "Chat role-plays built from your shop's conversations, scored against your standards."
              : 'The published role-plays: preview one the way a trainee meets it, then assign it to the team.'}
          </Text>
        </div>
        {canEdit && (
          <Group gap="xs">
            <Button variant="default" leftSection={<IconFileImport size={18} />} onClick={() => setImporting(true)}>
              Import files
            </Button>
            <Button leftSection={<IconPlus size={18} />} onClick={() => setCreating(true)}>
              New scenario
            </Button>
          </Group>
        )}
      </Group>
      <Group mb="md" gap="sm" align="flex-end">
        <TextInput leftSection={<IconSearch size={16} />} placeholder="Search title, tag or standard" aria-label="Search scenarios" value={query} onChange={(e) => setQuery(e.currentTarget.value)} w={280} />
        <Select placeholder="Any channel" aria-label="Channel" clearable data={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} value={channel} onChange={(v) => setChannel(v as Channel | null)} w={200} />
        {canEdit && (
          <Select
            placeholder="Any status"
            aria-label="Status"
            clearable
            data={(['draft', 'published', 'both'] as const).map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
            value={status}
            onChange={(v) => setStatus(v as ScenarioStatus | null)}
            w={230}
          />
        )}
        {canEdit && <Switch label="Show archived" checked={showArchived} onChange={(e) => setShowArchived(e.currentTarget.checked)} mb={8} />}
      </Group>
      {list.error && <ErrorState title="Could not load the scenarios" error={list.error} onRetry={list.reload} />}
      {!list.data && !list.error && <Loader aria-label="Loading scenarios" />}
      {list.data && list.data.length === 0 && canEdit && (
        <EmptyState icon={<IconMessages />} title="No scenarios yet" action={<Button onClick={() => setCreating(true)}>New scenario</Button>}>
          Start from a blank scenario, import scenario files, or turn a real chat into one from the Transcripts page.
        </EmptyState>
      )}
      {list.data && list.data.length === 0 && !canEdit && (
        <EmptyState icon={<IconMessages />} title="No published scenarios yet">
          The leader writes and publishes scenarios. Once one is published it shows here, to preview and assign.
        </EmptyState>
      )}
      {list.data && list.data.length > 0 && shown.length === 0 && (
        <EmptyState icon={<IconSearch />} title="Nothing matches">
          No scenario matches these filters{showArchived ? '' : ' (archived ones are hidden)'}.
        </EmptyState>
      )}
      {shown.length > 0 && (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing="sm" aria-label="Scenarios">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Scenario</Table.Th>
                <Table.Th>Channel</Table.Th>
                <Table.Th>Stage</Table.Th>
                <Table.Th>Language</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((item) => (
                <Table.Tr key={item.id} data-scenario={item.id}>
                  <Table.Td>
                    <Anchor href={`#/scenarios/${encodeURIComponent(item.id)}`} fw={600} size="sm">
                      {item.title}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.standards.length === 1 ? '1 standard' : `${item.standards.length} standards`}
                      {item.tags.length > 0 ? ` · ${item.tags.join(', ')}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{CHANNEL_LABELS[item.channel]}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {STAGE_SHORT_LABELS[item.journeyStage]}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{languageLabel(item.language)}</Text>
                  </Table.Td>
                  <Table.Td miw={180}>
                    <Group gap={4}>
                      <Badge color={STATUS_COLORS[item.status]} variant="light" style={{ flexShrink: 0 }} maw="none">
                        {statusText(item.status, item.latestVersion)}
                      </Badge>
                      {item.problemCount > 0 && (
                        <Badge color="red" variant="filled">
                          {item.problemCount === 1 ? '1 problem' : `${item.problemCount} problems`}
                        </Badge>
                      )}
                      {item.archived && <Badge color="gray">Archived</Badge>}
                    </Group>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      {canEdit ? (
                        <Button size="xs" variant="subtle" onClick={() => open(item.id)}>
                          Edit
                        </Button>
                      ) : (
                        <>
                          <Button size="xs" variant="subtle" leftSection={<IconEye size={14} />} onClick={() => open(item.id)} aria-label={`Preview ${item.title}`}>
                            Preview
                          </Button>
                          <Button size="xs" variant="light" leftSection={<IconClipboardPlus size={14} />} component="a" href={`#/${assignScenarioRoute(item.id)}`} aria-label={`Assign ${item.title}`} disabled={item.archived}>
                            Assign
                          </Button>
                        </>
                      )}
                      <Menu position="bottom-end">
                        <Menu.Target>
                          <ActionIcon variant="subtle" color="gray" aria-label={`More for ${item.title}`}>
                            <IconDots size={16} />
                          </ActionIcon>
                        </Menu.Target>
                        <Menu.Dropdown>
                          <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => void exportFile(item)}>
                            Export file
                          </Menu.Item>
                          {canEdit && (
                            <>
                              <Menu.Item
                                leftSection={<IconCopy size={14} />}
                                onClick={() => void act('duplicate', async () => notifications.show({ color: 'teal', message: `Made "${(await api.duplicateScenario({ id: item.id })).item.title}".` }))}
                              >
                                Duplicate
                              </Menu.Item>
                              <Menu.Item
                                leftSection={item.archived ? <IconArchiveOff size={14} /> : <IconArchive size={14} />}
                                onClick={() => void act(item.archived ? 'unarchive' : 'archive', () => api.archiveScenario({ id: item.id, archived: !item.archived }))}
                              >
                                {item.archived ? 'Bring back from the archive' : 'Archive'}
                              </Menu.Item>
                            </>
                          )}
                        </Menu.Dropdown>
                      </Menu>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <NewScenarioModal opened={creating} onClose={() => setCreating(false)} onCreated={open} />
      <ImportFilesModal
        opened={importing}
        onClose={() => setImporting(false)}
        onImported={(count) => {
          notifications.show({ color: 'teal', message: count === 1 ? 'Imported 1 scenario as a draft.' : `Imported ${count} scenarios as drafts.` });
          list.reload();
        }}
      />
    </>
  );
}
