/** How fast customer messages arrive: normal (the scenario's delays), fast, or instant. Remembered in localStorage. */
import { useState } from 'react';
import { SegmentedControl } from '@mantine/core';

export type Speed = 'normal' | 'fast' | 'instant';
export const SPEED_FACTOR: Record<Speed, number> = { normal: 1, fast: 0.3, instant: 0 };
const KEY = 'cxdojo.training.speed';

function stored(): Speed {
  const value = localStorage.getItem(KEY);
  return value === 'fast' || value === 'instant' ? value : 'normal';
}

export function useSpeed(): [Speed, (speed: Speed) => void] {
  const [speed, setSpeed] = useState<Speed>(stored);
  return [
    speed,
    (next) => {
      localStorage.setItem(KEY, next);
      setSpeed(next);
    },
  ];
}

export function SpeedSetting({ speed, onChange }: { speed: Speed; onChange: (speed: Speed) => void }) {
  return (
    <SegmentedControl
      size="xs"
      aria-label="Message speed"
      value={speed}
      onChange={(v) => onChange(v as Speed)}
      data={[
        { value: 'normal', label: 'Normal' },
        { value: 'fast', label: 'Fast' },
        { value: 'instant', label: 'Instant' },
      ]}
    />
  );
}
