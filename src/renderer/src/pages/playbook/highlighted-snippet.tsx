/** A search snippet with its matches marked; built from text and ranges, never from HTML. */
import { Mark, Text } from '@mantine/core';

export function HighlightedSnippet({ text, matches }: { text: string; matches: { start: number; end: number }[] }) {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const m of [...matches].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    if (m.start > at) parts.push({ text: text.slice(at, m.start), hit: false });
    parts.push({ text: text.slice(m.start, m.end), hit: true });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return (
    <Text size="sm" c="dimmed">
      {parts.map((part, i) => (part.hit ? <Mark key={i}>{part.text}</Mark> : <span key={i}>{part.text}</span>))}
    </Text>
  );
}
