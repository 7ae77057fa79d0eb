/** The library's rows: title (opens it), channel, dates, messages, tags and the row's actions. */
import { ActionIcon, Anchor, Badge, Group, Menu, Paper, Table, Text } from '@mantine/core';
import { IconArrowBackUp, IconDots, IconMessages, IconPencil, IconTrash, IconWand } from '@tabler/icons-react';
import type { TranscriptListItem } from '../../../../../shared/domain/transcript-list-item';
import { CHANNEL_COLORS, CHANNEL_LABELS, formatDay, formatDayRange, scenarioFromTranscriptRoute, transcriptRoute } from '../transcript-labels';
import { plural } from '../../../components/plural';

export interface TranscriptTableProps {
  items: TranscriptListItem[];
  trash: boolean;
  onEdit: (item: TranscriptListItem) => void;
  onTrash: (item: TranscriptListItem) => void;
  onRestore: (item: TranscriptListItem) => void;
}

export function TranscriptTable({ items, trash, onEdit, onTrash, onRestore }: TranscriptTableProps) {
  return (
    <Paper withBorder radius="md">
      <Table highlightOnHover verticalSpacing="sm" aria-label={trash ? 'Transcripts in the trash' : 'Transcripts'}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Title</Table.Th>
            <Table.Th>Channel</Table.Th>
            <Table.Th>Chat dates</Table.Th>
            <Table.Th>Messages</Table.Th>
            <Table.Th>Tags</Table.Th>
            <Table.Th>{trash ? 'Deleted' : 'Imported'}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.id} data-transcript={item.title}>
              <Table.Td>
                <Anchor href={`#/${transcriptRoute(item.id)}`} fw={500}>
                  {item.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {item.participants.map((p) => p.name).join(', ')}
                  {item.redactionCount > 0 && ` · ${plural(item.redactionCount, 'redaction')}`}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={CHANNEL_COLORS[item.channel]} tt="none">
                  {CHANNEL_LABELS[item.channel]}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{formatDayRange(item.firstAt, item.lastAt)}</Text>
              </Table.Td>
              <Table.Td>{item.messageCount}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {item.tags.map((t) => (
                    <Badge key={t} variant="outline" color="gray" size="sm" tt="none">
                      {t}
                    </Badge>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {formatDay(trash ? item.trashedAt : item.importedAt)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">
                <Menu position="bottom-end" withinPortal>
                  <Menu.Target>
                    <ActionIcon variant="subtle" color="gray" aria-label={`Actions for ${item.title}`}>
                      <IconDots size={18} />
                    </ActionIcon>
                  </Menu.Target>
                  <Menu.Dropdown>
                    <Menu.Item leftSection={<IconMessages size={16} />} component="a" href={`#/${transcriptRoute(item.id)}`}>
                      Open
                    </Menu.Item>
                    {trash ? (
                      <Menu.Item leftSection={<IconArrowBackUp size={16} />} onClick={() => onRestore(item)}>
                        Restore
                      </Menu.Item>
                    ) : (
                      <>
                        <Menu.Item leftSection={<IconWand size={16} />} component="a" href={`#/${scenarioFromTranscriptRoute(item.id)}`}>
                          Turn into scenario
                        </Menu.Item>
                        <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => onEdit(item)}>
                          Rename and tag
                        </Menu.Item>
                        <Menu.Item leftSection={<IconTrash size={16} />} color="red" onClick={() => onTrash(item)}>
                          Move to trash
                        </Menu.Item>
                      </>
                    )}
                  </Menu.Dropdown>
                </Menu>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
