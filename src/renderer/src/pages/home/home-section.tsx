/** One card of the manager's home: a heading with its count, the list, and "see all" when it was cut. */
import type { ReactNode } from 'react';
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';

export interface HomeSectionProps {
  id: string;
  title: string;
  /** Shown beside the title when above zero. */
  count?: number;
  icon: ReactNode;
  /** Said instead of the list when there is nothing in it. */
  empty: string;
  isEmpty: boolean;
  seeAll?: { href: string; label: string };
  children: ReactNode;
}

export function HomeSection({ id, title, count, icon, empty, isEmpty, seeAll, children }: HomeSectionProps) {
  const headingId = `home-${id}`;
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="nowrap">
          {icon}
          <Title order={3} size="h4" id={headingId} style={{ flex: 1 }}>
            {title}
          </Title>
          {count !== undefined && count > 0 && (
            <Badge variant="light" size="lg" circle={count < 10} aria-hidden>
              {count}
            </Badge>
          )}
        </Group>
        {isEmpty ? (
          <Text size="sm" c="dimmed">
            {empty}
          </Text>
        ) : (
          children
        )}
        {seeAll && !isEmpty && (
          <Anchor href={seeAll.href} size="sm" fw={500}>
            {seeAll.label}
          </Anchor>
        )}
      </Stack>
    </Paper>
  );
}
