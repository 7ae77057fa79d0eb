/** The team report: headline rates, the mastery heatmap, weakest standards, overdue work and the weekly trend. */
import { useState } from 'react';
import { Alert, Badge, Button, Group, List, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { LineChart } from '@mantine/charts';
import { notifications } from '@mantine/notifications';
import { IconChartBar, IconDownload, IconFileTypePdf, IconInfoCircle } from '@tabler/icons-react';
import { MASTERY_HELP, type TeamReportFilters } from '../../../../shared/domain/progress';
import { api, errorMessage } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { EvidenceModal, type EvidenceTarget } from './evidence-modal';
import { downloadCsv, downloadTeamReportPdf } from './export-files';
import { MasteryHeatmap } from './mastery-heatmap';
import { pct, shortDate } from './report-format';
import { StatCard } from './stat-card';
import { plural } from '../../components/plural';
import { TeamFilters } from './team-filters';

export function TeamReportView({ onOpenPerson }: { onOpenPerson: (personId: string) => void }) {
  const [filters, setFilters] = useState<TeamReportFilters>({});
  const report = useAsync(() => api.teamReport(filters), [JSON.stringify(filters)]);
  const [evidence, setEvidence] = useState<EvidenceTarget | null>(null);
  const exportCsv = async (kind: 'attempts' | 'mastery' | 'acknowledgements') => {
    try {
      const rows = await downloadCsv({ kind, filters });
      notifications.show({ message: `Downloaded ${rows} rows.`, color: 'teal' });
    } catch (error) {
      notifications.show({ message: errorMessage(error), color: 'red' });
    }
  };

  const [pdfBusy, setPdfBusy] = useState(false);
  const savePdf = async () => {
    setPdfBusy(true);
    try {
      const pages = await downloadTeamReportPdf(filters);
      notifications.show({ message: `Downloaded the team report as a PDF (${plural(pages, 'page')}).`, color: 'teal' });
    } catch (error) {
      notifications.show({ message: errorMessage(error), color: 'red' });
    } finally {
      setPdfBusy(false);
    }
  };

  if (report.error) return <ErrorState title="Could not build the team report" error={report.error} onRetry={report.reload} />;
  if (!report.data) return <Loader aria-label="Loading the team report" />;
  const data = report.data;
  const nameOf = (id: string) => data.rows.find((r) => r.personId === id)?.name ?? '';
  const titleOf = (id: string) => data.standards.find((s) => s.id === id)?.title ?? id;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="end">
        <TeamFilters value={filters} channels={data.channels} onChange={setFilters} />
        <Group gap="xs" className="cx-no-print">
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportCsv('attempts')}>
            Attempts CSV
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportCsv('mastery')}>
            Mastery CSV
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => exportCsv('acknowledgements')}>
            Acknowledgements CSV
          </Button>
          <Button variant="light" leftSection={<IconFileTypePdf size={16} />} loading={pdfBusy} onClick={savePdf}>
            Save as PDF
          </Button>
        </Group>
      </Group>
      {data.rows.length === 0 ? (
        <EmptyState icon={<IconChartBar />} title="Nobody to report on yet">
          Add employees and managers on the People page; their progress shows here once they train.
        </EmptyState>
      ) : (
        <>
          <SimpleGrid cols={{ base: 2, md: 5 }}>
            <StatCard label="Attempts" value={String(data.attemptsConsidered)} hint="in the chosen period" />
            <StatCard label="Assignments done" value={data.completionRate === null ? '–' : `${pct(data.completionRate)}%`} hint="of everything assigned and open" />
            <StatCard label="Scenario pass rate" value={data.scenarioPassRate === null ? '–' : `${pct(data.scenarioPassRate)}%`} hint="of assigned scenarios finished" />
            <StatCard label="Playbook acknowledged" value={data.acknowledgementRate === null ? '–' : `${pct(data.acknowledgementRate)}%`} hint="of people asked to read it" />
            <StatCard label="Overdue" value={String(data.overdue.length)} hint="people × assignments past due" />
          </SimpleGrid>
          <Paper withBorder radius="md" p="md">
            <Group justify="space-between" mb="xs">
              <Title order={3}>Mastery per standard</Title>
              <Group gap={6}>
                {(['not-yet', 'developing', 'solid', 'mastered'] as const).map((l, i) => (
                  <Badge key={l} variant="light" color={['red', 'orange', 'teal', 'green'][i]}>
                    {['not yet <50', 'developing 50–69', 'solid 70–84', 'mastered 85+'][i]}
                  </Badge>
                ))}
              </Group>
            </Group>
            <Alert variant="light" icon={<IconInfoCircle />} mb="sm" p="xs">
              <Text size="xs">{MASTERY_HELP} Click a cell to see the attempts behind it.</Text>
            </Alert>
            <MasteryHeatmap report={data} onPerson={onOpenPerson} onCell={(personId, standardId) => setEvidence({ personId, personName: nameOf(personId), standardId, standardTitle: titleOf(standardId) })} />
          </Paper>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="xs">
                Standards, weakest first
              </Title>
              <List spacing={4} size="sm" type="ordered">
                {data.standardsRanked.map((s) => (
                  <List.Item key={s.standardId}>
                    {s.title} — {s.average === null ? <Text span c="dimmed">not enough attempts yet</Text> : <b>{pct(s.average)}</b>}
                    {s.average !== null && <Text span c="dimmed" size="xs">{` (${s.people} people)`}</Text>}
                  </List.Item>
                ))}
              </List>
            </Paper>
            <Stack>
              <Paper withBorder radius="md" p="md">
                <Title order={4} mb="xs">
                  Overdue
                </Title>
                {data.overdue.length === 0 ? (
                  <Text c="dimmed" size="sm">
                    Nothing is overdue.
                  </Text>
                ) : (
                  <List spacing={4} size="sm" aria-label="Overdue list">
                    {data.overdue.map((o) => (
                      <List.Item key={`${o.assignmentId}-${o.personId}`}>
                        <b>{o.name}</b>: {o.title} <Text span c="red" size="xs">(due {shortDate(o.dueDate)})</Text>
                      </List.Item>
                    ))}
                  </List>
                )}
              </Paper>
              <Paper withBorder radius="md" p="md">
                <Title order={4} mb="xs">
                  Trend by week
                </Title>
                {data.weekly.length < 2 ? (
                  <Text c="dimmed" size="sm">
                    The trend appears after two weeks of training.
                  </Text>
                ) : (
                  <LineChart
                    h={200}
                    data={data.weekly.map((w) => ({ week: shortDate(w.week), score: Math.round((w.averageScore ?? 0) * 100), passed: Math.round((w.passRate ?? 0) * 100) }))}
                    dataKey="week"
                    yAxisProps={{ domain: [0, 100] }}
                    series={[
                      { name: 'score', label: 'Average score', color: 'blue.6' },
                      { name: 'passed', label: 'Passed %', color: 'teal.6' },
                    ]}
                    withLegend
                    curveType="monotone"
                  />
                )}
              </Paper>
            </Stack>
          </SimpleGrid>
          {data.assignments.length > 0 && (
            <Paper withBorder radius="md" p="md">
              <Title order={4} mb="xs">
                Open assignments
              </Title>
              <List spacing={4} size="sm">
                {data.assignments.map((a) => (
                  <List.Item key={a.id}>
                    <b>{a.title}</b> —{' '}
                    {a.kind === 'playbook'
                      ? `${a.progress.done} of ${a.progress.total} acknowledged`
                      : `${a.progress.done} of ${a.progress.total} done, ${a.progress.passRate === null ? 'none passed yet' : `${pct(a.progress.passRate)}% passed`}`}
                    {a.dueDate && <Text span c="dimmed">{` · due ${shortDate(a.dueDate)}`}</Text>}
                    {a.kind === 'scenario' && <Text span c="dimmed">{` · ${a.counts} attempt counts`}</Text>}
                  </List.Item>
                ))}
              </List>
            </Paper>
          )}
        </>
      )}
      <EvidenceModal target={evidence} filters={filters} onClose={() => setEvidence(null)} onOpenPerson={(id) => (setEvidence(null), onOpenPerson(id))} />
    </Stack>
  );
}
