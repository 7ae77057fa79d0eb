/**
 * The team's weakest standards over the last 30 days, with the change against the 30 days before;
 * each opens its playbook passage, and "Assign practice" a scenario that trains it.
 */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconArrowDownRight, IconArrowUpRight, IconChartBar, IconMinus } from '@tabler/icons-react';
import type { HomeWeakStandard, ManagerHome } from '../../../../shared/domain/manager-home';
import { plural } from '../../components/plural';
import { pct } from '../reports/report-format';
import { homeLinks } from './home-links';
import { HomeSection } from './home-section';

function Trend({ s }: { s: HomeWeakStandard }) {
  if (s.previousShare === null) return <Text size="xs" c="dimmed">new this month</Text>;
  const points = Math.round((s.share - s.previousShare) * 100);
  if (points === 0)
    return (
      <Group gap={2} c="dimmed" wrap="nowrap">
        <IconMinus size={14} aria-hidden />
        <Text size="xs">same as the month before</Text>
      </Group>
    );
  const up = points > 0;
  return (
    <Group gap={2} c={up ? 'teal' : 'red'} wrap="nowrap">
      {up ? <IconArrowUpRight size={14} aria-hidden /> : <IconArrowDownRight size={14} aria-hidden />}
      <Text size="xs" fw={600}>
        {up ? 'up' : 'down'} {plural(Math.abs(points), 'point')} on the month before
      </Text>
    </Group>
  );
}

export function WeakStandardsSection({ standards }: { standards: ManagerHome['weakStandards'] }) {
  return (
    <HomeSection
      id="standards"
      title="Weakest standards this month"
      icon={<IconChartBar size={20} aria-hidden />}
      isEmpty={standards.items.length === 0}
      empty={`Not enough practice in the last ${standards.windowDays} days to tell: a standard shows here once it has been tested in 3 finished attempts.`}
      seeAll={{ href: homeLinks.teamReport, label: 'See every standard in the team report' }}
    >
      <Text size="xs" c="dimmed">
        Share of the points earned in the last {standards.windowDays} days, against the {standards.windowDays} days before.
      </Text>
      <Stack gap="sm">
        {standards.items.map((s) => (
          <Group key={s.standardId} wrap="nowrap" gap="sm" align="flex-start">
            <Text fw={700} size="lg" w={48} ta="right" lh={1.3} style={{ flexShrink: 0 }} c={s.share < 0.5 ? 'red' : undefined}>
              {pct(s.share)}%
            </Text>
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor href={homeLinks.standard(s.standardId)} size="sm" fw={600}>
                {s.title}
              </Anchor>
              <Group gap="xs" wrap="wrap">
                <Trend s={s} />
                {s.practiceScenarioId && (
                  <Anchor href={homeLinks.assignScenario(s.practiceScenarioId)} size="xs" fw={600} aria-label={`Assign practice for ${s.title}`}>
                    Assign practice
                  </Anchor>
                )}
              </Group>
            </Stack>
          </Group>
        ))}
      </Stack>
    </HomeSection>
  );
}
