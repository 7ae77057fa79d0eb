/**
 * The Scenarios page and its sub-routes: #/scenarios (the library), #/scenarios/<id> (the
 * editor), #/scenarios/from-transcript/<transcriptId> (turn a stored chat into a draft, then edit).
 * Managers get the published scenarios read-only: #/scenarios/<id> is a preview with "Assign".
 */
import { useEffect, useState } from 'react';
import { Loader, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { lazyNamed } from '../../app/lazy-named';
import { useHashRoute } from '../../app/use-hash-route';
import { useSession } from '../../app/session-context';
import { ChunkBoundary } from '../../components/chunk-boundary';
import { ErrorState } from '../../components/error-state';
import { ScenarioLibrary } from './library/scenario-library';
import { ScenarioPreviewPage } from './library/scenario-preview-page';

const ScenarioEditor = lazyNamed(() => import('./editor/scenario-editor').then((m) => m.ScenarioEditor));

export const scenarioEditorRoute = (scenarioId: string): string => `scenarios/${encodeURIComponent(scenarioId)}`;

// One creation per transcript per visit, even when React runs effects twice.
const creations = new Map<string, Promise<string>>();

function FromTranscript({ transcriptId }: { transcriptId: string }) {
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    let pending = creations.get(transcriptId);
    if (!pending) {
      pending = api.createScenarioFromTranscript({ transcriptId }).then((d) => d.item.id);
      creations.set(transcriptId, pending);
      pending.finally(() => setTimeout(() => creations.delete(transcriptId), 5000)).catch(() => undefined);
    }
    let live = true;
    pending.then(
      (id) => live && window.location.replace(`#/${scenarioEditorRoute(id)}`),
      (e: Error) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [transcriptId]);
  if (error) return <ErrorState title="Could not turn this chat into a scenario" error={error} />;
  return (
    <Stack align="center" py="xl">
      <Loader aria-label="Building the scenario" />
      <Text c="dimmed">Building a draft scenario from the chat…</Text>
    </Stack>
  );
}

export function ScenariosPage() {
  const [route] = useHashRoute();
  const { session } = useSession();
  const [, first, second] = route.split('/');
  if (session.person.role !== 'leader') return first ? <ScenarioPreviewPage id={decodeURIComponent(first)} /> : <ScenarioLibrary canEdit={false} />;
  if (first === 'from-transcript' && second) return <FromTranscript transcriptId={decodeURIComponent(second)} />;
  if (first)
    return (
      <ChunkBoundary label="Loading the scenario editor">
        <ScenarioEditor id={decodeURIComponent(first)} />
      </ChunkBoundary>
    );
  return <ScenarioLibrary canEdit />;
}
