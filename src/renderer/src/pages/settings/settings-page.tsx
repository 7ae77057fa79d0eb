/** Settings: appearance and PIN for everyone; workspace, scoring rules and backups for leaders. */
import { Loader, Stack, Title } from '@mantine/core';
import { api } from '../../api/client';
import { hasRole, useSession } from '../../app/session-context';
import { useAsync } from '../../app/use-async';
import { ErrorState } from '../../components/error-state';
import { AppearanceSection } from './appearance-section';
import { BackupsSection } from './backups-section';
import { ChangePinSection } from './change-pin-section';
import { RescoreSection } from './rescore-section';
import { WorkspaceSection } from './workspace-section';

export function SettingsPage() {
  const { session, refreshSession } = useSession();
  const settings = useAsync(() => api.getSettings({}), []);
  const isLeader = hasRole(session.person.role, 'leader');
  return (
    <Stack maw={760}>
      <Title order={2}>Settings</Title>
      <AppearanceSection />
      <ChangePinSection />
      {settings.error && <ErrorState title="Could not load settings" error={settings.error} onRetry={settings.reload} />}
      {!settings.data && !settings.error && <Loader aria-label="Loading settings" />}
      {settings.data && <WorkspaceSection settings={settings.data} editable={isLeader} onSaved={() => { settings.reload(); refreshSession(); }} />}
      {isLeader && <RescoreSection />}
      {isLeader && <BackupsSection onRestored={() => { settings.reload(); refreshSession(); }} />}
    </Stack>
  );
}
