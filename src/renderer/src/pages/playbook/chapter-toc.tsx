/** The table of contents of one chapter: its headings, with the anchors the renderer gives them. */
import { useMemo } from 'react';
import { NavLink, Stack, Text } from '@mantine/core';
import type { ServiceStandard } from '../../../../shared/domain/playbook';
import { renderMarkdown } from '../../markdown';

export interface TocEntry {
  level: number;
  text: string;
  anchor: string;
}

export function chapterToc(markdown: string, standards: readonly ServiceStandard[]): TocEntry[] {
  const html = renderMarkdown(markdown, { standards });
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.querySelectorAll<HTMLHeadingElement>('h1[id], h2[id], h3[id]')).map((h) => ({
    level: Number(h.tagName[1]),
    text: h.textContent ?? '',
    anchor: h.id,
  }));
}

export function ChapterToc({ markdown, standards }: { markdown: string; standards: readonly ServiceStandard[] }) {
  const entries = useMemo(() => chapterToc(markdown, standards), [markdown, standards]);
  const minLevel = Math.min(...entries.map((e) => e.level));
  return (
    <Stack gap={0} component="nav" aria-label="On this page">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
        On this page
      </Text>
      {entries.length === 0 && (
        <Text size="sm" c="dimmed">
          This chapter has no headings.
        </Text>
      )}
      {entries.map((entry) => (
        <NavLink
          key={entry.anchor}
          href={`#${entry.anchor}`}
          label={entry.text}
          pl={8 + (entry.level - minLevel) * 12}
          py={2}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(entry.anchor)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
          }}
        />
      ))}
    </Stack>
  );
}
