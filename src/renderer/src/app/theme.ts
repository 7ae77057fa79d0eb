/**
 * The app's Mantine theme. Shades are chosen for contrast (WCAG AA, 4.5:1 for text): Mantine's
 * default teal 6 under white text and its grey "dimmed" text both fall short on white.
 */
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", sans-serif',
  headings: { fontWeight: '650' },
});

/** "Light" variants (badges, active links, light buttons): the palest background under the darkest text. */
const lightVariants = (t: Parameters<CSSVariablesResolver>[0]) =>
  Object.fromEntries(
    Object.keys(t.colors).flatMap((name) => [
      [`--mantine-color-${name}-light`, t.colors[name][0]],
      [`--mantine-color-${name}-light-hover`, `color-mix(in srgb, ${t.colors[name][0]} 55%, ${t.colors[name][1]})`],
      [`--mantine-color-${name}-light-color`, t.colors[name][9]],
    ]),
  );

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-placeholder': t.colors.gray[6],
    ...lightVariants(t),
    '--mantine-primary-color-light': t.colors[t.primaryColor][0],
    '--mantine-primary-color-light-hover': `color-mix(in srgb, ${t.colors[t.primaryColor][0]} 55%, ${t.colors[t.primaryColor][1]})`,
    '--mantine-primary-color-light-color': t.colors[t.primaryColor][9],
  },
  dark: {
    '--mantine-color-dimmed': t.colors.dark[1],
  },
});
