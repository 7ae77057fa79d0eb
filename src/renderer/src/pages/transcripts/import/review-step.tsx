/**
 * "Review redactions": the kept conversations as they will be saved, every redaction highlighted
 * with its type written and every suggestion underlined. Undo one (here or everywhere), hide or
 * keep a suggestion, or select text in a message and hide it too: here, every occurrence of it in
 * the import, or as a name wherever it appears. Then save.
 */
import { useEffect, useState } from 'react';
import { Alert, Badge, Button, Group, Loader, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { HideScope, ImportConversationView, ImportPreview, ReviewChanged, ReviewMessageView } from '../../../../../shared/contract/transcript-ops';
import type { RedactionSummary, RedactionType } from '../../../../../shared/domain/transcript';
import { api, errorMessage } from '../../../api/client';
import { ChatBubble } from '../chat/chat-bubble';
import { formatMessageTime } from '../transcript-labels';
import { RedactionCounts } from './redaction-counts';
import type { ReviewDecision } from './review-decision';
import { ReviewMessageText } from './review-message-text';
import { SaveImportForm } from './save-import-form';
import { SelectionBar } from './selection-bar';
import { useMessageSelection } from './use-message-selection';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What a review call did, in a sentence; null when the screen already shows it (one place). */
function statusOf(changed: ReviewChanged, decision: ReviewDecision): string | null {
  if (decision.keepSuggestions?.length) return 'Kept as it is.';
  const bulk = (decision.add ?? []).some((a) => a.scope && a.scope !== 'one') || (decision.undoEverywhere?.length ?? 0) > 0;
  if (!bulk) return null;
  if (changed.hidden > 0) return `Hidden in ${plural(changed.hidden, 'place')} across the import.`;
  if (changed.shown > 0) return `Shown again in ${plural(changed.shown, 'place')} across the import.`;
  return 'Nothing more to hide: every occurrence was hidden already.';
}

function suggestionLabel(n: number): string {
  return `${plural(n, 'suggestion')} to check`;
}

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
  const [suggestionCount, setSuggestionCount] = useState(preview.suggestionCount);
  const [conversations, setConversations] = useState<ImportConversationView[]>(kept);
  const [status, setStatus] = useState<string | null>(null);
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

  const review = async (decision: ReviewDecision) => {
    setBusy(true);
    setError(null);
    try {
      const changed = await api.reviewTranscriptRedactions({ sessionId: preview.sessionId, ...decision });
      const byId = new Map(changed.messages.map((m) => [m.id, m]));
      setMessages((list) => list.map((m) => byId.get(m.id) ?? m));
      setCounts(changed.counts);
      setSuggestionCount(changed.suggestionCount);
      setConversations(changed.conversations.filter((c) => c.kept));
      setStatus(statusOf(changed, decision));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const hideSelection = async (scope: HideScope) => {
    if (!selection) return;
    await review({ add: [{ messageId: selection.messageId, redactedStart: selection.start, redactedEnd: selection.end, type: scope === 'name' ? 'NAME' : type, scope }] });
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
            "Redact selection", or hide every occurrence of it at once. Underlined words may be personal: click one to hide or keep it.
          </Text>
          <RedactionCounts counts={counts} />
          {suggestionCount > 0 && (
            <Group gap="xs">
              <Badge color="yellow" variant="light" c="var(--mantine-color-text)" size="lg" tt="none" style={{ outline: '1px dashed var(--mantine-color-yellow-filled)' }}>
                {suggestionLabel(suggestionCount)}
              </Badge>
            </Group>
          )}
        </Stack>
      </Paper>

      {conversations.length > 1 && (
        <Select
          label="Conversation"
          w={520}
          allowDeselect={false}
          value={String(conversation)}
          onChange={(v) => v !== null && setConversation(Number(v))}
          data={conversations.map((c) => ({ value: String(c.index), label: `Conversation ${c.index + 1}: ${formatMessageTime(c.firstAt)} (${c.messageCount} messages${c.suggestionCount ? `, ${plural(c.suggestionCount, 'suggestion')}` : ''})` }))}
        />
      )}

      <Paper withBorder radius="md" p="md" aria-label="Redacted chat" role="region">
        {messages.map((m) => {
          const person = m.sender ? people.get(m.sender) : undefined;
          return (
            <ChatBubble key={m.id} senderName={person?.pseudonym ?? null} side={m.kind === 'system' ? null : (person?.side ?? null)} kind={m.kind} at={m.at} text={m.text}>
              <ReviewMessageText message={m} busy={busy} onReview={(d) => void review(d)} />
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

      <SelectionBar selection={selection} type={type} onType={setType} busy={busy} onHide={(scope) => void hideSelection(scope)} status={status} />

      <SaveImportForm preview={preview} keptCount={kept.length} onBack={onBack} onCancel={onCancel} onSaved={onSaved} />
    </Stack>
  );
}
