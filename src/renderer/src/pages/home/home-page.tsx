/**
 * The leader's and manager's home (#/home): what needs them today — late and due work by person,
 * replies to review, who has not read the playbook — then how the team is doing: the weakest
 * standards and the latest coaching. Every item links to the screen where it is handled.
 */
import { Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { api } from '../../api/client';
import { useSession } from '../../app/session-context';
import { useAsync } from '../../app/use-async';
import { ErrorState } from '../../components/error-state';
import { plural } from '../../components/plural';
import type { ManagerHome } from '../../../../shared/domain/manager-home';
import { GettingStartedCard } from '../training/home/getting-started-card';
import { CoachingSection } from './coaching-section';
import { DueWorkSection } from './due-work-section';
import { NothingNeedsYou } from './first-steps';
import { PlaybookReadingSection } from './playbook-reading-section';
import { ReviewsSection } from './reviews-section';
import { WeakStandardsSection } from './weak-standards-section';

function todayLine(home: ManagerHome): string {
  const parts = [
    home.due.peopleTotal > 0 ? `${plural(home.due.peopleTotal, 'person', 'people')} behind or due soon` : '',
    home.reviews.total > 0 ? `${plural(home.reviews.total, 'reply', 'replies')} to review` : '',
    home.acknowledgements.pendingTotal > 0 ? `${home.acknowledgements.pendingTotal} yet to read the playbook` : '',
  ].filter(Boolean);
  return parts.length ? `Today: ${parts.join(', ')}.` : '';
}

export function HomePage() {
  const { session } = useSession();
  const home = useAsync(() => api.managerHome({}), []);
  const today = new Date().toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long' });
  if (home.error && !home.data) return <ErrorState title="Could not load your home" error={home.error} onRetry={home.reload} />;
  if (!home.data) return <Loader aria-label="Loading your home" />;
  const data = home.data;
  const isLeader = session.person.role === 'leader';
  const nothingWaiting = data.due.people.length === 0 && data.reviews.total === 0 && data.acknowledgements.pendingTotal === 0;
  return (
    <Stack gap="lg" maw={1200}>
      <div>
        <Title order={2}>Hi {session.person.name.split(' ')[0]}</Title>
        <Text c="dimmed">
          {today}
          {nothingWaiting ? '' : ` · ${todayLine(data)}`}
        </Text>
      </div>
      {isLeader && <GettingStartedCard />}
      {nothingWaiting ? (
        <NothingNeedsYou setup={data.setup} isLeader={isLeader} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <DueWorkSection due={data.due} myId={session.person.id} />
          <Stack gap="md">
            <ReviewsSection reviews={data.reviews} />
            <PlaybookReadingSection acks={data.acknowledgements} myId={session.person.id} />
          </Stack>
        </SimpleGrid>
      )}
      <Title order={3} size="h4" c="dimmed" tt="uppercase" fw={600} style={{ letterSpacing: 0.5 }}>
        How the team is doing
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <WeakStandardsSection standards={data.weakStandards} />
        <CoachingSection comments={data.comments} />
      </SimpleGrid>
    </Stack>
  );
}
