/** Reminders from managers (a banner until dismissed or acted on) and unread coaching comments. */
import { useState } from 'react';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconBellRinging, IconMessageCircle } from '@tabler/icons-react';
import type { CommentView, ReminderView } from '../../../../../shared/contract/training-ops';
import { api, errorMessage } from '../../../api/client';
import { formatDay } from './home-lists';

const seenKey = (r: ReminderView) => `cxdojo.training.reminder-seen.${r.assignmentId}`;

export function RemindersBanner({ reminders }: { reminders: ReminderView[] }) {
  const [, rerender] = useState(0);
  const open = reminders.filter((r) => localStorage.getItem(seenKey(r)) !== r.remindedAt);
  if (open.length === 0) return null;
  const dismiss = () => {
    for (const r of open) localStorage.setItem(seenKey(r), r.remindedAt);
    rerender((n) => n + 1);
  };
  return (
    <Alert color="orange" icon={<IconBellRinging />} title="A reminder from your manager" withCloseButton closeButtonLabel="Dismiss the reminder" onClose={dismiss} role="status" data-testid="reminders-banner">
      <Stack gap={2}>
        {open.map((r) => (
          <Text size="sm" key={r.assignmentId}>
            Please complete “{r.title}”{r.dueDate ? ` by ${formatDay(r.dueDate)}` : ''}.
          </Text>
        ))}
      </Stack>
    </Alert>
  );
}

export function CoachingComments({ comments, onChanged }: { comments: CommentView[]; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const markRead = async (ids: string[]) => {
    setBusy(true);
    setError(null);
    try {
      await api.markCommentsRead({ commentIds: ids });
      onChanged();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {comments.map((c) => (
        <Card key={c.id} withBorder radius="md" padding="sm" component="article" aria-label={`Comment from ${c.authorName}`}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <IconMessageCircle size={20} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
            <Stack gap={4} style={{ flex: 1 }}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {c.text}
              </Text>
              <Text size="xs" c="dimmed">
                {c.authorName} · {new Date(c.at).toLocaleDateString()}
                {c.scenarioTitle ? ` · on “${c.scenarioTitle}”` : ''}
                {c.standard ? ` · ${c.standard.title}` : ''}
              </Text>
            </Stack>
            <Button size="xs" variant="default" onClick={() => void markRead([c.id])} disabled={busy}>
              Mark as read
            </Button>
          </Group>
        </Card>
      ))}
      {comments.length > 1 && (
        <Button size="xs" variant="subtle" w="fit-content" onClick={() => void markRead(comments.map((c) => c.id))} loading={busy}>
          Mark all as read
        </Button>
      )}
    </Stack>
  );
}
