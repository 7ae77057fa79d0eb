/** For managers: who has and hasn't acknowledged each requested version, with due dates and overdue. */
import { Accordion, Badge, Group, Loader, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import type { VersionAckView } from '../../../../shared/contract/playbook-ops';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PersonAvatar } from '../../components/person-avatar';

const day = (d: string) => new Date(`${d}T00:00:00`).toLocaleDateString(undefined, { dateStyle: 'medium' });

function StatusTable({ status }: { status: VersionAckView }) {
  const done = status.people.filter((p) => p.acknowledgedAt).length;
  const total = status.people.length;
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm">
          <b>
            {done} of {total}
          </b>{' '}
          acknowledged{status.dueDate ? ` · due ${day(status.dueDate)}` : ' · no due date'}
        </Text>
        {status.overdue && <Badge color="red">Overdue</Badge>}
      </Group>
      <Progress value={total ? (done / total) * 100 : 100} color={status.overdue ? 'red' : 'teal'} aria-label={`${done} of ${total} acknowledged`} />
      {total === 0 ? (
        <Text size="sm" c="dimmed">
          No active employees or managers to ask yet. Add people on the People page.
        </Text>
      ) : (
        <Table verticalSpacing="xs" aria-label={`Acknowledgements of version ${status.version}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Person</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...status.people]
              .sort((a, b) => Number(!!a.acknowledgedAt) - Number(!!b.acknowledgedAt) || a.name.localeCompare(b.name))
              .map((p) => (
                <Table.Tr key={p.personId} data-person={p.name}>
                  <Table.Td>
                    <Group gap="xs">
                      <PersonAvatar name={p.name} size="sm" />
                      <Text size="sm">{p.name}</Text>
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{p.role}</Text>
                  </Table.Td>
                  <Table.Td>
                    {p.acknowledgedAt ? (
                      <Badge color="teal" variant="light">
                        Acknowledged {new Date(p.acknowledgedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}
                      </Badge>
                    ) : p.overdue ? (
                      <Badge color="red">Overdue — not yet</Badge>
                    ) : (
                      <Badge color="yellow" variant="light">
                        Pending
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

export function AcknowledgementsTab() {
  const status = useAsync(() => api.playbookAckStatus({}), []);
  if (status.error) return <ErrorState title="Could not load acknowledgements" error={status.error} onRetry={status.reload} />;
  if (!status.data) return <Loader aria-label="Loading acknowledgements" />;
  if (status.data.length === 0)
    return (
      <EmptyState icon={<IconChecklist />} title="No version to acknowledge yet">
        When the leader publishes the playbook, everyone is asked to read it and this page shows who has.
      </EmptyState>
    );
  const [current, ...older] = status.data;
  return (
    <Stack>
      <Title order={3}>
        Version {current.version}: {current.summary}
      </Title>
      <Paper withBorder radius="md" p="md">
        <StatusTable status={current} />
      </Paper>
      {older.length > 0 && (
        <>
          <Title order={4} mt="md">
            Earlier versions
          </Title>
          <Accordion variant="contained">
            {older.map((s) => (
              <Accordion.Item key={s.version} value={String(s.version)}>
                <Accordion.Control>
                  Version {s.version}: {s.summary} <Badge ml="xs" size="xs" variant="light" color="gray">replaced</Badge>
                </Accordion.Control>
                <Accordion.Panel>
                  <StatusTable status={s} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      )}
    </Stack>
  );
}
