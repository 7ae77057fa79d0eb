/** A service standard's structured fields, as the reader sees them (page, drawer, print). */
import type { ReactNode } from 'react';
import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconTarget, IconX } from '@tabler/icons-react';
import type { ServiceStandard } from '../../../../shared/domain/playbook';
import { MarkdownView } from './markdown-view';

export const CHANNEL_LABELS: Record<string, string> = {
  'instagram-dm': 'Instagram DM',
  'instagram-comment': 'Instagram comments',
  'facebook-messenger': 'Messenger',
  'facebook-comment': 'Facebook comments',
  'live-sale-comment': 'Live-sale comments',
  whatsapp: 'WhatsApp',
  tiktok: 'TikTok',
  line: 'LINE',
  telegram: 'Telegram',
};

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Stack gap={4}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {title}
      </Text>
      {children}
    </Stack>
  );
}

function Items({ items, icon, empty }: { items: string[]; icon: ReactNode; empty: string }) {
  if (items.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  return (
    <List spacing={4} size="sm" icon={icon} center>
      {items.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
}

function Examples({ label, items, good }: { label: string; items: string[]; good: boolean }) {
  return (
    <Section title={label}>
      {items.length === 0 && (
        <Text size="sm" c="dimmed">
          None yet.
        </Text>
      )}
      {items.map((text, i) => (
        <Paper key={i} withBorder p="xs" radius="md" style={{ borderLeft: `4px solid var(--mantine-color-${good ? 'teal' : 'red'}-filled)` }}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            <Text span fw={700} c={good ? 'teal' : 'red'} size="xs" mr={6}>
              {good ? 'GOOD' : 'POOR'}
            </Text>
            {text}
          </Text>
        </Paper>
      ))}
    </Section>
  );
}

export function StandardDetails({ standard, standards, headingOrder = 2 }: { standard: ServiceStandard; standards: readonly ServiceStandard[]; headingOrder?: 2 | 3 }) {
  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="xs" tt="uppercase" fw={700} c="dimmed">
          Service standard
        </Text>
        <Title order={headingOrder}>{standard.title}</Title>
        <Text size="lg">{standard.statement}</Text>
        {standard.target && (
          <Group gap={6}>
            <IconTarget size={16} />
            <Text size="sm" fw={600}>
              Target: {standard.target.text}
            </Text>
          </Group>
        )}
        <Group gap={4}>
          {standard.channels.map((c) => (
            <Badge key={c} variant="light" size="sm">
              {CHANNEL_LABELS[c] ?? c}
            </Badge>
          ))}
        </Group>
      </Stack>
      {standard.whyItMatters.trim() && (
        <Section title="Why it matters to the customer">
          <MarkdownView markdown={standard.whyItMatters} standards={standards} />
        </Section>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Section title="Look for">
          <Items items={standard.lookFors} icon={<IconCheck size={14} color="var(--mantine-color-teal-filled)" />} empty="No look-fors yet." />
        </Section>
        <Section title="Don't">
          <Items items={standard.donts} icon={<IconX size={14} color="var(--mantine-color-red-filled)" />} empty="No don'ts yet." />
        </Section>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Examples label="Good replies" items={standard.examples.good} good />
        <Examples label="Poor replies" items={standard.examples.poor} good={false} />
      </SimpleGrid>
    </Stack>
  );
}
