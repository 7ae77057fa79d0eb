/**
 * While the host has the demo shop open in place of one's own workspace: a bar that says so on
 * every screen (sign-in included) and leads back. Going back reloads the page, so nothing the
 * demo showed stays in memory.
 */
import { useEffect, useState } from 'react';
import { Affix, Button, Group, Paper, Text } from '@mantine/core';
import { IconArrowBackUp, IconBuildingStore } from '@tabler/icons-react';
import { api, errorMessage, sessionToken } from '../api/client';

export function DemoShopBanner({ refreshKey }: { refreshKey: string }) {
  const [canGoBack, setCanGoBack] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api.demoShopState({}).then((state) => setCanGoBack(state.canGoBack), () => setCanGoBack(false));
  }, [refreshKey]);

  if (!canGoBack) return null;
  const goBack = async () => {
    setBusy(true);
    try {
      await api.leaveDemoShop({});
      sessionToken.set(null);
      window.location.reload();
    } catch (caught) {
      setError(errorMessage(caught));
      setBusy(false);
    }
  };
  return (
    <Affix position={{ bottom: 16, left: 16 }} zIndex={300}>
      <Paper withBorder shadow="md" radius="md" p="sm" bg="var(--mantine-color-orange-light)" role="region" aria-label="Demo shop">
        <Group gap="sm" wrap="nowrap">
          <IconBuildingStore size={20} aria-hidden />
          <Text size="sm" fw={500}>
            You are in the demo shop — nothing here is your real shop’s data.
          </Text>
          <Button size="xs" leftSection={<IconArrowBackUp size={16} />} loading={busy} onClick={goBack}>
            Back to my shop
          </Button>
        </Group>
        {error && (
          <Text size="xs" c="red" role="alert" mt={4}>
            {error}
          </Text>
        )}
      </Paper>
    </Affix>
  );
}
