/** The end of every dialog form: the host's error (if any), then Cancel and the submit button. */
import type { ReactNode } from 'react';
import { Alert, Button, Group } from '@mantine/core';

interface Props {
  error: string | null;
  busy: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
  /** For a submit that has nothing to do yet. */
  disabled?: boolean;
}

export function FormFooter({ error, busy, submitLabel, onCancel, disabled = false }: Props) {
  return (
    <>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={busy} disabled={disabled}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
