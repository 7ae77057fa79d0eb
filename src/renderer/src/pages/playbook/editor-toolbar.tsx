/** The formatting buttons above the chapter text, each with a name screen readers and tooltips share. */
import type { ReactNode } from 'react';
import { ActionIcon, Divider, Group, Menu, Tooltip } from '@mantine/core';
import { IconArrowBackUp, IconArrowForwardUp, IconBold, IconCertificate, IconHeading, IconItalic, IconLink, IconList, IconPhoto } from '@tabler/icons-react';
import type { ServiceStandard } from '../../../../shared/domain/playbook';
import type { FormatKind } from './markdown-edits';

function Tool({ label, onClick, disabled, children }: { label: string; onClick?: () => void; disabled?: boolean; children: ReactNode }) {
  return (
    <Tooltip label={label}>
      <ActionIcon variant="subtle" color="gray" aria-label={label} onClick={onClick} disabled={disabled}>
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

export interface EditorToolbarProps {
  standards: readonly ServiceStandard[];
  onFormat: (kind: FormatKind) => void;
  onInsertStandard: (id: string) => void;
  onChooseImage: () => void;
  onUndo: () => void;
  onRedo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

export function EditorToolbar(props: EditorToolbarProps) {
  return (
    <Group gap={2} role="toolbar" aria-label="Formatting">
      <Tool label="Bold (Ctrl+B)" onClick={() => props.onFormat('bold')}>
        <IconBold size={18} />
      </Tool>
      <Tool label="Italic (Ctrl+I)" onClick={() => props.onFormat('italic')}>
        <IconItalic size={18} />
      </Tool>
      <Tool label="Heading" onClick={() => props.onFormat('heading')}>
        <IconHeading size={18} />
      </Tool>
      <Tool label="Bulleted list" onClick={() => props.onFormat('list')}>
        <IconList size={18} />
      </Tool>
      <Tool label="Link" onClick={() => props.onFormat('link')}>
        <IconLink size={18} />
      </Tool>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Tooltip label="Insert a service standard">
            <ActionIcon variant="subtle" color="gray" aria-label="Insert a service standard">
              <IconCertificate size={18} />
            </ActionIcon>
          </Tooltip>
        </Menu.Target>
        <Menu.Dropdown mah={360} style={{ overflowY: 'auto' }}>
          {props.standards.length === 0 && <Menu.Label>No standards yet: add one on the Standards tab.</Menu.Label>}
          {props.standards.map((s) => (
            <Menu.Item key={s.id} onClick={() => props.onInsertStandard(s.id)}>
              {s.title}
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Tool label="Add an image (or paste / drop one)" onClick={props.onChooseImage}>
        <IconPhoto size={18} />
      </Tool>
      <Divider orientation="vertical" mx={4} />
      <Tool label="Undo (Ctrl+Z)" onClick={props.onUndo} disabled={!props.canUndo}>
        <IconArrowBackUp size={18} />
      </Tool>
      <Tool label="Redo (Ctrl+Shift+Z)" onClick={props.onRedo} disabled={!props.canRedo}>
        <IconArrowForwardUp size={18} />
      </Tool>
    </Group>
  );
}
