/**
 * Reading a playbook: the chapter list and search on the left, the chapter in the middle, its
 * table of contents on the right. Used for the published version and for the leader's draft.
 */
import { useMemo } from 'react';
import { Button, Grid, Group, NavLink, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconFileText } from '@tabler/icons-react';
import type { PlaybookContent } from '../../../../shared/domain/playbook';
import { EmptyState } from '../../components/empty-state';
import { ChapterToc } from './chapter-toc';
import { MarkdownView } from './markdown-view';
import { PlaybookSearch } from './playbook-search';

export interface PlaybookReaderProps {
  content: PlaybookContent;
  draft: boolean;
  chapterId?: string;
  onOpenChapter: (id: string) => void;
  onOpenStandard: (id: string) => void;
}

export function PlaybookReader({ content, draft, chapterId, onOpenChapter, onOpenStandard }: PlaybookReaderProps) {
  const chapters = useMemo(() => [...content.chapters].sort((a, b) => a.order - b.order), [content]);
  const index = Math.max(0, chapters.findIndex((c) => c.id === chapterId));
  const chapter = chapters[index];
  if (!chapter) return <EmptyState icon={<IconFileText />} title="No chapters yet">This playbook has no chapters.</EmptyState>;
  const previous = chapters[index - 1];
  const next = chapters[index + 1];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <Stack gap="md">
          <PlaybookSearch draft={draft} onOpen={(hit) => (hit.kind === 'chapter' ? onOpenChapter(hit.id) : onOpenStandard(hit.id))} />
          <Stack gap={0} component="nav" aria-label="Chapters">
            <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
              Chapters
            </Text>
            {chapters.map((c, i) => (
              <NavLink key={c.id} label={`${i + 1}. ${c.title}`} active={c.id === chapter.id} onClick={() => onOpenChapter(c.id)} aria-current={c.id === chapter.id ? 'page' : undefined} />
            ))}
          </Stack>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 6.5 }}>
        <Paper withBorder radius="md" p="lg">
          <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
            Chapter {index + 1} of {chapters.length}
          </Text>
          {!/^\s*#\s/.test(chapter.body) && (
            <Title order={2} mb="md">
              {chapter.title}
            </Title>
          )}
          <MarkdownView markdown={chapter.body} standards={content.standards} onOpenStandard={onOpenStandard} label={chapter.title} />
          <Group justify="space-between" mt="xl">
            {previous ? (
              <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => onOpenChapter(previous.id)}>
                {previous.title}
              </Button>
            ) : (
              <span />
            )}
            {next && (
              <Button variant="subtle" rightSection={<IconArrowRight size={16} />} onClick={() => onOpenChapter(next.id)}>
                {next.title}
              </Button>
            )}
          </Group>
        </Paper>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 2.5 }} visibleFrom="md">
        <ChapterToc markdown={chapter.body} standards={content.standards} />
      </Grid.Col>
    </Grid>
  );
}
