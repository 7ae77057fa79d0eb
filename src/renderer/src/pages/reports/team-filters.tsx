/** Date range, role and channel filters of the team report. */
import { Button, Group, Select, TextInput } from '@mantine/core';
import type { TeamReportFilters } from '../../../../shared/domain/progress';

const CHANNEL_LABEL: Record<string, string> = {
  'instagram-dm': 'Instagram DM',
  'instagram-comment': 'Instagram comments',
  'facebook-messenger': 'Messenger',
  'facebook-comment': 'Facebook comments',
  'live-sale-comment': 'Live sale comments',
  whatsapp: 'WhatsApp',
  tiktok: 'TikTok',
  line: 'LINE',
  telegram: 'Telegram',
};
export const channelLabel = (c: string) => CHANNEL_LABEL[c] ?? c;

export function TeamFilters({ value, channels, onChange }: { value: TeamReportFilters; channels: string[]; onChange: (next: TeamReportFilters) => void }) {
  const set = (patch: Partial<TeamReportFilters>) => onChange(Object.fromEntries(Object.entries({ ...value, ...patch }).filter(([, v]) => v)) as TeamReportFilters);
  return (
    <Group align="end" gap="sm" className="cx-no-print">
      <TextInput type="date" label="From" value={value.from ?? ''} onChange={(e) => set({ from: e.currentTarget.value || undefined })} w={160} />
      <TextInput type="date" label="To" value={value.to ?? ''} onChange={(e) => set({ to: e.currentTarget.value || undefined })} w={160} />
      <Select
        label="Role"
        placeholder="Everyone"
        clearable
        data={[
          { value: 'employee', label: 'Employees' },
          { value: 'manager', label: 'Managers' },
        ]}
        value={value.role ?? null}
        onChange={(role) => set({ role: (role as TeamReportFilters['role']) ?? undefined })}
        w={160}
      />
      <Select label="Channel" placeholder="All channels" clearable data={channels.map((c) => ({ value: c, label: channelLabel(c) }))} value={value.channel ?? null} onChange={(channel) => set({ channel: channel ?? undefined })} w={190} />
      {Object.keys(value).length > 0 && (
        <Button variant="subtle" onClick={() => onChange({})}>
          Clear filters
        </Button>
      )}
    </Group>
  );
}
