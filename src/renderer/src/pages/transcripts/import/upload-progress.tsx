/** Bytes sent, then the host reading and redacting the chat; cancel discards the upload. */
import { Button, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { formatBytes } from '../transcript-labels';
import type { UploadProgress as Progressed } from './upload-files';

export function UploadProgress({ fileNames, progress, reading, onCancel }: { fileNames: string[]; progress: Progressed; reading: boolean; onCancel: () => void }) {
  const percent = progress.total ? Math.round((progress.sent / progress.total) * 100) : 0;
  return (
    <Paper withBorder radius="md" p="lg">
      <Stack gap="sm">
        <Text fw={600}>{fileNames.join(', ')}</Text>
        {reading ? (
          <>
            <Progress value={100} striped animated aria-label="Reading the chat" />
            <Text size="sm" c="dimmed" role="status">
              Reading the messages and hiding personal data. Nothing is saved until you have reviewed it.
            </Text>
          </>
        ) : (
          <>
            <Progress value={percent} aria-label="Sending the file" aria-valuenow={percent} />
            <Text size="sm" c="dimmed" role="status">
              Sending {formatBytes(progress.sent)} of {formatBytes(progress.total)} ({percent}%)
            </Text>
          </>
        )}
        <Group>
          <Button variant="default" onClick={onCancel}>
            Cancel import
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
