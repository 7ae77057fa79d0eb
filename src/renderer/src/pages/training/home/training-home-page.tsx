/**
 * The employee's landing page (#/training): reminders, the playbook to acknowledge, what is assigned
 * (with due dates and overdue marks), what to continue, coaching comments, latest results, and the
 * practice library. Managers and leaders train here too (their own home, #/home, is where the
 * leader's getting-started steps live).
 */
import { useState, type ReactNode } from 'react';
import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { api, errorMessage } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { useSession } from '../../../app/session-context';
import { EmptyState } from '../../../components/empty-state';
import { ErrorState } from '../../../components/error-state';
import { openPlaybookToRead, PendingAcknowledgementCard } from '../../playbook/pending-acknowledgement-card';
import { goToAttempt } from '../training-routes';
import { AssignmentCard, AttemptRow } from './home-lists';
import { CoachingComments, RemindersBanner } from './home-messages';
import { PracticeLibrary } from './practice-library';

function Section({ title, children, count }: { title: string; children: ReactNode; count?: number }) {
  const id = `training-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={3} id={id}>
        {title}
        {count !== undefined && count > 0 ? ` (${count})` : ''}
      </Title>
      {children}
    </Stack>
  );
}

export function TrainingHomePage() {
  const { session } = useSession();
  const home = useAsync(() => api.trainingHome({}), []);
  const library = useAsync(() => api.practiceLibrary({}), []);
  const [starting, setStarting] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const play = async (key: string, scenarioId: string, assignmentId?: string) => {
    setStarting(key);
    setError(null);
    try {
      const attempt = await api.startAttempt({ scenarioId, ...(assignmentId ? { assignmentId } : {}) });
      goToAttempt(attempt.id);
    } catch (caught) {
      setError(errorMessage(caught));
      setStarting(null);
    }
  };

  const data = home.data;
  // Unfinished attempts of a listed assignment continue from its card; this list holds the rest.
  const continueList = (data?.continueAttempts ?? []).filter((c) => !data?.assignments.some((a) => a.inProgressAttemptId === c.attemptId));
  return (
    <Stack gap="xl">
      <div>
        <Title order={2}>Training</Title>
        <Text c="dimmed">Hi {session.person.name.split(' ')[0]} — practise answering customers the way the shop wants, on conversations taken from real chats.</Text>
      </div>
      {error && (
        <Alert color="red" role="alert" withCloseButton closeButtonLabel="Dismiss" onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      {home.error && <ErrorState title="Could not load your training" error={home.error} onRetry={home.reload} />}
      {!data && !home.error && <Loader aria-label="Loading your training" />}
      {data && (
        <>
          <RemindersBanner reminders={data.reminders} />
          <PendingAcknowledgementCard exceptVersions={data.assignments.flatMap((a) => (a.playbookVersion === null ? [] : [a.playbookVersion]))} />
          <Section title="Assigned to you" count={data.assignments.filter((a) => a.status !== 'passed' && a.status !== 'acknowledged').length}>
            {data.assignments.length === 0 ? (
              <EmptyState icon={<IconClipboardCheck />} title="Nothing assigned right now">
                When a manager assigns you a scenario or the playbook to read, it shows here with its due date. Meanwhile, practise anything from the library below.
              </EmptyState>
            ) : (
              data.assignments.map((a) => <AssignmentCard key={a.assignmentId} a={a} busy={starting === a.assignmentId} onPlay={() => (a.kind === 'playbook' ? openPlaybookToRead() : a.inProgressAttemptId ? goToAttempt(a.inProgressAttemptId) : void play(a.assignmentId, a.scenarioId, a.assignmentId))} />)
            )}
          </Section>
          {continueList.length > 0 && (
            <Section title="Continue where you left off">
              {continueList.map((item) => (
                <AttemptRow key={item.attemptId} item={item} action="Continue" onOpen={() => goToAttempt(item.attemptId)} />
              ))}
            </Section>
          )}
          {data.unreadComments.length > 0 && (
            <Section title="Coaching comments" count={data.unreadComments.length}>
              <CoachingComments comments={data.unreadComments} onChanged={home.reload} />
            </Section>
          )}
          <Section title="Your latest results">
            {data.latestResults.length === 0 ? (
              <Text c="dimmed" size="sm">
                No finished role-plays yet. Your scores will show here.
              </Text>
            ) : (
              data.latestResults.map((item) => <AttemptRow key={item.attemptId} item={item} action="See feedback" onOpen={() => goToAttempt(item.attemptId)} />)
            )}
          </Section>
        </>
      )}
      <Section title="Practice library">
        <PracticeLibrary library={library} startingId={starting} onPlay={(id) => {
          const open = library.data?.find((s) => s.scenarioId === id)?.inProgressAttemptId;
          if (open) goToAttempt(open);
          else void play(id, id);
        }} />
      </Section>
    </Stack>
  );
}
