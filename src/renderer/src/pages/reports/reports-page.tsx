/**
 * Reports, for managers and leaders: the team report, one person's report and the review queue,
 * as tabs with their own hash routes (#/reports/person/<id>, #/reports/review/<attemptId>) so
 * reloads and the back button keep the place. Assignments have their own page; the old
 * #/reports/assignments route leads there.
 */
import { useEffect } from 'react';
import '@mantine/charts/styles.css';
import { Group, Loader, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChartBar, IconChecklist, IconUser } from '@tabler/icons-react';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { useHashRoute } from '../../app/use-hash-route';
import { ErrorState } from '../../components/error-state';
import { PersonReportView } from './person-report-view';
import { ReviewAttemptView } from './review-attempt-view';
import { ReviewQueueView } from './review-queue-view';
import { TeamReportView } from './team-report-view';

type Tab = 'team' | 'person' | 'review';

export function ReportsPage() {
  const [route, navigate] = useHashRoute();
  const [, tabPart, idPart] = route.split('/');
  const tab: Tab = tabPart === 'person' || tabPart === 'review' ? tabPart : 'team';
  const go = (next: string) => navigate(`reports${next ? `/${next}` : ''}`);
  useEffect(() => {
    if (tabPart === 'assignments') window.location.replace('#/assignments');
  }, [tabPart]);

  return (
    <Stack gap="md">
      <Title order={2}>Reports</Title>
      <Tabs value={tab} onChange={(t) => go(t === 'team' ? '' : (t ?? ''))} keepMounted={false}>
        <Tabs.List className="cx-no-print">
          <Tabs.Tab value="team" leftSection={<IconChartBar size={16} />}>
            Team
          </Tabs.Tab>
          <Tabs.Tab value="person" leftSection={<IconUser size={16} />}>
            Person
          </Tabs.Tab>
          <Tabs.Tab value="review" leftSection={<IconChecklist size={16} />}>
            Review queue
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="team" pt="md">
          <TeamReportView onOpenPerson={(id) => go(`person/${id}`)} />
        </Tabs.Panel>
        <Tabs.Panel value="person" pt="md">
          <PersonTab personId={idPart ?? null} onChoose={(id) => go(`person/${id}`)} onOpenAttempt={(id) => go(`review/${id}`)} />
        </Tabs.Panel>
        <Tabs.Panel value="review" pt="md">
          {idPart ? <ReviewAttemptView attemptId={idPart} onDone={() => go('review')} /> : <ReviewQueueView onOpen={(id) => go(`review/${id}`)} />}
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function PersonTab({ personId, onChoose, onOpenAttempt }: { personId: string | null; onChoose: (id: string) => void; onOpenAttempt: (id: string) => void }) {
  const people = useAsync(() => api.listPeople({}), []);
  if (people.error) return <ErrorState title="Could not load people" error={people.error} onRetry={people.reload} />;
  if (!people.data) return <Loader aria-label="Loading people" />;
  const choices = people.data.filter((p) => p.active && p.role !== 'leader');
  return (
    <Stack>
      <Group className="cx-no-print">
        <Select label="Person" placeholder="Choose a person…" searchable data={choices.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))} value={personId} onChange={(id) => id && onChoose(id)} w={320} />
      </Group>
      {personId ? (
        <PersonReportView personId={personId} onOpenAttempt={onOpenAttempt} />
      ) : (
        <Text c="dimmed">{choices.length ? 'Choose a person to see their progress, strengths and gaps.' : 'Add employees on the People page first.'}</Text>
      )}
    </Stack>
  );
}
