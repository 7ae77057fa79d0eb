/** The leader's workspace settings: brand, region, idle lock, and where the workspace lives. */
import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Code, Group, NumberInput, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SettingsView } from '../../../../shared/domain/workspace';
import { api } from '../../api/client';
import { RegionSelect } from '../../components/region-select';
import { usePendingWork } from '../../components/pending-work';
import { useSubmit } from '../../components/use-submit';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

export function WorkspaceSection({ settings, editable, onSaved }: { settings: SettingsView; editable: boolean; onSaved: () => void }) {
  const [brandName, setBrandName] = useState(settings.brandName);
  const [region, setRegion] = useState<string | null>(settings.region);
  const [idleMinutes, setIdleMinutes] = useState<number | string>(settings.idleMinutes);
  const [timeZone, setTimeZone] = useState<string | null>(settings.timeZone);
  const { busy, error, fieldErrors, run } = useSubmit();
  usePendingWork(() => brandName !== settings.brandName || region !== settings.region || timeZone !== settings.timeZone || Number(idleMinutes) !== settings.idleMinutes);

  useEffect(() => {
    setBrandName(settings.brandName);
    setRegion(settings.region);
    setIdleMinutes(settings.idleMinutes);
    setTimeZone(settings.timeZone);
  }, [settings]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const saved = await run(() => api.updateSettings({ brandName, region: region ?? undefined, timeZone: timeZone ?? undefined, idleMinutes: Number(idleMinutes) }));
    if (saved) {
      notifications.show({ message: 'Settings saved.', color: 'teal' });
      onSaved();
    }
  }

  return (
    <Paper withBorder p="lg" radius="md" component="form" onSubmit={submit}>
      <Stack gap="sm">
        <Title order={4}>Workspace</Title>
        {settings.dataDir && (
          <Text size="sm">
            Workspace folder: <Code>{settings.dataDir}</Code>
          </Text>
        )}
        <Group grow align="flex-start">
          <TextInput label="Brand name" disabled={!editable} value={brandName} onChange={(e) => setBrandName(e.currentTarget.value)} error={fieldErrors.brandName} />
          <RegionSelect label="Home country or region" disabled={!editable} value={region} onChange={setRegion} />
        </Group>
        <Select
          label="Time zone of reports"
          description="Times in reports and CSV exports are shown in this zone."
          searchable
          maw={320}
          disabled={!editable}
          data={TIME_ZONES.includes(settings.timeZone) ? TIME_ZONES : [settings.timeZone, ...TIME_ZONES]}
          value={timeZone}
          onChange={setTimeZone}
          allowDeselect={false}
          error={fieldErrors.timeZone}
        />
        <NumberInput
          label="Lock after idle (minutes)"
          description="The app locks itself after this long without activity, as shared shop computers need."
          min={1}
          max={240}
          maw={320}
          disabled={!editable}
          value={idleMinutes}
          onChange={setIdleMinutes}
          error={fieldErrors.idleMinutes}
        />
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {editable && (
          <Group>
            <Button type="submit" loading={busy}>
              Save settings
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
