/** People of the shop: who they are, their role, and whether they can sign in. */
import { useState } from 'react';
import { Badge, Button, Group, Loader, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconUserPlus, IconUsers } from '@tabler/icons-react';
import type { PersonView } from '../../../../shared/domain/people';
import { api } from '../../api/client';
import { EmptyState } from '../../components/empty-state';
import { ErrorState } from '../../components/error-state';
import { PersonAvatar } from '../../components/person-avatar';
import { hasRole, useSession } from '../../app/session-context';
import { useAsync } from '../../app/use-async';
import { PersonFormModal } from './person-form-modal';

const ROLE_COLOR = { leader: 'grape', manager: 'blue', employee: 'teal' } as const;

export function PeoplePage() {
  const { session } = useSession();
  const people = useAsync(() => api.listPeople({}), []);
  const [editing, setEditing] = useState<PersonView | null | 'new'>(null);
  const isLeader = hasRole(session.person.role, 'leader');

  const saved = (person: PersonView) => {
    notifications.show({ message: `${person.name} saved.`, color: 'teal' });
    setEditing(null);
    people.reload();
  };

  return (
    <>
      <Group justify="space-between" mb="md">
        <Title order={2}>People</Title>
        <Button leftSection={<IconUserPlus size={18} />} onClick={() => setEditing('new')}>
          Add person
        </Button>
      </Group>
      {people.error && <ErrorState title="Could not load people" error={people.error} onRetry={people.reload} />}
      {!people.data && !people.error && <Loader aria-label="Loading people" />}
      {people.data && people.data.length === 0 && <EmptyState icon={<IconUsers />} title="Nobody here yet" />}
      {people.data && people.data.length > 0 && (
        <Paper withBorder radius="md">
          <Table highlightOnHover verticalSpacing="sm" aria-label="People">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Since</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.data.map((person) => {
                const editable = isLeader || person.role !== 'leader';
                return (
                  <Table.Tr key={person.id} data-person={person.name}>
                    <Table.Td>
                      <Group gap="sm">
                        <PersonAvatar name={person.name} size="sm" />
                        <Text fw={500} c={person.active ? undefined : 'dimmed'}>
                          {person.name}
                        </Text>
                      </Group>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={ROLE_COLOR[person.role]}>
                        {person.role}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{person.active ? <Text size="sm">Active</Text> : <Badge color="gray">Deactivated</Badge>}</Table.Td>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {new Date(person.createdAt).toLocaleDateString()}
                      </Text>
                    </Table.Td>
                    <Table.Td ta="right">
                      {editable && (
                        <Button size="xs" variant="subtle" onClick={() => setEditing(person)} aria-label={`Edit ${person.name}`}>
                          Edit
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Paper>
      )}
      <PersonFormModal
        opened={editing !== null}
        person={editing === 'new' ? null : editing}
        canMakeLeaders={isLeader}
        onClose={() => setEditing(null)}
        onSaved={saved}
      />
    </>
  );
}
