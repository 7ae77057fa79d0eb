/**
 * Where a lazily loaded part appears: a loader while its code arrives, and an error with a way out
 * when it cannot (the host was stopped or updated since the page loaded) or the part fails to render,
 * instead of a blank window.
 */
import { Component, Suspense, type ReactNode } from 'react';
import { Center, Loader } from '@mantine/core';
import { ErrorState } from './error-state';

interface Props {
  /** What is loading, for screen readers: "Loading the playbook editor". */
  label: string;
  /** A full-window loader (before the app frame exists) instead of one in place. */
  fullScreen?: boolean;
  children: ReactNode;
}

export function ChunkBoundary({ label, fullScreen, children }: Props) {
  const fallback = (
    <Center h={fullScreen ? '100vh' : undefined} py={fullScreen ? undefined : 'xl'}>
      <Loader aria-label={label} />
    </Center>
  );
  return (
    <FailureBoundary>
      <Suspense fallback={fallback}>{children}</Suspense>
    </FailureBoundary>
  );
}

class FailureBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const chunkMissing = /dynamically imported module|Importing a module script failed|error loading dynamically/i.test(error.message);
    return (
      <ErrorState
        title={chunkMissing ? 'This part of CX Dojo could not be loaded' : 'This part of CX Dojo stopped working'}
        error={chunkMissing ? new Error('CX Dojo may have been updated or stopped since this window opened. Reload to continue; your saved work is kept.') : error}
        onRetry={() => window.location.reload()}
      />
    );
  }
}
