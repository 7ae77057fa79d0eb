/**
 * The import, step by step: choose or drop the export, upload it (progress, cancellable), check
 * the chat (format, sides, conversations), review redactions, save. The host keeps the pending
 * import in memory; leaving this screen or cancelling discards it.
 */
import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Select, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ImportNeedsColumns, ImportParseResult, ImportPreview } from '../../../../../shared/contract/transcript-ops';
import { FORMAT_CHOICES, type FormatChoice } from '../../../../../shared/domain/transcript';
import { api, ApiError, errorMessage } from '../../../api/client';
import { FORMAT_CHOICE_LABELS } from '../transcript-labels';
import { CsvColumnsForm, type CsvColumns } from './csv-columns-form';
import { FileDropZone } from './file-drop-zone';
import { ExportHelp } from './export-help';
import { PreviewStep, type PreviewChanges } from './preview-step';
import { ReviewStep } from './review-step';
import { UploadCancelled, uploadFiles, type UploadProgress as Progressed } from './upload-files';
import { UploadProgress } from './upload-progress';

type Stage =
  | { step: 'choose' }
  | { step: 'uploading'; fileNames: string[]; progress: Progressed; reading: boolean }
  | { step: 'failed'; fileNames: string[]; canRetry: boolean }
  | { step: 'columns'; columns: ImportNeedsColumns }
  | { step: 'preview'; preview: ImportPreview }
  | { step: 'review'; preview: ImportPreview };

const ACTIVE: Record<Stage['step'], number> = { choose: 0, uploading: 0, failed: 0, columns: 1, preview: 1, review: 2 };

export function ImportFlow({ initialFiles, onDone }: { initialFiles: File[] | null; onDone: (savedIds: string[] | null) => void }) {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [error, setError] = useState<{ title: string; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [format, setFormat] = useState<FormatChoice>('auto');
  const session = useRef<string | null>(null);
  const cancelled = useRef(false);

  const discard = () => {
    cancelled.current = true;
    const id = session.current;
    session.current = null;
    if (id) void api.cancelTranscriptImport({ sessionId: id }).catch(() => undefined);
  };
  // Leaving the screen discards the pending import.
  useEffect(() => discard, []);

  const showParsed = (result: ImportParseResult) => {
    if (result.status === 'needs-columns') setStage({ step: 'columns', columns: result.columns });
    else setStage({ step: 'preview', preview: result.preview });
  };

  const parse = async (fileNames: string[], choice: { format: FormatChoice; csvColumns?: CsvColumns; telegramChatId?: string }) => {
    const sessionId = session.current;
    if (!sessionId) return;
    setError(null);
    setBusy(true);
    try {
      const result = await api.parseTranscriptImport({ sessionId, ...choice });
      // Cancelled (or another file chosen) while the host was reading: drop the late answer.
      if (session.current === sessionId) showParsed(result);
    } catch (e) {
      if (session.current !== sessionId) return;
      setError({ title: `Could not read ${fileNames.join(', ')}`, message: errorMessage(e) });
      setStage({ step: 'failed', fileNames, canRetry: e instanceof ApiError && e.code === 'BAD_FILE' });
    } finally {
      setBusy(false);
    }
  };

  const start = async (files: File[]) => {
    discard();
    cancelled.current = false;
    setError(null);
    setFormat('auto');
    const fileNames = files.map((f) => f.name);
    setStage({ step: 'uploading', fileNames, progress: { sent: 0, total: files.reduce((s, f) => s + f.size, 0) }, reading: false });
    try {
      await uploadFiles(
        files,
        (progress) => !cancelled.current && setStage({ step: 'uploading', fileNames, progress, reading: progress.sent === progress.total }),
        () => cancelled.current,
        (id) => (session.current = id),
      );
    } catch (e) {
      if (e instanceof UploadCancelled || cancelled.current) return;
      discard();
      setError({ title: `Could not import ${fileNames.join(', ')}`, message: errorMessage(e) });
      setStage({ step: 'failed', fileNames, canRetry: false });
      return;
    }
    await parse(fileNames, { format: 'auto' });
  };

  useEffect(() => {
    if (initialFiles?.length) void start(initialFiles);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFiles]);

  const cancel = () => {
    discard();
    setStage({ step: 'choose' });
    setError(null);
    onDone(null);
  };

  const change = async (changes: PreviewChanges) => {
    if (!session.current) return;
    setBusy(true);
    try {
      setStage({ step: 'preview', preview: await api.updateTranscriptImport({ sessionId: session.current, ...changes }) });
    } catch (e) {
      notifications.show({ color: 'red', title: 'That change did not work', message: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const saved = (ids: string[]) => {
    session.current = null;
    notifications.show({ color: 'teal', message: ids.length > 1 ? `${ids.length} transcripts saved to the library.` : 'Transcript saved to the library.' });
    onDone(ids);
  };

  return (
    <Stack gap="lg">
      <Title order={2}>Import a chat</Title>
      <Stepper active={ACTIVE[stage.step]} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Choose the export" />
        <Stepper.Step label="Check the chat" />
        <Stepper.Step label="Review and save" />
      </Stepper>
      {error && (
        <Alert color="red" title={error.title} role="alert">
          {error.message}
        </Alert>
      )}
      {stage.step === 'failed' && stage.canRetry && (
        <Group align="end">
          <Select label="Read the file as" w={320} data={FORMAT_CHOICES.map((f) => ({ value: f, label: FORMAT_CHOICE_LABELS[f] }))} value={format} allowDeselect={false} onChange={(v) => v && setFormat(v as FormatChoice)} />
          <Button loading={busy} onClick={() => void parse(stage.fileNames, { format })}>
            Try again
          </Button>
        </Group>
      )}
      {(stage.step === 'choose' || stage.step === 'failed') && (
        <>
          <FileDropZone onFiles={(files) => void start(files)}>
            <Text size="xs" c="dimmed">
              The file is read and personal data is hidden in memory; nothing is saved until you have reviewed it.
            </Text>
          </FileDropZone>
          <ExportHelp />
          <Group>
            <Button variant="default" onClick={cancel}>
              Back to the library
            </Button>
          </Group>
        </>
      )}
      {stage.step === 'uploading' && <UploadProgress fileNames={stage.fileNames} progress={stage.progress} reading={stage.reading} onCancel={cancel} />}
      {stage.step === 'columns' && <CsvColumnsForm columns={stage.columns} busy={busy} onSubmit={(csvColumns) => void parse([stage.columns.fileName], { format: 'csv', csvColumns })} onCancel={cancel} />}
      {stage.step === 'preview' && (
        <PreviewStep
          preview={stage.preview}
          busy={busy}
          onChange={(c) => void change(c)}
          onReparse={(choice) => void parse(stage.preview.fileNames, choice)}
          onNext={() => setStage({ step: 'review', preview: stage.preview })}
          onCancel={cancel}
        />
      )}
      {stage.step === 'review' && <ReviewStep preview={stage.preview} onBack={() => void change({})} onCancel={cancel} onSaved={saved} />}
    </Stack>
  );
}
