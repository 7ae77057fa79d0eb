/**
 * For other screens (training feedback, reports): `<StandardPassageDrawer standardId opened onClose />`
 * shows a standard's playbook passage from the version the signed-in person may read.
 */
import { Alert, Drawer, Loader, Stack, Text } from '@mantine/core';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { StandardDetails } from './standard-details';

export interface StandardPassageDrawerProps {
  standardId: string | null | undefined;
  opened: boolean;
  onClose: () => void;
}

export function StandardPassageDrawer({ standardId, opened, onClose }: StandardPassageDrawerProps) {
  const passage = useAsync(() => (opened && standardId ? api.getStandard({ id: standardId }) : Promise.resolve(null)), [opened, standardId]);
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title="From the playbook">
      {passage.error ? (
        <Alert color="yellow" role="alert">
          {passage.error.message}
        </Alert>
      ) : !passage.data ? (
        <Loader aria-label="Loading the standard" />
      ) : (
        <Stack>
          <StandardDetails standard={passage.data.standard} standards={[passage.data.standard]} headingOrder={3} />
          <Text size="sm" c="dimmed">
            {passage.data.version ? `Playbook version ${passage.data.version}` : 'From the unpublished draft'}
            {passage.data.chapters.length > 0 && ` · in ${passage.data.chapters.map((c) => `“${c.title}”`).join(', ')}`}
          </Text>
        </Stack>
      )}
    </Drawer>
  );
}
