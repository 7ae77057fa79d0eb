/** Any signed-in person can change their own PIN. */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { api } from '../../api/client';
import { PinField } from '../../components/pin-input-field';
import { useSubmit } from '../../components/use-submit';

export function ChangePinSection() {
  const [currentPin, setCurrentPin] = useState('');
  const [newPin, setNewPin] = useState('');
  const [again, setAgain] = useState('');
  const { busy, error, fieldErrors, run, setError } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (newPin !== again) return setError('The two new PINs are not the same.');
    const done = await run(() => api.changeOwnPin({ currentPin, newPin }));
    if (done) {
      notifications.show({ message: 'Your PIN was changed.', color: 'teal' });
      setCurrentPin('');
      setNewPin('');
      setAgain('');
    }
  }

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
      <Stack gap="sm" maw={360}>
        <Title order={4}>Your PIN</Title>
        <PinField label="Current PIN" required value={currentPin} onChange={(e) => setCurrentPin(e.currentTarget.value)} error={fieldErrors.currentPin} />
        <PinField label="New PIN" required value={newPin} onChange={(e) => setNewPin(e.currentTarget.value)} error={fieldErrors.newPin} />
        <PinField label="Repeat the new PIN" required value={again} onChange={(e) => setAgain(e.currentTarget.value)} />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            Change PIN
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
