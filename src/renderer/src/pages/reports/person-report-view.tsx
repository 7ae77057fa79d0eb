/**
 * One person's report: strengths and gaps in plain words, the score trend, mastery per standard,
 * reply time against targets, assignments, playbook acknowledgements, coaching comments and the
 * filterable attempts history. Managers pick anyone; an employee sees their own.
 */
import { useState } from 'react';
import { Badge, Button, Group, List, Loader, Paper, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { IconFileTypePdf } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { MASTERY_HELP, type AttemptFilters, type PersonReport } from '../../../../shared/domain/progress';
import { api, errorMessage } from '../../api/client';
import { plural } from '../../components/plural';
import { useAsync } from '../../app/use-async';
import { ErrorState } from '../../components/error-state';
import { PersonAttemptsTable } from './person-attempts-table';
import { downloadPersonReportPdf } from './export-files';
import { COUNTS_LABEL, LEVEL_COLOR, STATE_COLOR, STATE_LABEL, dateTime, levelWords, pct, shortDate } from './report-format';
import { StatCard } from './stat-card';

export function PersonReportView({ personId, onOpenAttempt }: { personId: string; onOpenAttempt?: (attemptId: string) => void }) {
  const [filters, setFilters] = useState<AttemptFilters>({});
  const report = useAsync(() => api.personReport({ personId, filters }), [personId, JSON.stringify(filters)]);
  const [pdfBusy, setPdfBusy] = useState(false);
  const savePdf = async () => {
    setPdfBusy(true);
    try {
      const pages = await downloadPersonReportPdf({ personId, filters });
      notifications.show({ message: `Downloaded the report as a PDF (${plural(pages, 'page')}).`, color: 'teal' });
    } catch (error) {
      notifications.show({ message: errorMessage(error), color: 'red' });
    } finally {
      setPdfBusy(false);
    }
  };
  if (report.error) return <ErrorState title="Could not build this report" error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loader aria-label="Loading the report" />;
  const r = report.data;
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={3}>{r.person.name}</Title>
        <Button variant="light" className="cx-no-print" leftSection={<IconFileTypePdf size={16} />} loading={pdfBusy} onClick={savePdf}>
          Save as PDF
        </Button>
      </Group>
      <SummaryCards report={r} />
      <StrengthsAndGaps report={r} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="xs">
            Score trend
          </Title>
          {r.trend.length < 2 ? (
            <Text c="dimmed" size="sm">
              The trend appears after two finished attempts.
            </Text>
          ) : (
            <LineChart h={220} data={r.trend.map((t) => ({ when: shortDate(t.at), score: Math.round(t.score * 100), scenario: t.scenarioTitle }))} dataKey="when" yAxisProps={{ domain: [0, 100] }} series={[{ name: 'score', label: 'Score', color: 'blue.6' }]} curveType="monotone" />
          )}
        </Paper>
        <MasteryList report={r} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AssignmentsList report={r} />
        <Paper withBorder radius="md" p="md">
          <Title order={4} mb="xs">
            Playbook acknowledgements
          </Title>
          {r.acknowledgements.length === 0 ? (
            <Text c="dimmed" size="sm">
              No playbook version has been sent for acknowledgement.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {r.acknowledgements.map((a) => (
                <List.Item key={a.version}>
                  Version {a.version}: {a.acknowledgedAt ? `acknowledged ${shortDate(a.acknowledgedAt)}` : <Text span c={a.overdue ? 'red' : 'dimmed'}>{a.overdue ? `overdue (due ${shortDate(a.dueDate)})` : 'not yet'}</Text>}
                </List.Item>
              ))}
            </List>
          )}
        </Paper>
      </SimpleGrid>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          Coaching comments
        </Title>
        {r.comments.length === 0 ? (
          <Text c="dimmed" size="sm">
            No coaching comments yet.
          </Text>
        ) : (
          <Stack gap="xs">
            {r.comments.slice(0, 10).map((c) => (
              <div key={c.id}>
                <Text size="sm">{c.text}</Text>
                <Text size="xs" c="dimmed">
                  {c.authorName} · {dateTime(c.at)}
                  {c.scenarioTitle ? ` · on "${c.scenarioTitle}"` : ''} · {c.readAt ? 'read' : 'not read yet'}
                </Text>
              </div>
            ))}
          </Stack>
        )}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs">
          Attempts
        </Title>
        <PersonAttemptsTable report={r} filters={filters} onFilters={setFilters} onOpenAttempt={onOpenAttempt} />
      </Paper>
    </Stack>
  );
}

