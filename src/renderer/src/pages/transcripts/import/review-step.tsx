/**
 * "Review redactions": the kept conversations as they will be saved, every redaction highlighted
 * with its type written. Undo one, or select text in a message and redact it too. Then save.
 */
import { useEffect, useState } from 'react';
import { Alert, Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview, ReviewMessageView } from '../../../../../shared/contract/transcript-ops';
import type { RedactionSummary, RedactionType } from '../../../../../shared/domain/transcript';
import { REDACTION_TYPES } from '../../../../../shared/domain/transcript';
import { api, errorMessage } from '../../../api/client';
import { ChatBubble } from '../chat/chat-bubble';
import { formatMessageTime, REDACTION_LABELS } from '../transcript-labels';
import { RedactionCounts } from './redaction-counts';
import { ReviewMessageText } from './review-message-text';
import { SaveImportForm } from './save-import-form';
import { useMessageSelection } from './use-message-selection';

const PAGE = 100;

export interface ReviewStepProps {
  preview: ImportPreview;
  onBack: () => void;
  onCancel: () => void;
  onSaved: (ids: string[]) => void;
}

export function ReviewStep({ preview, onBack, onCancel, onSaved }: ReviewStepProps) {
  const kept = preview.conversations.filter((c) => c.kept);
  const [conversation, setConversation] = useState(kept[0]?.index ?? 0);
  const [messages, setMessages] = useState<ReviewMessageView[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [counts, setCounts] = useState<RedactionSummary[]>(preview.counts);
  const [selection, clearSelection] = useMessageSelection();
  const [type, setType] = useState<RedactionType>('OTHER');
  const people = new Map(preview.participants.map((p) => [p.id, p]));

  const load = (offset: number) => {
    setLoading(true);
    api.getTranscriptImportMessages({ sessionId: preview.sessionId, conversation, offset, limit: PAGE }).then(
      (page) => {
        setMessages((m) => (offset === 0 ? page.messages : [...m, ...page.messages]));
        setTotal(page.total);
        setLoading(false);
      },
      (e: Error) => {
        setError(e.message);
        setLoading(false);
      },
    );
  };
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => load(0), [conversation, preview.sessionId]);

  const review = async (decisions: { undo?: string[]; add?: { messageId: string; redactedStart: number; redactedEnd: number; type: RedactionType }[] }) => {
    setBusy(true);
    setError(null);
    try {
      const changed = await api.reviewTranscriptRedactions({ sessionId: preview.sessionId, ...decisions });
      const byId = new Map(changed.messages.map((m) => [m.id, m]));
      setMessages((list) => list.map((m) => byId.get(m.id) ?? m));
      setCounts(changed.counts);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const redactSelection = async () => {
    if (!selection) return;
    await review({ add: [{ messageId: selection.messageId, redactedStart: selection.start, redactedEnd: selection.end, type }] });
    document.getSelection()?.removeAllRanges();
    clearSelection();
  };

  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={3}>Check what will be hidden</Title>
          <Text size="sm" c="dimmed">
            Highlighted parts are replaced by the label you see before anything is saved. Click one to see what it hides, or to undo it. To hide something we missed, select it in a message and choose
            "Redact selection".
          </Text>
          <RedactionCounts counts={counts} />
        </Stack>
      </Paper>

      {kept.length > 1 && (
        <Select
          label="Conversation"
          w={420}
          allowDeselect={false}
          value={String(conversation)}
          onChange={(v) => v !== null && setConversation(Number(v))}
          data={kept.map((c) => ({ value: String(c.index), label: `Conversation ${c.index + 1}: ${formatMessageTime(c.firstAt)} (${c.messageCount} messages)` }))}
        />
      )}

      <Paper withBorder radius="md" p="md" aria-label="Redacted chat" role="region">
        {messages.map((m) => {
          const person = m.sender ? people.get(m.sender) : undefined;
          return (
            <ChatBubble key={m.id} senderName={person?.pseudonym ?? null} side={m.kind === 'system' ? null : (person?.side ?? null)} kind={m.kind} at={m.at}>
              <ReviewMessageText message={m} busy={busy} onUndo={(id) => void review({ undo: [id] })} />
            </ChatBubble>
          );
        })}
        {loading && <Loader size="sm" aria-label="Loading messages" />}
        {!loading && messages.length < total && (
          <Group justify="center" mt="sm">
            <Button variant="light" onClick={() => load(messages.length)}>
              Show more ({total - messages.length} left)
            </Button>
          </Group>
        )}
      </Paper>

      {error && (
        <Alert color="red" title="That did not work" role="alert">
          {error}
        </Alert>
      )}

      <Paper withBorder radius="md" p="md" pos="sticky" bottom={0} style={{ zIndex: 2 }} shadow="sm">
        <Group align="end" gap="sm" wrap="wrap">
          <Text size="sm" style={{ flex: 1, minWidth: 200 }} aria-live="polite">
            {selection ? (
              <>
                Selected: <Text span fw={600} ff="monospace">{selection.text.slice(0, 80)}</Text>
              </>
            ) : (
              'Select text in a message to redact it.'
            )}
          </Text>
          <Select label="Hide it as" w={230} data={REDACTION_TYPES.map((t) => ({ value: t, label: REDACTION_LABELS[t] }))} value={type} allowDeselect={false} onChange={(v) => v && setType(v as RedactionType)} />
          <Button color="orange" disabled={!selection} loading={busy} onClick={() => void redactSelection()}>
            Redact selection
          </Button>
        </Group>
      </Paper>

      <SaveImportForm preview={preview} keptCount={kept.length} onBack={onBack} onCancel={onCancel} onSaved={onSaved} />
    </Stack>
  );
}
