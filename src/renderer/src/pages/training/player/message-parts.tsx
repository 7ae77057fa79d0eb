/** Small pieces of a chat message: the image placeholder card, the typing dots, read ticks. */
import { Box, Group, Text, VisuallyHidden } from '@mantine/core';
import { IconChecks, IconPhoto } from '@tabler/icons-react';
import type { Swatch } from './channel-themes';

export function ImageCard({ caption, swatch }: { caption: string; swatch: Swatch }) {
  return (
    <Box
      role="img"
      aria-label={`Image: ${caption}`}
      style={{ width: 220, maxWidth: '100%', borderRadius: 12, overflow: 'hidden', background: swatch.bg, color: swatch.fg, border: `1px solid ${swatch.meta}40` }}
    >
      <Box style={{ height: 120, display: 'flex', alignItems: 'center', justifyContent: 'center', background: `${swatch.meta}26` }}>
        <IconPhoto size={40} stroke={1.3} aria-hidden />
      </Box>
      <Text size="sm" px={10} py={6} style={{ color: swatch.fg }}>
        {caption}
      </Text>
    </Box>
  );
}

export function TypingIndicator({ name, swatch, radius }: { name: string; swatch: Swatch; radius: number }) {
  return (
    <Group gap={0} className="cx-chat-appear" role="status" aria-label={`${name} is typing`}>
      <Box px={14} py={10} style={{ background: swatch.bg, color: swatch.meta, borderRadius: radius }}>
        <span className="cx-typing-dot" />
        <span className="cx-typing-dot" />
        <span className="cx-typing-dot" />
      </Box>
    </Group>
  );
}

export function ReadTicks({ color }: { color: string }) {
  return (
    <>
      <IconChecks size={15} color={color} aria-hidden style={{ verticalAlign: 'middle' }} />
      <VisuallyHidden>Read</VisuallyHidden>
    </>
  );
}
