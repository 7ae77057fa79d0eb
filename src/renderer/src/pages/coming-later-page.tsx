/** The honest placeholder for a page a later version of CX Dojo fills. */
import { Badge } from '@mantine/core';
import { IconHourglassHigh } from '@tabler/icons-react';
import { EmptyState } from '../components/empty-state';

export function ComingLaterPage({ what, detail }: { what: string; detail: string }) {
  return (
    <EmptyState icon={<IconHourglassHigh size={28} />} title={what} action={<Badge variant="light">Coming in a later version</Badge>}>
      {detail}
    </EmptyState>
  );
}
