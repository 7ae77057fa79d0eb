/**
 * Autosave for the chapter text: saves about a second after typing stops, at once when the editor
 * loses focus, the window is hidden, reloaded or closed (with a warning while unsaved), or the chapter is switched. Every keystroke is also
 * kept in localStorage until the host confirms the save, so a crash loses at most that second.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '../../api/client';
import { usePendingWork } from '../../components/pending-work';

export type SaveStatus = 'saved' | 'unsaved' | 'saving' | 'error';
const DELAY_MS = 1000;
const KEY = (key: string) => `cxdojo.playbook.unsaved.${key}`;

/** Text typed but never confirmed saved (for example the app crashed), if it differs from `saved`. */
export function unsavedCopy(key: string, saved: string): string | null {
  const copy = localStorage.getItem(KEY(key));
  return copy !== null && copy !== saved ? copy : null;
}
export function dropUnsavedCopy(key: string): void {
  localStorage.removeItem(KEY(key));
}

const activeFlushes = new Set<() => Promise<void>>();
/** Saves every editor's pending text now; publishing waits for this so it never misses the last words. */
export async function flushAllAutosaves(): Promise<void> {
  await Promise.all([...activeFlushes].map((flush) => flush()));
}

export function useAutosave(key: string, value: string, savedValue: string, save: (value: string) => Promise<void>) {
  const [status, setStatus] = useState<SaveStatus>(value === savedValue ? 'saved' : 'unsaved');
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(value);
  const saved = useRef(savedValue);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  saveRef.current = save;

  const flush = useCallback(async (): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (inFlight.current) await inFlight.current;
    const text = latest.current;
    if (text === saved.current) return;
    setStatus('saving');
    const run = saveRef.current(text).then(
      () => {
        saved.current = text;
        if (latest.current === text) {
          dropUnsavedCopy(key);
          setStatus('saved');
        } else setStatus('unsaved');
        setError(null);
      },
      (caught: unknown) => {
        setStatus('error');
        setError(errorMessage(caught));
      },
    );
    inFlight.current = run;
    await run;
    inFlight.current = null;
  }, [key]);

  useEffect(() => {
    latest.current = value;
    if (value === saved.current) return;
    localStorage.setItem(KEY(key), value);
    setStatus((s) => (s === 'saving' ? s : 'unsaved'));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), DELAY_MS);
  }, [value, key, flush]);

  usePendingWork(() => latest.current !== saved.current, flush);
  useEffect(() => {
    const onVisibility = () => document.visibilityState === 'hidden' && void flush();
    activeFlushes.add(flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      activeFlushes.delete(flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { status, error, flush };
}
