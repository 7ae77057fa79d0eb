/**
 * "Check the chat": the format found (override and read again), the Telegram chat to use, what to
 * check though the import can go on (e.g. unreadable characters), who is staff and who is a customer,
 * and which conversations to keep. Nothing is saved yet.
 */
import { Alert, Badge, Button, Group, Paper, Select, Stack, Text, Title } from '@mantine/core';
import type { ImportPreview } from '../../../../../shared/contract/transcript-ops';
import { FORMAT_CHOICES, type FormatChoice } from '../../../../../shared/domain/transcript';
import { CHANNEL_LABELS, FORMAT_CHOICE_LABELS, FORMAT_LABELS } from '../transcript-labels';
import { ConversationsPicker } from './conversations-picker';
import { ParticipantsTable } from './participants-table';
import { RedactionCounts } from './redaction-counts';

export interface PreviewChanges {
  sides?: { participantId: string; side: 'staff' | 'customer' }[];
  gapHours?: number;
  keep?: number[];
}

export interface PreviewStepProps {
  preview: ImportPreview;
  busy: boolean;
  onChange: (changes: PreviewChanges) => void;
  onReparse: (choice: { format: FormatChoice; telegramChatId?: string }) => void;
  onNext: () => void;
  onCancel: () => void;
}

export function PreviewStep({ preview, busy, onChange, onReparse, onNext, onCancel }: PreviewStepProps) {
  const unsure = preview.participants.filter((p) => p.side === 'unknown');
  const keptCount = preview.conversations.filter((c) => c.kept).length;
  const formatData = FORMAT_CHOICES.map((f) => ({ value: f, label: f === 'auto' ? `${FORMAT_CHOICE_LABELS.auto} (found: ${FORMAT_LABELS[preview.format]})` : FORMAT_CHOICE_LABELS[f] }));
  return (
    <Stack gap="lg">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Group justify="space-between" align="start">
            <div>
              <Title order={3}>{preview.title}</Title>
              <Text size="sm" c="dimmed">
                {preview.fileNames.join(', ')} · {preview.messageCount} messages
              </Text>
            </div>
            <Badge variant="light" size="lg" tt="none">
              {CHANNEL_LABELS[preview.channel]} · {FORMAT_LABELS[preview.format]}
            </Badge>
          </Group>
          <Group align="end">
            <Select
              label="Read the file as"
              data={formatData}
              value={preview.formatChoice}
              allowDeselect={false}
              disabled={busy}
              w={460}
              onChange={(v) => v && onReparse({ format: v as FormatChoice })}
            />
            {preview.chats && (
              <Select
                label="Chat of the export to import"
                data={preview.chats.map((c) => ({ value: c.id, label: `${c.name} (${c.messageCount} messages)` }))}
                value={preview.chatId ?? null}
                placeholder="The busiest chat"
                disabled={busy}
                w={360}
                onChange={(v) => v && onReparse({ format: preview.formatChoice, telegramChatId: v })}
              />
            )}
          </Group>
          <RedactionCounts counts={preview.counts} />
        </Stack>
      </Paper>

      {preview.warnings.length > 0 && (
        <Alert color="yellow" title="Check before saving">
          <Stack gap={4}>
            {preview.warnings.map((w) => (
              <Text key={`${w.fileName}:${w.line ?? ''}:${w.column ?? ''}`} size="sm">
                {w.message}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}

      <Paper withBorder radius="md" p="lg">
        <Title order={4} mb={4}>
          Who is who?
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          We guessed from your brand name and your team's names. Customers' names are replaced by "Customer" everywhere in the chat; staff keep their names so the team learns from its own replies. Changing a side
          redacts the chat again{preview.reviewEdits > 0 ? ' and clears the review changes you made' : ''}.
        </Text>
        <ParticipantsTable participants={preview.participants} disabled={busy} onSide={(participantId, side) => onChange({ sides: [{ participantId, side }] })} />
      </Paper>

      <Paper withBorder radius="md" p="lg">
        <Title order={4} mb="sm">
          Conversations ({preview.conversations.length})
        </Title>
        <ConversationsPicker conversations={preview.conversations} gapHours={preview.gapHours} disabled={busy} onGap={(gapHours) => onChange({ gapHours })} onKeep={(keep) => onChange({ keep })} />
      </Paper>

      {unsure.length > 0 && (
        <Alert color="yellow" title="Say who is staff">
          Choose Staff or Customer for {unsure.map((p) => p.name).join(', ')} to continue.
        </Alert>
      )}
      <Group>
        <Button onClick={onNext} disabled={busy || unsure.length > 0 || keptCount === 0}>
          Review redactions ({preview.keptMessageCount} messages)
        </Button>
        <Button variant="default" onClick={onCancel} disabled={busy}>
          Cancel import
        </Button>
      </Group>
    </Stack>
  );
}
