/** The editor's header: title, status, save state, and the actions (preview, publish, export, duplicate, discard). */
import { ActionIcon, Anchor, Badge, Button, Group, Menu, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconCopy, IconDots, IconDownload, IconEye, IconRocket, IconTrashX } from '@tabler/icons-react';
import type { ScenarioStatus } from '../../../../../shared/contract/scenario-ops';
import { STATUS_COLORS } from '../scenario-labels';
import { SaveIndicator } from './save-indicator';
import type { SaveState } from './use-draft-autosave';

export interface HeaderProps {
  title: string;
  status: ScenarioStatus;
  latestVersion: number | null;
  draftVersion: number;
  archived: boolean;
  saveState: SaveState;
  saveError: string | null;
  publishBlockedBy: string | null;
  publishing: boolean;
  canDiscard: boolean;
  onRetrySave: () => void;
  onPreview: () => void;
  onPublish: () => void;
  onExport: (source: 'draft' | 'latest') => void;
  onDuplicate: () => void;
  onDiscard: () => void;
}

export function EditorHeader(p: HeaderProps) {
  return (
    <Stack gap={4} mb="md">
      <Anchor href="#/scenarios" size="sm" w="fit-content">
        <Group gap={4}>
          <IconArrowLeft size={14} /> All scenarios
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <Stack gap={4}>
          <Title order={2}>{p.title || 'Untitled scenario'}</Title>
          <Group gap="xs">
            {p.latestVersion !== null && (
              <Badge color={STATUS_COLORS.published} variant="light">
                Published v{p.latestVersion}
              </Badge>
            )}
            {p.status !== 'published' && (
              <Badge color={STATUS_COLORS[p.status]} variant="light">
                {p.latestVersion === null ? 'Draft, never published' : `Draft changes for v${p.draftVersion}`}
              </Badge>
            )}
            {p.archived && <Badge color="gray">Archived</Badge>}
            <SaveIndicator state={p.saveState} error={p.saveError} onRetry={p.onRetrySave} />
          </Group>
        </Stack>
        <Group gap="xs">
          <Button variant="default" leftSection={<IconEye size={16} />} onClick={p.onPreview}>
            Preview as trainee
          </Button>
          <Tooltip label={p.publishBlockedBy ?? `Publish as version ${p.draftVersion}`} disabled={!p.publishBlockedBy} multiline w={280}>
            <span>
              <Button leftSection={<IconRocket size={16} />} disabled={p.publishBlockedBy !== null} loading={p.publishing} onClick={p.onPublish}>
                Publish v{p.draftVersion}
              </Button>
            </span>
          </Tooltip>
          <Menu position="bottom-end">
            <Menu.Target>
              <ActionIcon variant="default" size="lg" aria-label="More actions">
                <IconDots size={18} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              {p.status !== 'published' && (
                <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => p.onExport('draft')}>
                  Export the draft (YAML)
                </Menu.Item>
              )}
              {p.latestVersion !== null && (
                <Menu.Item leftSection={<IconDownload size={14} />} onClick={() => p.onExport('latest')}>
                  Export published v{p.latestVersion} (YAML)
                </Menu.Item>
              )}
              <Menu.Item leftSection={<IconCopy size={14} />} onClick={p.onDuplicate}>
                Duplicate
              </Menu.Item>
              {p.canDiscard && (
                <Menu.Item color="red" leftSection={<IconTrashX size={14} />} onClick={p.onDiscard}>
                  Discard draft changes
                </Menu.Item>
              )}
            </Menu.Dropdown>
          </Menu>
        </Group>
      </Group>
      {p.publishBlockedBy && p.status !== 'published' && (
        <Text size="sm" c="dimmed" ta="right" data-testid="publish-blocked-reason">
          {p.publishBlockedBy}
        </Text>
      )}
    </Stack>
  );
}
