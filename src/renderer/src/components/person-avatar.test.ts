/** Every avatar colour keeps white initials readable (WCAG AA, 4.5:1), whichever name picks it. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_THEME } from '@mantine/core';
import { AVATAR_COLORS } from './person-avatar';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('person avatars', () => {
  it('use shades that white text reads on at 4.5:1 or better', () => {
    for (const color of AVATAR_COLORS) {
      const contrast = 1.05 / (luminance(DEFAULT_THEME.colors[color][9]) + 0.05);
      expect(contrast, color).toBeGreaterThanOrEqual(4.5);
    }
  });
});