function SummaryCards({ report: r }: { report: PersonReport }) {
  const finished = r.trend.length;
  const avg = finished ? r.trend.reduce((n, t) => n + t.score, 0) / finished : null;
  const rt = r.replyTimes;
  return (
    <SimpleGrid cols={{ base: 2, md: 4 }}>
      <StatCard label="Attempts" value={String(r.totalAttempts)} hint="all time" />
      <StatCard label="Recent average" value={avg === null ? '–' : pct(avg)} hint={`over the last ${finished} finished`} />
      <StatCard label="Replies on time" value={rt.answered ? `${rt.withinTarget} of ${rt.answered}` : '–'} hint="within the standard's reply-time target" />
      <StatCard label="Median reply time" value={rt.medianSec === null ? '–' : `${Math.round(rt.medianSec)} s`} hint={rt.medianTargetSec === null ? undefined : `target ${Math.round(rt.medianTargetSec)} s`} />
    </SimpleGrid>
  );
}

function StrengthsAndGaps({ report: r }: { report: PersonReport }) {
  if (r.strengths.length === 0 && r.gaps.length === 0)
    return (
      <Text c="dimmed" size="sm">
        Strengths and gaps appear once there are at least two finished attempts on a standard.
      </Text>
    );
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs" c="green">
          Strengths
        </Title>
        {r.strengths.length ? <List size="sm" spacing={4}>{r.strengths.map((s) => <List.Item key={s}>{s}</List.Item>)}</List> : <Text c="dimmed" size="sm">No standard is solid yet.</Text>}
      </Paper>
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="xs" c="orange">
          Needs work
        </Title>
        {r.gaps.length ? <List size="sm" spacing={4}>{r.gaps.map((s) => <List.Item key={s}>{s}</List.Item>)}</List> : <Text c="dimmed" size="sm">No gaps: every standard with enough attempts is solid or better.</Text>}
      </Paper>
    </SimpleGrid>
  );
}

function MasteryList({ report: r }: { report: PersonReport }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb={4}>
        Mastery per standard
      </Title>
      <Text size="xs" c="dimmed" mb="xs">
        {MASTERY_HELP}
      </Text>
      <Table verticalSpacing={4} aria-label="Mastery per standard">
        <Table.Tbody>
          {r.mastery.map((m) => (
            <Table.Tr key={m.standardId}>
              <Table.Td>
                <Text size="sm">{r.standards.find((s) => s.id === m.standardId)?.title ?? m.standardId}</Text>
              </Table.Td>
              <Table.Td w={120}>
                <Progress value={(m.value ?? 0) * 100} color={m.level ? LEVEL_COLOR[m.level] : 'gray'} aria-label={`${pct(m.value)} ${levelWords(m)}`} />
              </Table.Td>
              <Table.Td w={130}>
                <Text size="sm">
                  <b>{pct(m.value)}</b> {levelWords(m)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

function AssignmentsList({ report: r }: { report: PersonReport }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={4} mb="xs">
        Assignments
      </Title>
      {r.assignments.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing assigned.
        </Text>
      ) : (
        <Stack gap={6}>
          {r.assignments.map((a) => (
            <Group key={a.id} justify="space-between" wrap="nowrap">
              <div>
                <Text size="sm" fw={500}>
                  {a.title}
                </Text>
                <Text size="xs" c="dimmed">
                  {a.kind === 'scenario' ? `${COUNTS_LABEL[a.counts]} · pass at ${pct(a.passMark)}` : 'Playbook'}
                  {a.dueDate ? ` · due ${shortDate(a.dueDate)}` : ''}
                </Text>
              </div>
              <Group gap={4} wrap="nowrap">
                {a.score !== null && <Text size="sm">{pct(a.score)}</Text>}
                <Badge color={STATE_COLOR[a.state]} variant="light">
                  {STATE_LABEL[a.state]}
                </Badge>
                {a.overdue && <Badge color="red">overdue</Badge>}
              </Group>
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
