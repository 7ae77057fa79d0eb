/** The newest coaching comments across the team, and whether they have been read; each opens the person's report. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import type { HomeComment } from '../../../../shared/domain/manager-home';
import { agoWords } from './home-format';
import { homeLinks } from './home-links';
import { HomeSection } from './home-section';

export function CoachingSection({ comments }: { comments: HomeComment[] }) {
  return (
    <HomeSection
      id="coaching"
      title="Recent coaching"
      icon={<IconMessageCircle size={20} aria-hidden />}
      isEmpty={comments.length === 0}
      empty="No coaching comments yet. Leave one when you review a reply; the person sees it on their training home."
    >
      <Stack gap="sm">
        {comments.map((c) => (
          <Stack key={c.id} gap={2}>
            <Group gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">
                <Anchor href={homeLinks.person(c.personId)} size="sm" fw={600}>
                  {c.personName}
                </Anchor>
                <Text span size="xs" c="dimmed">
                  {' '}
                  · from {c.authorName} · {agoWords(c.at)}
                </Text>
              </Text>
              {c.readAt === null && (
                <Badge size="sm" variant="default" style={{ flexShrink: 0 }}>
                  Not read yet
                </Badge>
              )}
            </Group>
            <Text size="sm" c="dimmed" lineClamp={2}>
              {c.text}
            </Text>
          </Stack>
        ))}
      </Stack>
    </HomeSection>
  );
}
