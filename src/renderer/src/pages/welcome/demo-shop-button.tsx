/**
 * "Try a demo shop": creates a separate demo workspace beside this one (never mixed with the real
 * shop) and explains how to open it — one host serves one folder, so the demo runs in its own
 * window: `npm run web -- --data-dir <folder>` (or `npm run demo -- <folder>` to make another).
 */
import { useState } from 'react';
import { Alert, Button, Code, CopyButton, List, Modal, Stack, Text } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import type { DemoShopResult } from '../../../../shared/contract/progress-ops';
import { api } from '../../api/client';
import { useSubmit } from '../../components/use-submit';

export function DemoShopButton() {
  const [result, setResult] = useState<DemoShopResult | null>(null);
  const { busy, error, run } = useSubmit();
  return (
    <>
      <Button variant="light" leftSection={<IconBuildingStore size={18} />} loading={busy} onClick={async () => setResult((await run(() => api.createDemoShop({}))) ?? null)}>
        Try a demo shop
      </Button>
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Modal opened={result !== null} onClose={() => setResult(null)} title="Your demo shop is ready" size="lg">
        {result && (
          <Stack>
            <Text>
              A demo shop with a dozen people, eight weeks of training, reviews and reports was created in its own folder, separate from your real
              workspace:
            </Text>
            <Code block>{result.path}</Code>
            <Text>Open it in a second window with this command (your real workspace stays untouched):</Text>
            <Code block>{result.command}</Code>
            <CopyButton value={result.command}>
              {({ copied, copy }) => (
                <Button variant="default" onClick={copy} w="fit-content">
                  {copied ? 'Copied' : 'Copy the command'}
                </Button>
              )}
            </CopyButton>
            <Text size="sm">Sign in as any of them with PIN {result.people[0]?.pin}, for example:</Text>
            <List size="sm">
              {result.people.slice(0, 4).map((p) => (
                <List.Item key={p.name}>
                  {p.name} ({p.role})
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Modal>
    </>
  );
}
