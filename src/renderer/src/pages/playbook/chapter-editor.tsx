/**
 * The split editor for one chapter: Markdown on the left, the sanitised preview on the right,
 * toolbar, undo/redo, word count, autosave with a visible state, and images by paste or drop.
 */
import { useDeferredValue, useRef, useState } from 'react';
import { Alert, Button, Grid, Group, Paper, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconLoader2, IconPencil } from '@tabler/icons-react';
import type { Chapter, ServiceStandard } from '../../../../shared/domain/playbook';
import { standardRefMarkup } from '../../../../shared/domain/playbook';
import { api, errorMessage } from '../../api/client';
import { EditorToolbar } from './editor-toolbar';
import { imageFiles, uploadImage } from './image-upload';
import { applyFormat, insertBlock, wordCount, type FormatKind, type TextSelection } from './markdown-edits';
import { MarkdownView } from './markdown-view';
import { dropUnsavedCopy, unsavedCopy, useAutosave, type SaveStatus } from './use-autosave';
import { useUndoHistory } from './use-undo-history';
import { plural } from '../../components/plural';

function SaveState({ status, error, onRetry }: { status: SaveStatus; error: string | null; onRetry: () => void }) {
  if (status === 'error')
    return (
      <Group gap={6} role="status" aria-live="polite">
        <IconAlertTriangle size={16} color="var(--mantine-color-red-text)" />
        <Text size="sm" c="red">
          Not saved: {error}
        </Text>
        <Button size="compact-xs" variant="light" color="red" onClick={onRetry}>
          Try again
        </Button>
      </Group>
    );
  const shown = {
    saved: { icon: <IconCheck size={16} />, text: 'Saved', color: 'teal' },
    saving: { icon: <IconLoader2 size={16} />, text: 'Saving…', color: 'dimmed' },
    unsaved: { icon: <IconPencil size={16} />, text: 'Unsaved changes', color: 'dimmed' },
  }[status];
  return (
    <Group gap={4} role="status" aria-live="polite" c={shown.color}>
      {shown.icon}
      <Text size="sm" c={shown.color}>
        {shown.text}
      </Text>
    </Group>
  );
}

export interface ChapterEditorProps {
  chapter: Chapter;
  standards: readonly ServiceStandard[];
  onOpenStandard: (id: string) => void;
  /** Told after each save, so the page's copy of the draft stays current when chapters switch. */
  onSaved: (id: string, body: string) => void;
}

export function ChapterEditor({ chapter, standards, onOpenStandard, onSaved }: ChapterEditorProps) {
  const history = useUndoHistory(chapter.body);
  const [recovered, setRecovered] = useState(() => unsavedCopy(chapter.id, chapter.body));
  const [imageError, setImageError] = useState<string | null>(null);
  const area = useRef<HTMLTextAreaElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const preview = useDeferredValue(history.value);
  const autosave = useAutosave(chapter.id, history.value, chapter.body, async (body) => {
    await api.savePlaybookChapterBody({ id: chapter.id, body });
    onSaved(chapter.id, body);
  });

  const selection = (): TextSelection => {
    const el = area.current;
    return { text: history.value, start: el?.selectionStart ?? history.value.length, end: el?.selectionEnd ?? history.value.length };
  };
  const apply = (next: TextSelection) => {
    history.change(next.text, { separate: true });
    requestAnimationFrame(() => {
      area.current?.focus();
      area.current?.setSelectionRange(next.start, next.end);
    });
  };
  const format = (kind: FormatKind) => apply(applyFormat(selection(), kind));
  const insert = (block: string) => apply(insertBlock(selection(), block));

  const addImages = async (files: File[]) => {
    setImageError(null);
    for (const file of files) {
      try {
        insert(await uploadImage(file));
      } catch (error) {
        setImageError(errorMessage(error));
      }
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const key = event.key.toLowerCase();
    if ((key === 'z' && event.shiftKey) || key === 'y') {
      event.preventDefault();
      history.redo();
    } else if (key === 'z') {
      event.preventDefault();
      history.undo();
    } else if (key === 'b' || key === 'i') {
      event.preventDefault();
      format(key === 'b' ? 'bold' : 'italic');
    }
  };

  return (
    <Paper withBorder radius="md" p="md">
      {recovered !== null && (
        <Alert color="yellow" mb="sm" title="Unsaved text found" icon={<IconAlertTriangle />}>
          <Text size="sm">CX Dojo closed before the last changes to this chapter were saved. Do you want them back?</Text>
          <Group mt="xs">
            <Button size="xs" onClick={() => (history.change(recovered, { separate: true }), setRecovered(null))}>
              Restore my unsaved text
            </Button>
            <Button size="xs" variant="subtle" onClick={() => (dropUnsavedCopy(chapter.id), setRecovered(null))}>
              Discard it
            </Button>
          </Group>
        </Alert>
      )}
      <Group justify="space-between" mb="xs" wrap="wrap">
        <EditorToolbar
          standards={standards}
          onFormat={format}
          onInsertStandard={(id) => insert(standardRefMarkup(id))}
          onChooseImage={() => fileInput.current?.click()}
          onUndo={() => history.undo()}
          onRedo={() => history.redo()}
          canUndo={history.canUndo}
          canRedo={history.canRedo}
        />
        <Group gap="md">
          <Text size="sm" c="dimmed" aria-label="Word count">
            {plural(wordCount(history.value), 'word')}
          </Text>
          <SaveState status={autosave.status} error={autosave.error} onRetry={() => void autosave.flush()} />
        </Group>
      </Group>
      <input ref={fileInput} type="file" accept="image/png,image/jpeg,image/gif,image/webp" hidden onChange={(e) => void addImages(imageFiles(e.currentTarget.files)).then(() => { if (fileInput.current) fileInput.current.value = ''; })} />
      {imageError && (
        <Alert color="red" mb="xs" withCloseButton onClose={() => setImageError(null)} role="alert">
          {imageError}
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Textarea
            ref={area}
            aria-label={`Text of “${chapter.title}” (Markdown)`}
            value={history.value}
            onChange={(event) => history.change(event.currentTarget.value)}
            onKeyDown={onKeyDown}
            onBlur={() => void autosave.flush()}
            onPaste={(event) => {
              const files = imageFiles(event.clipboardData.files);
              if (files.length) {
                event.preventDefault();
                void addImages(files);
              }
            }}
            onDrop={(event) => {
              const files = imageFiles(event.dataTransfer.files);
              if (files.length) {
                event.preventDefault();
                void addImages(files);
              }
            }}
            autosize
            minRows={22}
            maxRows={40}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 14, lineHeight: 1.55 } }}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Text size="xs" tt="uppercase" fw={700} c="dimmed" mb={4}>
            Preview
          </Text>
          <Paper p="md" radius="sm" bg="var(--mantine-color-body)" withBorder mah={900} style={{ overflowY: 'auto' }} aria-label="Preview">
            <MarkdownView markdown={preview} standards={standards} onOpenStandard={onOpenStandard} />
          </Paper>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
