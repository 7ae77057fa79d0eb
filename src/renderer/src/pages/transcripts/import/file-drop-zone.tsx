/**
 * Where a chat export is dropped or chosen. The file input opens the native dialog in the desktop
 * app and the browser's picker on the web; the whole zone is a keyboard-reachable button.
 */
import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { Group, Paper, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconFileUpload } from '@tabler/icons-react';

export const ACCEPTED_EXPORTS = '.txt,.zip,.json,.csv,.tsv,text/plain,application/json,text/csv,application/zip';

export function FileDropZone({ onFiles, children, compact }: { onFiles: (files: File[]) => void; children?: ReactNode; compact?: boolean }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const files = [...event.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <Paper
      withBorder
      radius="md"
      p={compact ? 'md' : 'xl'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      data-testid="transcript-drop-zone"
      style={{ borderStyle: 'dashed', borderWidth: 2, borderColor: over ? 'var(--mantine-primary-color-filled)' : undefined, background: over ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      <UnstyledButton w="100%" onClick={() => input.current?.click()}>
        <Group justify="center" gap="md" wrap="nowrap">
          <ThemeIcon size={compact ? 36 : 48} radius="xl" variant="light">
            <IconFileUpload />
          </ThemeIcon>
          <Stack gap={2}>
            <Text fw={600}>Drop a chat export here, or click to choose it</Text>
            <Text size="sm" c="dimmed">
              WhatsApp .txt or .zip, Messenger or Instagram message_1.json (choose every message_N.json of one chat together), Telegram result.json, LINE .txt, or a CSV table.
            </Text>
            {children}
          </Stack>
        </Group>
      </UnstyledButton>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={ACCEPTED_EXPORTS}
        aria-label="Chat export files"
        data-testid="transcript-file-input"
        onChange={(e) => {
          const files = [...(e.currentTarget.files ?? [])];
          e.currentTarget.value = '';
          if (files.length) onFiles(files);
        }}
      />
    </Paper>
  );
}
