/** A standard's title as a link that opens its playbook passage in the side panel. */
import { Anchor, Group } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import type { StandardRef } from '../../../../../shared/contract/training-ops';

export type OpenStandard = (standardId: string) => void;

export function StandardLink({ standard, onOpen, size = 'sm' }: { standard: StandardRef; onOpen: OpenStandard; size?: 'xs' | 'sm' }) {
  return (
    <Anchor component="button" type="button" size={size} ta="left" onClick={() => onOpen(standard.id)} title="Open this standard in the playbook">
      <Group gap={4} wrap="nowrap" component="span" align="flex-start">
        <IconBook2 size={14} aria-hidden style={{ flexShrink: 0, marginTop: 3 }} />
        {standard.title}
      </Group>
    </Anchor>
  );
}

export const standardFinder = (standards: readonly StandardRef[]) => (id: string | undefined): StandardRef | null =>
  id ? (standards.find((s) => s.id === id) ?? { id, title: id }) : null;
