/** A quiet clock from the customer's last message, with the standard's target beside it. The host records the real time. */
import { useEffect, useState } from 'react';
import { Group, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';

const clock = (sec: number) => `${Math.floor(sec / 60)}:${String(sec % 60).padStart(2, '0')}`;

export function ReplyTimer({ shownAt, targetSec, color }: { shownAt: string | null; targetSec: number; color: string }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, []);
  const elapsed = shownAt ? Math.max(0, Math.round((now - Date.parse(shownAt)) / 1000)) : 0;
  const over = elapsed > targetSec;
  return (
    <Group gap={4} role="timer" aria-label={`Reply time ${clock(elapsed)}, target ${clock(targetSec)}`} style={{ color }}>
      <IconClock size={13} aria-hidden />
      <Text size="xs" style={{ color }} aria-hidden>
        {clock(elapsed)} {over ? `— over the ${clock(targetSec)} target` : `· target ${clock(targetSec)}`}
      </Text>
    </Group>
  );
}
