/**
 * One chat message as a bubble: staff on the right, customers on the left, platform notices in
 * the middle. The body is given as React nodes, so chat text is always rendered as text.
 */
import type { ReactNode } from 'react';
import { Box, Group, Paper, Text } from '@mantine/core';
import type { MessageKind, ParticipantSide } from '../../../../../shared/domain/transcript';
import { formatMessageTime } from '../transcript-labels';

export interface ChatBubbleProps {
  senderName: string | null;
  side: ParticipantSide | null;
  kind: MessageKind;
  at: string;
  children: ReactNode;
}

export function ChatBubble({ senderName, side, kind, at, children }: ChatBubbleProps) {
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
  return (
    <Group justify={staff ? 'flex-end' : 'flex-start'} my={6} wrap="nowrap">
      <Box maw="75%" data-side={side}>
        <Text size="xs" c="dimmed" ta={staff ? 'right' : 'left'} mb={2}>
          {senderName ?? 'Unknown'} · {formatMessageTime(at)}
        </Text>
        <Paper
          px="sm"
          py={6}
          radius="md"
          withBorder={!staff}
          bg={staff ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-body)'}
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
        >
          {kind === 'media' ? (
            <Text size="sm" fs="italic" c="dimmed" component="div">
              {children}
            </Text>
          ) : (
            <Text size="sm" component="div">
              {children}
            </Text>
          )}
        </Paper>
      </Box>
    </Group>
  );
}
