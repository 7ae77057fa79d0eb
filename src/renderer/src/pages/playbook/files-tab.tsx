/**
 * Import and export of the playbook as a folder of Markdown files (the format of the starter
 * pack). Import is two steps: every problem is listed per file first; then the leader either fixes
 * the files or confirms importing only the files without problems.
 */
import { useRef, useState } from 'react';
import { Alert, Button, Group, List, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconFileZip, IconFolderOpen, IconPrinter } from '@tabler/icons-react';
import type { ImportPreview, VersionSummary } from '../../../../shared/contract/playbook-ops';
import type { PlaybookDraft } from '../../../../shared/domain/playbook';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';
import { downloadFile } from '../../components/download-file';
import { folderFromPicker, zipFolder, type PlaybookFolder } from './playbook-zip';
import { printPlaybook } from './print-playbook';
import { plural } from '../../components/plural';

export function FilesTab({ versions, isLeader, onImported }: { versions: VersionSummary[]; isLeader: boolean; onImported: (draft: PlaybookDraft) => void }) {
  const [source, setSource] = useState<string>(isLeader ? 'draft' : 'latest');
  const [picked, setPicked] = useState<{ folder: PlaybookFolder; preview: ImportPreview } | null>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const exporting = useSubmit();
  const importing = useSubmit();

  const exportZip = () =>
    exporting.run(async () => {
      const result = await api.exportPlaybook({ source: source === 'draft' || source === 'latest' ? source : Number(source) });
      downloadFile(result.fileName, zipFolder(result), 'application/zip');
    });

  const choose = (list: FileList | null) =>
    importing.run(async () => {
      setPicked(null);
      if (!list || list.length === 0) return;
      const folder = await folderFromPicker(list);
      if (folder.files.length === 0) throw new Error('No Markdown or YAML files found. Choose the playbook folder (with playbook.yaml, chapters/ and standards/) or a .zip of it.');
      setPicked({ folder, preview: await api.previewPlaybookImport(folder) });
    });

  const confirm = () =>
    importing.run(async () => {
      if (!picked) return;
      const draft = await api.importPlaybook({ ...picked.folder, confirmSkippingProblems: picked.preview.problems.length > 0 });
      notifications.show({ color: 'teal', message: `Imported ${plural(draft.chapters.length, 'chapter')} and ${plural(draft.standards.length, 'standard')} into the draft.` });
      setPicked(null);
      onImported(draft);
    });

  const sources = [...(isLeader ? [{ value: 'draft', label: 'The draft' }] : []), ...versions.map((v) => ({ value: String(v.number), label: `Version ${v.number}${v === versions[0] ? ' (current)' : ''}` }))];
  const preview = picked?.preview;

  return (
    <Stack gap="xl">
      <Paper withBorder radius="md" p="lg">
        <Title order={3}>Export</Title>
        <Text size="sm" c="dimmed" mb="md">
          A .zip with playbook.yaml, one Markdown file per chapter and one per standard, and the images they show in assets/: the same format as the starter playbook, ready to edit and import again, here or in another workspace.
        </Text>
        <Group align="end">
          <Select label="What to export" data={sources} value={source} onChange={(v) => v && setSource(v)} w={220} allowDeselect={false} disabled={sources.length === 0} />
          <Button leftSection={<IconDownload size={16} />} onClick={() => void exportZip()} loading={exporting.busy} disabled={sources.length === 0}>
            Download playbook.zip
          </Button>
          <Button variant="default" leftSection={<IconPrinter size={16} />} onClick={() => void printPlaybook()} disabled={versions.length === 0}>
            Print / PDF
          </Button>
        </Group>
        {versions.length === 0 && (
          <Text size="sm" c="dimmed" mt="xs">
            Print / PDF prints the published version; publish the playbook first.
          </Text>
        )}
        {exporting.error && (
          <Text c="red" size="sm" mt="xs" role="alert">
            {exporting.error}
          </Text>
        )}
      </Paper>
      {isLeader && (
        <Paper withBorder radius="md" p="lg">
          <Title order={3}>Import</Title>
          <Text size="sm" c="dimmed" mb="md">
            Importing replaces the chapters and standards of the draft (published versions are not touched). First CX Dojo checks every file and lists the problems; files with
            problems are left out, and nothing is imported until you confirm.
          </Text>
          <Group>
            <Button variant="light" leftSection={<IconFolderOpen size={16} />} onClick={() => folderInput.current?.click()} loading={importing.busy && !picked}>
              Choose a folder…
            </Button>
            <Button variant="light" leftSection={<IconFileZip size={16} />} onClick={() => zipInput.current?.click()}>
              Choose a .zip…
            </Button>
          </Group>
          <input
            ref={(el) => {
              folderInput.current = el;
              el?.setAttribute('webkitdirectory', '');
            }}
            type="file"
            multiple
            hidden
            aria-label="Playbook folder"
            onChange={(e) => void choose(e.currentTarget.files).finally(() => (e.target.value = ''))}
          />
          <input ref={zipInput} type="file" accept=".zip,application/zip" hidden aria-label="Playbook zip" onChange={(e) => void choose(e.currentTarget.files).finally(() => (e.target.value = ''))} />
          {importing.error && (
            <Alert color="red" mt="md" role="alert">
              {importing.error}
            </Alert>
          )}
          {preview && (
            <Stack mt="md" gap="sm" role="region" aria-label="Import check">
              <Text fw={600}>
                Found {plural(preview.chapters.length, 'chapter')} and {plural(preview.standards.length, 'standard')} in {plural(picked!.folder.files.length, 'file')}
                {preview.validImages.length > 0 ? `, and ${plural(preview.validImages.length, 'image')}` : ''}.
              </Text>
              {preview.problems.length === 0 ? (
                <Alert color="teal">No problems found. Importing replaces the draft's chapters and standards with these.</Alert>
              ) : (
                <Alert color="orange" title={`${preview.problems.length} problem${preview.problems.length === 1 ? '' : 's'} found`}>
                  <Text size="sm" mb="xs">
                    The files below will be left out. Fix them and choose the folder again, or import only the files without problems.
                  </Text>
                  <Table withRowBorders={false} verticalSpacing={2} aria-label="Problems per file">
                    <Table.Tbody>
                      {preview.problems.map((p, i) => (
                        <Table.Tr key={i}>
                          <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                            <code>
                              {p.file}
                              {p.line ? `:${p.line}` : ''}
                            </code>
                          </Table.Td>
                          <Table.Td>{p.message}</Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Alert>
              )}
              {preview.warnings.length > 0 && (
                <Alert color="yellow" title="Worth a look before importing">
                  <List size="sm">
                    {preview.warnings.map((w) => (
                      <List.Item key={w}>{w}</List.Item>
                    ))}
                  </List>
                </Alert>
              )}
              <Group>
                <Button onClick={() => void confirm()} loading={importing.busy} disabled={preview.chapters.length + preview.standards.length === 0}>
                  {preview.problems.length ? 'Import only the files without problems' : 'Import into the draft'}
                </Button>
                <Button variant="default" onClick={() => setPicked(null)}>
                  Cancel
                </Button>
              </Group>
            </Stack>
          )}
        </Paper>
      )}
    </Stack>
  );
}
