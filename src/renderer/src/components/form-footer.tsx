/** The end of every dialog form: the host's error (if any), then Cancel and the submit button. */
import type { ReactNode } from 'react';
import { Alert, Button, Group } from '@mantine/core';

interface Props {
  error: string | null;
  busy: boolean;
  submitLabel: ReactNode;
  onCancel: () => void;
}

export function FormFooter({ error, busy, submitLabel, onCancel }: Props) {
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
        <Button type="submit" loading={busy}>
          {submitLabel}
        </Button>
      </Group>
    </>
  );
}
