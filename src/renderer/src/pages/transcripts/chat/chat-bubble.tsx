/**
 * One chat message as a bubble: staff on the right, customers on the left, platform notices in
 * the middle. The body is given as React nodes, so chat text is always rendered as text. Media
 * left out of the export and deleted messages show a muted pill instead of their placeholder
 * text (a caption someone wrote still shows under it).
 */
import type { ReactNode } from 'react';
import { Box, Group, Paper, Text } from '@mantine/core';
import type { MessageKind, ParticipantSide } from '../../../../../shared/domain/transcript';
import { hasCaption, markerOf } from '../../../../../shared/domain/message-markers';
import { formatMessageTime } from '../transcript-labels';
import { MessageMarkerPill } from './message-marker-pill';

export interface ChatBubbleProps {
  senderName: string | null;
  side: ParticipantSide | null;
  kind: MessageKind;
  at: string;
  /** The message's text (redacted), to tell a placeholder from words someone wrote. */
  text: string;
  children: ReactNode;
}

export function ChatBubble({ senderName, side, kind, at, text, children }: ChatBubbleProps) {
  if (kind === 'system' || side === null) {
    return (
      <Group justify="center" my={6}>
        <Text size="xs" c="dimmed" ta="center" maw="80%" style={{ whiteSpace: 'pre-wrap' }}>
          {children} · {formatMessageTime(at)}
        </Text>
      </Group>
    );
  }
  const staff = side === 'staff';
  const marker = markerOf({ kind, text });
  const caption = hasCaption({ kind, text });
  return (
    <Group justify={staff ? 'flex-end' : 'flex-start'} my={6} wrap="nowrap">
      <Box maw="75%" data-side={side}>
        <Text size="xs" c="dimmed" ta={staff ? 'right' : 'left'} mb={2}>
          {senderName ?? 'Unknown'} · {formatMessageTime(at)}
        </Text>
        {marker && !caption ? (
          <Group justify={staff ? 'flex-end' : 'flex-start'}>
            <MessageMarkerPill marker={marker} />
          </Group>
        ) : (
          <Paper
            px="sm"
            py={6}
            radius="md"
            withBorder={!staff}
            bg={staff ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-body)'}
            style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          >
            {marker && (
              <Box mb={4}>
                <MessageMarkerPill marker={marker} />
              </Box>
            )}
            <Text size="sm" component="div">
              {children}
            </Text>
          </Paper>
        )}
      </Box>
    </Group>
  );
}
