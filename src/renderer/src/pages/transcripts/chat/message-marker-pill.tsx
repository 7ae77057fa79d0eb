/** A muted pill for a message the export does not hold: media left out, or a message deleted before the export. */
import { Badge } from '@mantine/core';
import { IconPhotoOff, IconMessageOff } from '@tabler/icons-react';
import type { MessageMarker } from '../../../../../shared/domain/message-markers';

const LABELS: Record<MessageMarker, string> = {
  'media-omitted': 'Photo or file not included in the export',
  deleted: 'Message deleted',
};

export function MessageMarkerPill({ marker }: { marker: MessageMarker }) {
  const Icon = marker === 'deleted' ? IconMessageOff : IconPhotoOff;
  return (
    <Badge variant="light" color="gray" c="dimmed" size="md" tt="none" fw={500} radius="sm" leftSection={<Icon size={14} aria-hidden />} data-marker={marker}>
      {LABELS[marker]}
    </Badge>
  );
}
