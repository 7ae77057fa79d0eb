/**
 * "Try a demo shop": the host switches to a demo workspace beside this one (created the first
 * time, never mixed with the real shop) and signs in as its leader, in this same window. The
 * banner the app then shows leads back to one's own workspace.
 */
import { Alert, Button } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import type { SessionInfo } from '../../../../shared/domain/workspace';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';

export function DemoShopButton({ onOpened }: { onOpened: (session: SessionInfo) => void }) {
  const { busy, error, run } = useSubmit();
  const open = async () => {
    const opened = await run(() => api.openDemoShop({}));
    if (opened) onOpened(opened.session);
  };
  return (
    <>
      <Button variant="light" leftSection={<IconBuildingStore size={18} />} loading={busy} onClick={open}>
        Try a demo shop
      </Button>
      {busy && (
        <Alert color="blue" variant="light">
          Preparing the demo shop: a dozen people and eight weeks of training. This takes a few seconds the first time.
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </>
  );
}
