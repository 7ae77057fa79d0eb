/** Shows what the app did on the user's behalf (a restored file, a failed save) until dismissed. */
import { Alert, Stack } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import type { Notice } from '../../../shared/domain/workspace';
import { api } from '../api/client';

const TITLES: Record<Notice['kind'], string> = {
  restored: 'A damaged file was replaced from a backup',
  reset: 'A damaged file could not be restored',
  migrated: 'Your workspace was upgraded',
  'write-failed': 'A change could not be saved',
};

export function NoticesBanner({ notices, onChanged }: { notices: Notice[]; onChanged?: () => void }) {
  if (notices.length === 0) return null;
  return (
    <Stack gap="xs" mb="md" className="cx-no-print">
      {notices.map((notice) => (
        <Alert
          key={notice.id}
          color={notice.kind === 'migrated' ? 'blue' : 'orange'}
          title={TITLES[notice.kind]}
          icon={<IconInfoCircle />}
          withCloseButton={!!onChanged}
          closeButtonLabel="Dismiss"
          onClose={() => void api.dismissNotice({ id: notice.id }).then(onChanged, onChanged)}
          role="status"
        >
          {notice.message}
          {notice.count > 1 && ` (This happened ${notice.count} times, last at ${new Date(notice.at).toLocaleString()}.)`}
        </Alert>
      ))}
    </Stack>
  );
}
