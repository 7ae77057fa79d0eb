/** The phone-like frame of a chat: the channel's header with the customer, the thread, and the composer strip. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Box, Group, Paper, Text } from '@mantine/core';
import { PersonAvatar } from '../../../components/person-avatar';
import type { ChannelLook, ChannelTheme } from './channel-themes';

interface ChatFrameProps {
  theme: ChannelTheme;
  look: ChannelLook;
  customerName: string;
  /** Grows when messages arrive, to keep the newest in view. */
  itemCount: number;
  typing: boolean;
  children: ReactNode;
  footer: ReactNode;
}

export function ChatFrame({ theme, look, customerName, itemCount, typing, children, footer }: ChatFrameProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = scroller.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [itemCount, typing]);

  const subtitle = theme.layout === 'comments' ? (theme.live ? 'Live sale · comments' : `${theme.label}`) : `${theme.label} · online`;
  return (
    <Paper withBorder radius="lg" style={{ overflow: 'hidden', display: 'flex', flexDirection: 'column', height: 'min(72vh, 760px)', minHeight: 440 }} data-testid="chat-frame">
      <Group gap="sm" px="md" py="sm" style={{ background: look.header.bg, color: look.header.fg, borderBottom: `1px solid ${look.header.meta}40` }} wrap="nowrap">
        <PersonAvatar name={customerName} size={36} />
        <div style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" style={{ color: look.header.fg }} truncate>
            {customerName}
          </Text>
          <Text size="xs" style={{ color: look.header.meta }}>
            {subtitle}
          </Text>
        </div>
      </Group>
      <Box
        ref={scroller}
        role="log"
        aria-label={`Conversation with ${customerName}`}
        aria-live="polite"
        tabIndex={0}
        style={{ flex: 1, overflowY: 'auto', background: look.wallpaper, color: look.customer.fg }}
      >
        {children}
      </Box>
      {footer}
    </Paper>
  );
}
