/** The leader's workspace for the draft: chapter list on the left, the split editor on the right. */
import { useMemo } from 'react';
import { Grid } from '@mantine/core';
import { IconFileText } from '@tabler/icons-react';
import type { PlaybookDraft } from '../../../../shared/domain/playbook';
import { EmptyState } from '../../components/empty-state';
import { ChapterEditor } from './chapter-editor';
import { ChapterListEditor } from './chapter-list-editor';

export interface DraftEditorProps {
  draft: PlaybookDraft;
  chapterId: string | undefined;
  onSelectChapter: (id: string) => void;
  onDraftChanged: (draft: PlaybookDraft | null, select?: string) => void;
  onBodySaved: (id: string, body: string) => void;
  onOpenStandard: (id: string) => void;
}

export function DraftEditor({ draft, chapterId, onSelectChapter, onDraftChanged, onBodySaved, onOpenStandard }: DraftEditorProps) {
  const chapters = useMemo(() => [...draft.chapters].sort((a, b) => a.order - b.order), [draft]);
  const chapter = chapters.find((c) => c.id === chapterId) ?? chapters[0];
  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 3 }}>
        <ChapterListEditor chapters={chapters} selectedId={chapter?.id} onSelect={onSelectChapter} onDraftChanged={onDraftChanged} />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 9 }}>
        {chapter ? (
          <ChapterEditor key={chapter.id} chapter={chapter} standards={draft.standards} onOpenStandard={onOpenStandard} onSaved={onBodySaved} />
        ) : (
          <EmptyState icon={<IconFileText />} title="The draft has no chapters">
            Add a chapter on the left to start writing.
          </EmptyState>
        )}
      </Grid.Col>
    </Grid>
  );
}
