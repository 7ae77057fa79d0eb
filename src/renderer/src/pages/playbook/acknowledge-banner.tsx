/** "Please read version N": the pending acknowledgement with its due date and the button. */
import { Alert, Box, Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconBookmark } from '@tabler/icons-react';
import type { PendingPlaybookAck } from '../../../../shared/contract/playbook-ops';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';

export function dueText(pending: { dueDate?: string; overdue: boolean }): string {
  if (!pending.dueDate) return 'No due date.';
  const day = new Date(`${pending.dueDate}T00:00:00`).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  return pending.overdue ? `Overdue: it was due on ${day}.` : `Due by ${day}.`;
}

export function AcknowledgeBanner({ pending, onAcknowledged }: { pending: PendingPlaybookAck; onAcknowledged: () => void }) {
  const submit = useSubmit();
  const acknowledge = () =>
    submit.run(async () => {
      await api.acknowledgePlaybook({ version: pending.version });
      notifications.show({ color: 'teal', message: `Thank you. You acknowledged version ${pending.version} of the playbook.` });
      onAcknowledged();
    });
  return (
    <Box role="region" aria-label="Playbook acknowledgement" className="cx-no-print" mb="md">
    <Alert
      color={pending.overdue ? 'red' : 'yellow'}
      icon={pending.overdue ? <IconAlertTriangle /> : <IconBookmark />}
      title={`Please read version ${pending.version} of the playbook`}
    >
      <Text size="sm">What changed: {pending.summary}</Text>
      <Text size="sm" fw={pending.overdue ? 700 : 400}>
        {dueText(pending)}
      </Text>
      <Group mt="sm">
        <Button onClick={() => void acknowledge()} loading={submit.busy}>
          I have read and will apply version {pending.version}
        </Button>
      </Group>
      {submit.error && (
        <Text size="sm" c="red" mt="xs" role="alert">
          {submit.error}
        </Text>
      )}
    </Alert>
    </Box>
  );
}
