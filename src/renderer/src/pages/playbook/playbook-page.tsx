/**
 * The playbook page. Everyone reads the latest published version; managers also see version
 * history and who has acknowledged; leaders also edit the draft, its standards, publish, import
 * and export. The host enforces the same rules; the tabs only follow them.
 */
import { Suspense, useEffect, useState } from 'react';
import { Badge, Button, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconBook2, IconSend } from '@tabler/icons-react';
import type { PlaybookDraft } from '../../../../shared/domain/playbook';
import { api } from '../../api/client';
import { hasRole, useSession } from '../../app/session-context';
import { lazyNamed } from '../../app/lazy-named';
import { useAsync } from '../../app/use-async';
import { ChunkBoundary } from '../../components/chunk-boundary';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { AcknowledgeBanner } from './acknowledge-banner';
import { AcknowledgementsTab } from './acknowledgements-tab';
import { FilesTab } from './files-tab';
import { PlaybookReader } from './playbook-reader';
import { usePlaybookLocation, type PlaybookTab } from './playbook-location';
import { PrintVersion } from './print-version';
import { StandardsTab } from './standards-tab';

// What only leaders and managers open (the editor, the date picker, the version compare) loads when first shown.
const DraftEditor = lazyNamed(() => import('./draft-editor').then((m) => m.DraftEditor));
const VersionsTab = lazyNamed(() => import('./versions-tab').then((m) => m.VersionsTab));
const PublishDialog = lazyNamed(() => import('./publish-dialog').then((m) => m.PublishDialog));

export function DraftBadge() {
  return (
    <Badge color="orange" variant="light" size="lg" radius="sm">
      Draft — only leaders can see this
    </Badge>
  );
}

