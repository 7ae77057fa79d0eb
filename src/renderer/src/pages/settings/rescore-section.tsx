/**
 * Scoring rules: re-score past attempts with the current rules. A preview says how many scores,
 * verdicts and mastery levels would change before anything is written; each run is listed with who
 * ran it, and the latest can be undone.
 */
import { useState } from 'react';
import { Alert, Badge, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { RescorePreview } from '../../../../shared/domain/rescore-run';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { FormFooter } from '../../components/form-footer';
import { useSubmit } from '../../components/use-submit';
import { plural } from '../../components/plural';

const percent = (n: number) => `${Math.round(n * 100)}%`;

function PreviewSummary({ preview }: { preview: RescorePreview }) {
  if (preview.considered === 0) return <Text>No one has finished an attempt yet, so nothing would change.</Text>;
  if (preview.changed === 0)
    return <Text>{preview.considered === 1 ? 'The one finished attempt already has' : `All ${preview.considered} finished attempts already have`} the score the current rules give. Nothing would change.</Text>;
  return (
    <Stack gap="xs">
      <Text>
        Of {plural(preview.considered, 'finished attempt', 'finished attempts')}, {plural(preview.changed, 'score', 'scores')} would change:{' '}
        {plural(preview.toPass, 'attempt', 'attempts')} would now pass and {plural(preview.toFail, 'attempt', 'attempts')} would now fail, and{' '}
        {plural(preview.levelsChanged, 'mastery level', 'mastery levels')} (a person on a standard) would move.
      </Text>
      {preview.keptReviewed > 0 && <Text size="sm" c="dimmed">{plural(preview.keptReviewed, 'reviewed attempt keeps', 'reviewed attempts keep')} the reviewer's verdict.</Text>}
      {preview.skippedMissingScenario > 0 && (
        <Text size="sm" c="dimmed">{plural(preview.skippedMissingScenario, 'attempt is', 'attempts are')} left as they are: the scenario version they were played on is no longer in this workspace.</Text>
      )}
      <Table aria-label="Biggest changes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Scenario</Table.Th>
            <Table.Th>Score</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.examples.map((e) => (
            <Table.Tr key={e.attemptId}>
              <Table.Td>{e.personName}</Table.Td>
              <Table.Td>{e.scenarioTitle}</Table.Td>
              <Table.Td>
                {percent(e.before)} → {percent(e.after)}{' '}
                {e.passedBefore !== e.passedAfter && <Badge size="xs" color={e.passedAfter ? 'teal' : 'orange'}>{e.passedAfter ? 'now passes' : 'now fails'}</Badge>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function RescoreSection() {
  const runs = useAsync(() => api.listRescoreRuns({}), []);
  const [preview, setPreview] = useState<RescorePreview | null>(null);
  const { busy, error, run } = useSubmit();

  async function openPreview() {
    const result = await run(() => api.previewRescore({}));
    if (result) setPreview(result);
  }

  async function apply() {
    const done = await run(() => api.applyRescore({}));
    if (done) {
      notifications.show({ color: 'teal', message: `Re-scored ${plural(done.changed, 'attempt', 'attempts')}. Reports now use the new scores.` });
      setPreview(null);
      runs.reload();
    }
  }

  async function undo(runId: string) {
    const done = await run(() => api.undoRescore({ runId }));
    if (done) {
      notifications.show({ color: 'teal', message: 'Re-scoring undone: every attempt has its earlier score back.' });
      runs.reload();
    }
  }

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={4}>Scoring rules</Title>
          <Button variant="light" onClick={openPreview} loading={busy && !preview}>
            Re-score past attempts…
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Attempts keep the score they were given. When CX Dojo's scoring improves, you can re-score past attempts with the current rules; you see what
          would change first, and you can undo it.
        </Text>
        {error && !preview && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {runs.data && runs.data.length > 0 && (
          <Table aria-label="Re-scorings">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>When</Table.Th>
                <Table.Th>By</Table.Th>
                <Table.Th>Changed</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {runs.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{new Date(r.at).toLocaleString()}</Table.Td>
                  <Table.Td>{r.byName}</Table.Td>
                  <Table.Td>
                    {plural(r.changed, 'attempt', 'attempts')} ({r.toPass} now pass, {r.toFail} now fail)
                    {r.undoneAt && (
                      <Text size="xs" c="dimmed">
                        Undone by {r.undoneByName} on {new Date(r.undoneAt).toLocaleString()}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">
                    {r.canUndo && (
                      <Button size="xs" variant="subtle" onClick={() => undo(r.id)} loading={busy}>
                        Undo
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <Modal opened={preview !== null} onClose={() => setPreview(null)} title="Re-score past attempts?" size="lg" centered>
        {preview && (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void apply();
            }}
          >
            <Stack>
              <PreviewSummary preview={preview} />
              <FormFooter error={error} busy={busy} submitLabel={preview.changed === 0 ? 'Re-score' : `Re-score ${plural(preview.changed, 'attempt', 'attempts')}`} onCancel={() => setPreview(null)} disabled={preview.changed === 0} />
            </Stack>
          </form>
        )}
      </Modal>
    </Paper>
  );
}
