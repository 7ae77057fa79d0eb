/**
 * The Transcripts page and its sub-routes: #/transcripts (library), #/transcripts/trash,
 * #/transcripts/import (the import flow) and #/transcripts/<id> (one transcript, read-only).
 * Files dropped on the library start the import flow with them.
 */
import { useState } from 'react';
import { useHashRoute } from '../../app/use-hash-route';
import { ImportFlow } from './import/import-flow';
import { TranscriptLibrary } from './library/transcript-library';
import { IMPORT_ROUTE, transcriptRoute } from './transcript-labels';
import { TranscriptViewer } from './viewer/transcript-viewer';

export function TranscriptsPage() {
  const [route, navigate] = useHashRoute();
  const [dropped, setDropped] = useState<File[] | null>(null);
  const [, first] = route.split('/');
  if (first === 'import') {
    return (
      <ImportFlow
        initialFiles={dropped}
        onDone={(ids) => {
          setDropped(null);
          navigate(ids?.length === 1 ? transcriptRoute(ids[0]) : 'transcripts');
        }}
      />
    );
  }
  if (first && first !== 'trash') return <TranscriptViewer id={decodeURIComponent(first)} />;
  return (
    <TranscriptLibrary
      trash={first === 'trash'}
      onImport={(files) => {
        setDropped(files);
        navigate(IMPORT_ROUTE);
      }}
    />
  );
}
