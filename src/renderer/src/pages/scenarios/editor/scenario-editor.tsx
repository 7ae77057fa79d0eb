/**
 * The scenario editor (#/scenarios/<id>): details, an outline of steps with a form per step, the
 * flow of the graph, the problems that block publishing, autosave, preview and publish. Editing a
 * published scenario saves a draft numbered after the latest version.
 */
import { useState } from 'react';
import { Badge, Button, Grid, Group, Loader, Modal, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { ScenarioDetail } from '../../../../../shared/contract/scenario-ops';
import { api, errorMessage } from '../../../api/client';
import { lazyNamed } from '../../../app/lazy-named';
import { useAsync } from '../../../app/use-async';
import { ChunkBoundary } from '../../../components/chunk-boundary';
import { ErrorState } from '../../../components/error-state';
import { downloadFile } from '../../../components/download-file';
import { EditorHeader } from './editor-header';
import { ConfirmFailingSamples, failingShouldPass, type FailingSample } from './failing-samples';
import { MetadataForm } from './metadata-form';
import { ProblemsPanel } from './problems-panel';
import { StepForm } from './step-form';
import { StepOutline } from './step-outline';
import { TraineePreview } from './trainee-preview';
import { useDraftAutosave } from './use-draft-autosave';

// The flow chart library is the editor's largest part; it loads when the Flow tab is first opened.
const FlowView = lazyNamed(() => import('./flow-view').then((m) => m.FlowView));

export function ScenarioEditor({ id }: { id: string }) {
  const detail = useAsync(() => api.getScenario({ id }), [id]);
  if (detail.error && !detail.data) return <ErrorState title="Could not open this scenario" error={detail.error} onRetry={detail.reload} />;
  if (!detail.data) return <Loader aria-label="Loading the scenario" />;
  return <EditorBody key={id} initial={detail.data} />;
}

function EditorBody({ initial }: { initial: ScenarioDetail }) {
  const [detail, setDetail] = useState(initial);
  const draft = useDraftAutosave(initial);
  const { scenario, problems } = draft;
  const [tab, setTab] = useState<string | null>('steps');
  const [selected, setSelected] = useState<string | null>(scenario.start in scenario.steps ? scenario.start : (Object.keys(scenario.steps)[0] ?? null));
  const [previewing, setPreviewing] = useState(false);
  const [publishing, setPublishing] = useState(false);
  const selectedId = selected && scenario.steps[selected] ? selected : (Object.keys(scenario.steps)[0] ?? null);

  const status = draft.hasDraft ? (detail.versions.length > 0 ? 'both' : 'draft') : 'published';
  const blockedBy =
    problems.length > 0
      ? `Publishing is blocked: fix the ${problems.length === 1 ? 'problem' : `${problems.length} problems`} listed under Problems first.`
      : draft.saveState !== 'saved'
        ? 'Wait until the draft is saved.'
        : !draft.hasDraft
          ? 'Nothing to publish: change something first.'
          : null;

  const openStep = (stepId: string) => {
    setSelected(stepId);
    setTab('steps');
  };

  const reloadDetail = async () => {
    const fresh = await api.getScenario({ id: scenario.id });
    setDetail(fresh);
    draft.reset(fresh);
  };

  const [failing, setFailing] = useState<FailingSample[] | null>(null);
  const publish = async (confirmed = false) => {
    setPublishing(true);
    try {
      await draft.saveNow();
      if (!confirmed) {
        const failed = await failingShouldPass(scenario);
        if (failed.length > 0) {
          setFailing(failed);
          return;
        }
      }
      setFailing(null);
      const published = await api.publishScenario({ id: scenario.id });
      notifications.show({ color: 'teal', message: `Published "${scenario.title}" as version ${published.version}.` });
      await reloadDetail();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not published', message: errorMessage(error) });
    } finally {
      setPublishing(false);
    }
  };

  const exportFile = async (source: 'draft' | 'latest') => {
    try {
      await draft.saveNow();
      const file = await api.exportScenario({ id: scenario.id, source });
      downloadFile(file.fileName, file.text, 'application/yaml');
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not exported', message: errorMessage(error) });
    }
  };

  const duplicate = async () => {
    try {
      await draft.saveNow();
      const copy = await api.duplicateScenario({ id: scenario.id });
      notifications.show({ color: 'teal', message: `Made a copy: "${copy.item.title}".` });
      window.location.hash = `/scenarios/${encodeURIComponent(copy.item.id)}`;
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not duplicated', message: errorMessage(error) });
    }
  };

  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const discard = async () => {
    setConfirmingDiscard(false);
    try {
      await draft.saveNow();
      const fresh = await api.discardScenarioDraft({ id: scenario.id });
      setDetail(fresh);
      draft.reset(fresh);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Not discarded', message: errorMessage(error) });
    }
  };

  return (
    <>
      <EditorHeader
        title={scenario.title}
        status={status}
        latestVersion={detail.versions.at(-1)?.version ?? null}
        draftVersion={draft.draftVersion}
        archived={detail.item.archived}
        saveState={draft.saveState}
        saveError={draft.saveError}
        publishBlockedBy={blockedBy}
        publishing={publishing}
        canDiscard={draft.hasDraft && detail.versions.length > 0}
        onRetrySave={() => void draft.saveNow()}
        onPreview={() => setPreviewing(true)}
        onPublish={() => void publish()}
        onExport={(source) => void exportFile(source)}
        onDuplicate={() => void duplicate()}
        onDiscard={() => setConfirmingDiscard(true)}
      />
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="steps">Steps ({Object.keys(scenario.steps).length})</Tabs.Tab>
          <Tabs.Tab value="flow">Flow</Tabs.Tab>
          <Tabs.Tab value="details">Details</Tabs.Tab>
          <Tabs.Tab
            value="problems"
            rightSection={
              <Badge size="sm" circle={problems.length < 10} color={problems.length > 0 ? 'red' : 'teal'} variant={problems.length > 0 ? 'filled' : 'light'}>
                {problems.length}
              </Badge>
            }
          >
            Problems
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="steps">
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
              <StepOutline scenario={scenario} selected={selectedId} onSelect={setSelected} onChange={draft.update} problems={problems} />
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
              {selectedId && <StepForm scenario={scenario} stepId={selectedId} onChange={draft.update} problems={problems} standards={detail.standards} />}
            </Grid.Col>
          </Grid>
        </Tabs.Panel>
        <Tabs.Panel value="flow">
          <Text size="sm" c="dimmed" mb="xs">
            Click a step to edit it. Dashed steps cannot be reached from the start.
          </Text>
          <ChunkBoundary label="Loading the flow chart">
            <FlowView scenario={scenario} selected={selectedId} onSelect={openStep} problems={problems} />
          </ChunkBoundary>
        </Tabs.Panel>
        <Tabs.Panel value="details">
          <MetadataForm scenario={scenario} onChange={draft.update} problems={problems} standards={detail.standards} />
        </Tabs.Panel>
        <Tabs.Panel value="problems">
          <ProblemsPanel scenario={scenario} problems={problems} warnings={draft.warnings} onOpenStep={openStep} onOpenDetails={() => setTab('details')} />
        </Tabs.Panel>
      </Tabs>
      <TraineePreview scenario={scenario} opened={previewing} onClose={() => setPreviewing(false)} />
      <ConfirmFailingSamples failing={failing} onCancel={() => setFailing(null)} onPublish={() => void publish(true)} />
      <Modal opened={confirmingDiscard} onClose={() => setConfirmingDiscard(false)} title="Discard draft changes?">
        <Text size="sm">The scenario goes back to published version {detail.versions.at(-1)?.version}. Your unpublished changes are lost.</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirmingDiscard(false)}>
            Keep editing
          </Button>
          <Button color="red" onClick={() => void discard()}>
            Discard changes
          </Button>
        </Group>
      </Modal>
    </>
  );
}
