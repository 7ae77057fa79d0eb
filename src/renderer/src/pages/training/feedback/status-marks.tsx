/** Hit / missed / N/A marks, always as an icon plus words, never colour alone. */
import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconCircleMinus, IconCircleX, IconAlertTriangle } from '@tabler/icons-react';

export type Mark = 'hit' | 'missed' | 'na' | 'warning';

const LOOK = {
  hit: { color: 'teal', Icon: IconCircleCheck, word: 'Hit' },
  missed: { color: 'red', Icon: IconCircleX, word: 'Missed' },
  na: { color: 'gray', Icon: IconCircleMinus, word: 'Not applicable' },
  warning: { color: 'orange', Icon: IconAlertTriangle, word: 'Found' },
} as const;

export function StatusIcon({ mark, word }: { mark: Mark; word?: string }) {
  const { color, Icon } = LOOK[mark];
  return (
    <Group gap={4} wrap="nowrap" style={{ flexShrink: 0 }}>
      <ThemeIcon size="sm" variant="light" color={color} radius="xl">
        <Icon size={14} aria-hidden />
      </ThemeIcon>
      <Text size="xs" fw={600} style={{ minWidth: 54 }}>
        {word ?? LOOK[mark].word}
      </Text>
    </Group>
  );
}

export const percent = (score: number) => `${Math.round(score * 100)}%`;

export function formatSeconds(sec: number): string {
  if (sec < 60) return `${sec} s`;
  const m = Math.floor(sec / 60);
  const s = sec % 60;
  return s ? `${m} min ${s} s` : `${m} min`;
}
