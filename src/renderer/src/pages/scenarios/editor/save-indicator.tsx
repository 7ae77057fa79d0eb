/** Whether the draft on screen is saved: saved, waiting, saving, not saved (with why). */
import { Badge, Tooltip } from '@mantine/core';
import type { SaveState } from './use-draft-autosave';

export function SaveIndicator({ state, error, onRetry }: { state: SaveState; error: string | null; onRetry: () => void }) {
  if (state === 'error')
    return (
      <Tooltip label={`${error ?? 'The host did not answer.'} Click to try again.`} multiline w={320}>
        <Badge color="red" variant="filled" role="status" style={{ cursor: 'pointer' }} onClick={onRetry}>
          Not saved — retry
        </Badge>
      </Tooltip>
    );
  if (state === 'invalid')
    return (
      <Tooltip label="A field marked in red needs a value before the draft can be saved." multiline w={280}>
        <Badge color="orange" variant="light" role="status">
          Not saved: fix the field in red
        </Badge>
      </Tooltip>
    );
  const label = state === 'saved' ? 'All changes saved' : 'Saving…';
  return (
    <Badge color={state === 'saved' ? 'teal' : 'gray'} variant="light" role="status">
      {label}
    </Badge>
  );
}
