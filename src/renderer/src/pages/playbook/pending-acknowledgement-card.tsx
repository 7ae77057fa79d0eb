/**
 * For the home screen: `<PendingAcknowledgementCard />` — the playbook version waiting for the
 * signed-in person to read and acknowledge, with its due date. Renders nothing when nothing waits.
 */
import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { dueText } from './acknowledge-banner';

/** Opens the playbook on its reading tab, where the acknowledge banner waits. */
export function openPlaybookToRead(): void {
  sessionStorage.setItem('cxdojo.playbook.location', JSON.stringify({ tab: 'read' }));
  window.location.hash = '#/playbook';
}

/** exceptVersions: versions already shown as an assignment card on the same screen. */
export function PendingAcknowledgementCard({ exceptVersions = [] }: { exceptVersions?: number[] }) {
  const tasks = useAsync(() => api.myPlaybookTasks({}), []);
  const pending = tasks.data?.[0];
  if (!pending || exceptVersions.includes(pending.version)) return null;
  return (
    <Paper withBorder radius="md" p="md" role="region" aria-label="Playbook to read">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <IconBook2 size={24} />
          <div>
            <Text fw={600}>Read version {pending.version} of the playbook</Text>
            <Text size="sm" c="dimmed">
              {pending.summary}
            </Text>
            <Text size="sm" c={pending.overdue ? 'red' : undefined} fw={pending.overdue ? 700 : 400}>
              {dueText(pending)}
            </Text>
          </div>
        </Group>
        {pending.overdue && <Badge color="red">Overdue</Badge>}
      </Group>
      <Button mt="sm" component="a" href="#/playbook" onClick={() => sessionStorage.setItem('cxdojo.playbook.location', JSON.stringify({ tab: 'read' }))}>
        Read and acknowledge
      </Button>
    </Paper>
  );
}
