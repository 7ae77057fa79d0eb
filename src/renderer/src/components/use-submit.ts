/** Runs a form submission, keeping the busy flag and the host's error message for the form. */
import { useState } from 'react';
import { ApiError } from '../api/client';

export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  async function run<T>(action: () => Promise<T>): Promise<T | undefined> {
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      return await action();
    } catch (caught) {
      setError(caught instanceof Error ? caught.message : String(caught));
      if (caught instanceof ApiError && caught.info.issues) {
        setFieldErrors(Object.fromEntries(caught.info.issues.map((i) => [i.path, i.message])));
      }
      return undefined;
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, fieldErrors, run, setError };
}
