/** Written replies waiting for a human look, oldest first; each opens the review screen. */
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import type { ManagerHome } from '../../../../shared/domain/manager-home';
import { pct } from '../reports/report-format';
import { agoWords } from './home-format';
import { homeLinks } from './home-links';
import { HomeSection } from './home-section';

const REASON = { 'auto-failed': ['Auto-failed', 'red'], 'near-pass-mark': ['Near the pass mark', 'orange'], 'free-text': ['Written reply', 'gray'] } as const;

export function ReviewsSection({ reviews }: { reviews: ManagerHome['reviews'] }) {
  return (
    <HomeSection
      id="reviews"
      title="Replies waiting for review"
      count={reviews.total}
      icon={<IconChecklist size={20} aria-hidden />}
      isEmpty={reviews.items.length === 0}
      empty="No written reply is waiting. New ones appear here when someone finishes a scenario."
      seeAll={{ href: homeLinks.reviewQueue, label: reviews.total > reviews.items.length ? `See all ${reviews.total} in the review queue` : 'Open the review queue' }}
    >
      <Stack gap="xs">
        {reviews.items.map((item) => {
          const [reason, color] = REASON[item.reason];
          return (
            <Group key={item.attemptId} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor href={homeLinks.review(item.attemptId)} size="sm" fw={600} aria-label={`Review ${item.personName}'s reply on ${item.scenarioTitle}`}>
                  {item.personName}
                </Anchor>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {item.scenarioTitle} · {item.score === null ? 'no score' : `scored ${pct(item.score)}`} · finished {agoWords(item.endedAt)}
                </Text>
              </Stack>
              {item.reason !== 'free-text' && (
                // Outlined in the reason's colour, written in the text colour: orange or red letters on their light tint fail contrast.
                <Badge variant="default" style={{ flexShrink: 0, borderColor: `var(--mantine-color-${color}-filled)` }}>
                  {reason}
                </Badge>
              )}
            </Group>
          );
        })}
      </Stack>
    </HomeSection>
  );
}
