/**
 * One stored transcript, read-only: the chat as bubbles (text rendered as text, placeholders
 * highlighted), who took part, and the actions: turn into scenario, rename and tag, trash or restore.
 */
import { useState } from 'react';
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowBackUp, IconArrowLeft, IconPencil, IconTrash, IconWand } from '@tabler/icons-react';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { ErrorState } from '../../../components/error-state';
import { ChatBubble } from '../chat/chat-bubble';
import { PlaceholderText } from '../chat/placeholder-text';
import { EditTranscriptModal } from '../library/edit-transcript-modal';
import { RedactionCounts } from '../import/redaction-counts';
import { CHANNEL_COLORS, CHANNEL_LABELS, formatDayRange, scenarioFromTranscriptRoute, SIDE_LABELS } from '../transcript-labels';
import { listItemOf } from '../../../../../shared/domain/transcript-list-item';
import { runWithNotice } from '../../../components/run-with-notice';
import { plural } from '../../../components/plural';

const PAGE = 300;

export function TranscriptViewer({ id }: { id: string }) {
  const transcript = useAsync(() => api.getTranscript({ id }), [id]);
  const [shown, setShown] = useState(PAGE);
  const [editing, setEditing] = useState(false);
  const t = transcript.data;
  if (transcript.error) return <ErrorState title="Could not open this transcript" error={transcript.error} onRetry={transcript.reload} />;
  if (!t) return <Loader aria-label="Loading the transcript" />;
  const people = new Map(t.participants.map((p) => [p.id, p]));
  const timed = t.messages.filter((m) => m.kind !== 'system');
  const act = async (action: () => Promise<unknown>, message: string) => {
    await runWithNotice(action, message);
    transcript.reload();
  };

  return (
    <Stack gap="md">
      <Anchor href="#/transcripts" size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All transcripts
        </Group>
      </Anchor>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={2}>{t.title}</Title>
          <Group gap="xs">
            <Badge variant="light" color={CHANNEL_COLORS[t.channel]} tt="none">
              {CHANNEL_LABELS[t.channel]}
            </Badge>
            <Text size="sm" c="dimmed">
              {formatDayRange(timed[0]?.at ?? null, timed[timed.length - 1]?.at ?? null)} · {plural(t.messages.length, 'message')}
            </Text>
            {t.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="gray" tt="none">
                {tag}
              </Badge>
            ))}
          </Group>
        </Stack>
        <Group>
          {t.trashedAt === null ? (
            <>
              <Button component="a" href={`#/${scenarioFromTranscriptRoute(t.id)}`} leftSection={<IconWand size={16} />}>
                Turn into scenario
              </Button>
              <Button variant="default" leftSection={<IconPencil size={16} />} onClick={() => setEditing(true)}>
                Rename and tag
              </Button>
              <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => void act(() => api.trashTranscript({ id: t.id }), 'Moved to the trash. You can restore it from there.')}>
                Move to trash
              </Button>
            </>
          ) : (
            <Button leftSection={<IconArrowBackUp size={16} />} onClick={() => void act(() => api.restoreTranscript({ id: t.id }), 'Back in the library.')}>
              Restore from trash
            </Button>
          )}
        </Group>
      </Group>
      {t.trashedAt !== null && <Alert color="yellow">This transcript is in the trash. Restore it to turn it into a scenario.</Alert>}
      <Paper withBorder radius="md" p="md">
        <Stack gap="xs">
          <Group gap="md">
            {t.participants.map((p) => (
              <Text key={p.id} size="sm">
                <Text span fw={600}>
                  {p.name}
                </Text>{' '}
                <Text span c="dimmed">
                  ({SIDE_LABELS[p.side].toLowerCase()})
                </Text>
              </Text>
            ))}
          </Group>
          <RedactionCounts counts={t.redactions} />
        </Stack>
      </Paper>
      <Paper withBorder radius="md" p="md" role="region" aria-label="Chat">
        {t.messages.slice(0, shown).map((m) => {
          const person = m.sender ? people.get(m.sender) : undefined;
          return (
            <ChatBubble key={m.id} senderName={person?.name ?? null} side={m.kind === 'system' ? null : (person?.side ?? null)} kind={m.kind} at={m.at} text={m.text}>
              <PlaceholderText text={m.text} />
            </ChatBubble>
          );
        })}
        {shown < t.messages.length && (
          <Group justify="center" mt="sm">
            <Button variant="light" onClick={() => setShown((n) => n + PAGE)}>
              Show more ({t.messages.length - shown} left)
            </Button>
          </Group>
        )}
      </Paper>
      <EditTranscriptModal
        item={editing ? listItemOf(t) : null}
        onClose={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          transcript.reload();
        }}
      />
    </Stack>
  );
}