export function PlaybookPage() {
  const { session } = useSession();
  const isLeader = session.person.role === 'leader';
  const isManager = hasRole(session.person.role, 'manager');
  const view = useAsync(() => api.getPlaybook({}), []);
  const [draft, setDraft] = useState<PlaybookDraft | null>(null);
  const [location, go] = usePlaybookLocation();
  const [publishing, setPublishing] = useState(false);
  useEffect(() => setDraft(view.data?.draft ?? null), [view.data]);

  if (view.error && !view.data) return <ErrorState title="Could not open the playbook" error={view.error} onRetry={view.reload} />;
  if (!view.data) return <Loader aria-label="Loading the playbook" />;
  const { latest, versions, pending, acknowledged } = view.data;

  const openStandard = (id: string | undefined) => go({ tab: 'standards', ...(id ? { id } : {}) });
  const openChapter = (id: string) => go({ tab: isLeader && !latest ? 'edit' : 'read', id });
  const draftChanged = (next: PlaybookDraft | null, select?: string) => {
    if (next) setDraft(next);
    else view.reload();
    if (select) go({ tab: 'edit', id: select });
  };
  const bodySaved = (id: string, body: string) => setDraft((d) => (d ? { ...d, chapters: d.chapters.map((c) => (c.id === id ? { ...c, body } : c)) } : d));

  const tabs: { value: PlaybookTab; label: string; show: boolean }[] = [
    { value: 'read', label: 'Read', show: true },
    { value: 'edit', label: 'Edit draft', show: isLeader },
    { value: 'standards', label: 'Standards', show: true },
    { value: 'versions', label: 'Versions', show: isManager },
    { value: 'acknowledgements', label: 'Acknowledgements', show: isManager },
    { value: 'files', label: 'Import & export', show: isManager },
  ];
  const tab = tabs.find((t) => t.value === location.tab && t.show)?.value ?? 'read';

  const readTab = latest ? (
    <Stack gap="md">
      {pending && <AcknowledgeBanner pending={pending} onAcknowledged={view.reload} />}
      {!pending && acknowledged?.version === latest.number && (
        <Text size="sm" c="teal" className="cx-no-print">
          You acknowledged version {latest.number} on {new Date(acknowledged.at).toLocaleDateString(undefined, { dateStyle: 'medium' })}.
        </Text>
      )}
      <PlaybookReader content={latest} draft={false} chapterId={location.tab === 'read' ? location.id : undefined} onOpenChapter={openChapter} onOpenStandard={openStandard} />
    </Stack>
  ) : isLeader ? (
    <EmptyState
      icon={<IconBook2 size={28} />}
      title="Not published yet"
      action={
        <Group>
          <Button variant="light" onClick={() => go({ tab: 'edit' })}>
            Edit the draft
          </Button>
          <Button onClick={() => setPublishing(true)}>Publish version 1</Button>
        </Group>
      }
    >
      Your team can't see the playbook until you publish it. The starter playbook is in your draft: make it sound like your shop, then publish.
    </EmptyState>
  ) : (
    <EmptyState icon={<IconBook2 size={28} />} title="Your leader hasn't published the playbook yet">
      When they do, you will read it here and be asked to confirm you have read it.
    </EmptyState>
  );

  const standardsContent = isLeader ? draft : latest;

  return (
    <>
      <Stack gap="md" className="playbook-screen-only">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2}>Culture playbook</Title>
            <Text size="sm" c="dimmed">
              {latest
                ? `Version ${latest.number}, published ${new Date(latest.publishedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}: ${latest.summary}`
                : 'Nothing published yet.'}
            </Text>
          </div>
          {isLeader && (
            <Group>
              {(tab === 'edit' || tab === 'standards') && <DraftBadge />}
              <Button leftSection={<IconSend size={16} />} onClick={() => setPublishing(true)}>
                Publish…
              </Button>
            </Group>
          )}
        </Group>
        <Tabs value={tab} onChange={(value) => value && go({ tab: value as PlaybookTab })} keepMounted={false}>
          <Tabs.List mb="md">
            {tabs
              .filter((t) => t.show)
              .map((t) => (
                <Tabs.Tab key={t.value} value={t.value}>
                  {t.label}
                </Tabs.Tab>
              ))}
          </Tabs.List>
          <Tabs.Panel value="read">{readTab}</Tabs.Panel>
          {isLeader && draft && (
            <Tabs.Panel value="edit">
              <ChunkBoundary label="Loading the editor">
                <DraftEditor draft={draft} chapterId={location.tab === 'edit' ? location.id : undefined} onSelectChapter={(id) => go({ tab: 'edit', id })} onDraftChanged={draftChanged} onBodySaved={bodySaved} onOpenStandard={openStandard} />
              </ChunkBoundary>
            </Tabs.Panel>
          )}
          <Tabs.Panel value="standards">
            {standardsContent ? (
              <StandardsTab content={standardsContent} editable={isLeader} standardId={location.tab === 'standards' ? location.id : undefined} onOpenStandard={openStandard} onOpenChapter={openChapter} onDraftChanged={draftChanged} />
            ) : (
              readTab
            )}
          </Tabs.Panel>
          {isManager && (
            <>
              <Tabs.Panel value="versions">
                <ChunkBoundary label="Loading the versions">
                  <VersionsTab versions={versions} withDraft={isLeader} />
                </ChunkBoundary>
              </Tabs.Panel>
              <Tabs.Panel value="acknowledgements">
                <AcknowledgementsTab />
              </Tabs.Panel>
              <Tabs.Panel value="files">
                <FilesTab versions={versions} isLeader={isLeader} onImported={(next) => (setDraft(next), go({ tab: 'edit' }))} />
              </Tabs.Panel>
            </>
          )}
        </Tabs>
      </Stack>
      {latest && <PrintVersion version={latest} />}
      {isLeader && (
        <Suspense fallback={null}>
          <PublishDialog
            opened={publishing}
            nextNumber={(versions[0]?.number ?? 0) + 1}
            onClose={() => setPublishing(false)}
            onPublished={(version) => {
              setPublishing(false);
              notifications.show({ color: 'teal', title: `Version ${version.number} published`, message: 'Everyone has been asked to read and acknowledge it.' });
              view.reload();
              go({ tab: 'read' });
            }}
          />
        </Suspense>
      )}
    </>
  );
}
