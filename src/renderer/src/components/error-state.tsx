/** A full-area error with the message the host gave and a retry button. */
import { Alert, Button, Center, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

export function ErrorState({ title, error, onRetry }: { title: string; error: Error; onRetry?: () => void }) {
  return (
    <Center p="xl">
      <Alert color="red" title={title} icon={<IconAlertTriangle />} maw={560} role="alert">
        <Stack gap="sm">
          {error.message}
          {onRetry && (
            <Button variant="light" color="red" onClick={onRetry} w="fit-content">
              Try again
            </Button>
          )}
        </Stack>
      </Alert>
    </Center>
  );
}
