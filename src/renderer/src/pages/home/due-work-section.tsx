/** Overdue and due-soon assignments, by the person who owes them; each links to its assignment. */
import { Anchor, Group, Stack, Text } from '@mantine/core';
import { IconCalendarDue } from '@tabler/icons-react';
import type { ManagerHome } from '../../../../shared/domain/manager-home';
import { PersonAvatar } from '../../components/person-avatar';
import { plural } from '../../components/plural';
import { dueWords } from './home-format';
import { homeLinks } from './home-links';
import { HomeSection } from './home-section';

export function DueWorkSection({ due, myId }: { due: ManagerHome['due']; myId: string }) {
  const summary = [due.overdue > 0 ? `${plural(due.overdue, 'assignment')} overdue` : '', due.dueSoon > 0 ? `${due.dueSoon} due this week` : ''].filter(Boolean).join(' · ');
  return (
    <HomeSection
      id="due"
      title="Overdue and due soon"
      count={due.peopleTotal}
      icon={<IconCalendarDue size={20} aria-hidden />}
      isEmpty={due.people.length === 0}
      empty="Nobody is behind, and nothing is due in the next 7 days."
      seeAll={{ href: homeLinks.assignments, label: due.peopleTotal > due.people.length ? `See all ${due.peopleTotal} people in Assignments` : 'Open Assignments' }}
    >
      <Text size="sm" c="dimmed">
        {summary}
      </Text>
      <Stack gap="sm">
        {due.people.map((person) => (
          <Group key={person.personId} gap="sm" wrap="nowrap" align="flex-start" data-home-person={person.name}>
            <PersonAvatar name={person.name} size="sm" />
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor href={homeLinks.person(person.personId)} size="sm" fw={600} c="inherit">
                {person.name}
                {person.personId === myId ? ' (you)' : ''}
              </Anchor>
              {person.items.map((item) => (
                <Text key={item.assignmentId} size="sm">
                  <Anchor href={homeLinks.assignment(item.assignmentId)} size="sm">
                    {item.title}
                  </Anchor>{' '}
                  <Text span size="sm" c={item.overdue ? 'red' : 'dimmed'} fw={item.overdue ? 600 : undefined}>
                    · {dueWords(item.dueDate, item.overdue)}
                  </Text>
                </Text>
              ))}
            </Stack>
          </Group>
        ))}
      </Stack>
    </HomeSection>
  );
}
