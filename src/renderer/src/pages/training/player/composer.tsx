/**
 * Writing a reply: Enter sends, Shift+Enter starts a new line, emoji welcome. The draft lives in
 * sessionStorage until the host has saved the sent reply, so a reload never loses typing.
 */
import { useEffect, useRef, useState } from 'react';
import { ActionIcon, Box, Group, Popover, SimpleGrid, Textarea, Tooltip, UnstyledButton } from '@mantine/core';
import { IconMoodSmile, IconSend } from '@tabler/icons-react';
import type { ChannelLook } from './channel-themes';
import { ReplyTimer } from './reply-timer';

const EMOJI = ['😊', '🙏', '😍', '🥰', '👍', '🙌', '🎉', '❤️', '😅', '😔', '🤗', '✨', '📦', '🚚', '👟', '👗'];

const draftKey = (attemptId: string, stepId: string) => `cxdojo.training.draft.${attemptId}.${stepId}`;

export function clearDraft(attemptId: string, stepId: string) {
  sessionStorage.removeItem(draftKey(attemptId, stepId));
}

interface ComposerProps {
  attemptId: string;
  stepId: string;
  customerName: string;
  promptShownAt: string | null;
  targetSec: number;
  look: ChannelLook;
  busy: boolean;
  onSend: (text: string) => void;
}

export function Composer({ attemptId, stepId, customerName, promptShownAt, targetSec, look, busy, onSend }: ComposerProps) {
  const key = draftKey(attemptId, stepId);
  const [text, setText] = useState(() => sessionStorage.getItem(key) ?? '');
  const ref = useRef<HTMLTextAreaElement>(null);
  const [emojiOpen, setEmojiOpen] = useState(false);

  useEffect(() => {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  }, [key, text]);
  useEffect(() => ref.current?.focus(), [stepId]);

  const send = () => {
    if (!busy && text.trim()) onSend(text);
  };

  const insert = (emoji: string) => {
    const area = ref.current;
    const at = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? at;
    setText(text.slice(0, at) + emoji + text.slice(end));
    setEmojiOpen(false);
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + emoji.length, at + emoji.length);
    });
  };

  return (
    <Box p="sm" style={{ background: look.bar.bg, borderTop: `1px solid ${look.bar.meta}40` }}>
      <Group justify="space-between" mb={6}>
        <ReplyTimer shownAt={promptShownAt} targetSec={targetSec} color={look.bar.meta} />
        <Box component="span" style={{ color: look.bar.meta, fontSize: 12 }}>
          Enter sends · Shift+Enter new line
        </Box>
      </Group>
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <Popover opened={emojiOpen} onChange={setEmojiOpen} position="top-start" withArrow trapFocus>
          <Popover.Target>
            <Tooltip label="Emoji">
              <ActionIcon variant="subtle" size="lg" aria-label="Insert emoji" onClick={() => setEmojiOpen((o) => !o)} style={{ color: look.bar.fg }}>
                <IconMoodSmile size={22} />
              </ActionIcon>
            </Tooltip>
          </Popover.Target>
          <Popover.Dropdown>
            <SimpleGrid cols={8} spacing={2}>
              {EMOJI.map((e) => (
                <UnstyledButton key={e} onClick={() => insert(e)} aria-label={`Insert ${e}`} p={4} style={{ fontSize: 20, borderRadius: 6, textAlign: 'center' }}>
                  {e}
                </UnstyledButton>
              ))}
            </SimpleGrid>
          </Popover.Dropdown>
        </Popover>
        <Textarea
          ref={ref}
          style={{ flex: 1 }}
          autosize
          minRows={1}
          maxRows={6}
          radius="xl"
          placeholder={`Reply to ${customerName}…`}
          aria-label={`Your reply to ${customerName}`}
          value={text}
          disabled={busy}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              send();
            }
          }}
        />
        <Tooltip label="Send (Enter)">
          <ActionIcon size="lg" radius="xl" color="teal.9" variant="filled" aria-label="Send reply" onClick={send} loading={busy} disabled={!text.trim()}>
            <IconSend size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Box>
  );
}
