/**
 * Unsaved work across the whole window. Every editor registers what it has not saved yet; when the
 * window is reloaded or closed, pending autosaves are sent at once (as keep-alive requests, so
 * they outlive the page) and the browser asks before leaving while anything is still unsaved.
 * Forms with their own Save button register too: they are not saved behind the user's back, but
 * leaving them is warned about.
 */
import { useEffect, useRef } from 'react';

export interface PendingWork {
  isPending(): boolean;
  /** Sends what is pending now; absent for forms that only warn. */
  flush?(): unknown;
}

const registered = new Set<PendingWork>();
let leavingAt = 0;

/** True for a few seconds after the window started to unload: requests then must outlive the page. */
export const isLeaving = (): boolean => Date.now() - leavingAt < 5_000;

function onBeforeUnload(event: BeforeUnloadEvent): void {
  const pending = [...registered].filter((work) => work.isPending());
  if (pending.length === 0) return;
  leavingAt = Date.now();
  for (const work of pending) void work.flush?.();
  event.preventDefault();
  // Older engines show the prompt only when returnValue is set.
  event.returnValue = '';
}

function onPageHide(): void {
  leavingAt = Date.now();
  for (const work of registered) if (work.isPending()) void work.flush?.();
}

export function registerPendingWork(work: PendingWork): () => void {
  if (registered.size === 0) {
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('pagehide', onPageHide);
  }
  registered.add(work);
  return () => {
    registered.delete(work);
    if (registered.size === 0) {
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('pagehide', onPageHide);
    }
  };
}

/** Registers an editor's pending work for as long as the component is mounted. */
export function usePendingWork(isPending: () => boolean, flush?: () => unknown): void {
  const latest = useRef({ isPending, flush });
  latest.current = { isPending, flush };
  useEffect(
    () =>
      registerPendingWork({
        isPending: () => latest.current.isPending(),
        flush: () => latest.current.flush?.(),
      }),
    [],
  );
}
