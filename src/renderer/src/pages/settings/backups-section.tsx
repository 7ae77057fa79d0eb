/** Back up now, and restore the workspace from one of the last ten backups. */
import { useState } from 'react';
import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { BackupInfo } from '../../../../shared/domain/workspace';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { useSubmit } from '../../components/use-submit';

export function BackupsSection({ onRestored }: { onRestored: () => void }) {
  const backups = useAsync(() => api.listBackups({}), []);
  const [restoring, setRestoring] = useState<BackupInfo | null>(null);
  const { busy, error, run } = useSubmit();

  async function backupNow() {
    const made = await run(() => api.backupNow({}));
    if (made) {
      notifications.show({ message: 'Backup made.', color: 'teal' });
      backups.reload();
    }
  }

  async function restore() {
    if (!restoring) return;
    const done = await run(() => api.restoreBackup({ id: restoring.id }));
    if (done) {
      notifications.show({ message: `Restored the backup from ${new Date(done.restored.createdAt).toLocaleString()}.`, color: 'teal' });
      setRestoring(null);
      backups.reload();
      onRestored();
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Backups</Title>
          <Button variant="light" onClick={backupNow} loading={busy && !restoring}>
            Back up now
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          CX Dojo backs up the workspace when it starts and every 30 minutes while you work, keeping the last ten.
        </Text>
        {error && !restoring && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {backups.data && backups.data.length === 0 && <Text size="sm">No backups yet.</Text>}
        {backups.data && backups.data.length > 0 && (
          <Table aria-label="Backups">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>Why</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {backups.data.map((backup) => (
                <Table.Tr key={backup.id}>
                  <Table.Td>{new Date(backup.createdAt).toLocaleString()}</Table.Td>
                  <Table.Td>{backup.reason}</Table.Td>
                  <Table.Td ta="right">
                    <Button size="xs" variant="subtle" onClick={() => setRestoring(backup)}>
                      Restore…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={restoring !== null} onClose={() => setRestoring(null)} title="Restore from backup?" centered>
        <Stack>
          <Text>
            The workspace will go back to how it was on {restoring && new Date(restoring.createdAt).toLocaleString()}. Everything now is backed up
            first, so you can come back to it.
          </Text>
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setRestoring(null)}>
              Cancel
            </Button>
            <Button color="orange" onClick={restore} loading={busy}>
              Restore
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
