/** First run: create the workspace with the brand, its region and the owner's leader profile. */
import { useState, type FormEvent } from 'react';
import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { Notice, SessionInfo } from '../../../../shared/domain/workspace';
import { api } from '../../api/client';
import { NoticesBanner } from '../../components/notices-banner';
import { PinField } from '../../components/pin-input-field';
import { RegionSelect } from '../../components/region-select';
import { useSubmit } from '../../components/use-submit';
import { DemoShopButton } from './demo-shop-button';

export function WelcomePage({ notices, onCreated }: { notices: Notice[]; onCreated: (session: SessionInfo) => void }) {
  const [brandName, setBrandName] = useState('');
  const [region, setRegion] = useState<string | null>(null);
  const [leaderName, setLeaderName] = useState('');
  const [pin, setPin] = useState('');
  const [pinAgain, setPinAgain] = useState('');
  const { busy, error, fieldErrors, run, setError } = useSubmit();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!region) return setError('Choose the country or region the shop sells in.');
    if (pin !== pinAgain) return setError('The two PINs are not the same.');
    const session = await run(() => api.createWorkspace({ brandName, region, leaderName, pin }));
    if (session) onCreated(session);
  }

  return (
    <Center mih="100vh" p="md">
      <Paper withBorder shadow="sm" p="xl" radius="lg" w={480} component="form" onSubmit={submit}>
        <Stack>
          <div>
            <Title order={2}>Welcome to CX Dojo</Title>
            <Text c="dimmed" mt={4}>
              Write down the customer experience your shop stands for, and train every staff member on your own chats. First, set up your
              shop's workspace.
            </Text>
          </div>
          <NoticesBanner notices={notices} />
          <TextInput label="Brand name" placeholder="e.g. Kasut Kita" required value={brandName} onChange={(e) => setBrandName(e.currentTarget.value)} error={fieldErrors.brandName} />
          <RegionSelect
            label="Home country or region"
            description="Used for phone numbers and dates in imported chats."
            placeholder="Choose…"
            required
            value={region}
            onChange={setRegion}
            error={fieldErrors.region}
          />
          <TextInput label="Your name" description="You will be the workspace's leader." required value={leaderName} onChange={(e) => setLeaderName(e.currentTarget.value)} error={fieldErrors.leaderName} />
          <PinField label="Choose a PIN" description="4 to 8 digits. You will use it to sign in." required value={pin} onChange={(e) => setPin(e.currentTarget.value)} error={fieldErrors.pin} />
          <PinField label="Repeat the PIN" required value={pinAgain} onChange={(e) => setPinAgain(e.currentTarget.value)} />
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Button type="submit" loading={busy} size="md">
            Create workspace
          </Button>
          <Text c="dimmed" size="sm" ta="center">
            Just looking? Explore a shop that has been training for eight weeks.
          </Text>
          <DemoShopButton onOpened={onCreated} />
        </Stack>
      </Paper>
    </Center>
  );
}
