/** Choose yourself, enter your PIN. Locked profiles say until when. */
import { useState, type FormEvent } from 'react';
import { Alert, Badge, Button, Center, Group, Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { IconArrowLeft, IconLock } from '@tabler/icons-react';
import type { SignInEntry } from '../../../../shared/domain/people';
import type { AppState, SessionInfo } from '../../../../shared/domain/workspace';
import { api } from '../../api/client';
import { NoticesBanner } from '../../components/notices-banner';
import { PersonAvatar } from '../../components/person-avatar';
import { PinField } from '../../components/pin-input-field';
import { useSubmit } from '../../components/use-submit';

interface Props {
  state: AppState;
  reason: string | null;
  onSignedIn: (session: SessionInfo) => void;
  onRefresh: () => void;
}

export function SignInPage({ state, reason, onSignedIn, onRefresh }: Props) {
  const [chosen, setChosen] = useState<SignInEntry | null>(null);
  const [pin, setPin] = useState('');
  const { busy, error, run, setError } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    const session = await run(() => api.signIn({ personId: chosen.id, pin }));
    setPin('');
    if (session) onSignedIn(session);
    else onRefresh();
  }

  const choose = (person: SignInEntry | null) => {
    setChosen(person);
    setPin('');
    setError(null);
  };

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="lg" w={560}>
        <Stack>
          <div>
            <Title order={2}>{state.brandName}</Title>
            <Text c="dimmed">Sign in to CX Dojo</Text>
          </div>
          {state.demo && <Badge color="orange">Demo shop — not a real workspace</Badge>}
          <NoticesBanner notices={state.notices} />
          {reason && (
            <Alert color="blue" icon={<IconLock />} role="status">
              {reason}
            </Alert>
          )}
          {!chosen ? (
            <>
              <Text fw={500}>Who are you?</Text>
              <SimpleGrid cols={{ base: 2, sm: 3 }}>
                {state.people.map((person) => (
                  <UnstyledButton key={person.id} onClick={() => choose(person)} aria-label={`Sign in as ${person.name}`}>
                    <Paper withBorder p="md" radius="md" ta="center" h="100%">
                      <Stack gap={6} align="center">
                        <PersonAvatar name={person.name} size="lg" />
                        {/* Whole names, wrapped: people who share a first name are told apart by the rest. */}
                        <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
                          {person.name}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {person.role}
                          {person.lockedUntil ? ' · locked' : ''}
                        </Text>
                      </Stack>
                    </Paper>
                  </UnstyledButton>
                ))}
              </SimpleGrid>
            </>
          ) : (
            <form onSubmit={submit}>
              <Stack>
                <Group>
                  <PersonAvatar name={chosen.name} size="lg" />
                  <div style={{ minWidth: 0, flex: 1 }}>
                    <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {chosen.name}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {chosen.role}
                    </Text>
                  </div>
                </Group>
                <PinField label="PIN" autoFocus required value={pin} onChange={(e) => setPin(e.currentTarget.value)} />
                {error && (
                  <Alert color="red" role="alert">
                    {error}
                  </Alert>
                )}
                <Group justify="space-between">
                  <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={() => choose(null)}>
                    Someone else
                  </Button>
                  <Button type="submit" loading={busy}>
                    Sign in
                  </Button>
                </Group>
              </Stack>
            </form>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
