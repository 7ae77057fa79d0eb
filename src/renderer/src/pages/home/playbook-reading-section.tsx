/** Who has not yet acknowledged the current playbook version; all of it is handled on the Acknowledgements tab. */
import { Anchor, Group, Progress, Stack, Text } from '@mantine/core';
import { IconBook2 } from '@tabler/icons-react';
import type { ManagerHome } from '../../../../shared/domain/manager-home';
import { PersonAvatar } from '../../components/person-avatar';
import { formatDay } from '../training/home/home-lists';
import { dueWords } from './home-format';
import { homeLinks } from './home-links';
import { HomeSection } from './home-section';

export function PlaybookReadingSection({ acks, myId }: { acks: ManagerHome['acknowledgements']; myId: string }) {
  const done = acks.asked - acks.pendingTotal;
  const empty =
    acks.version === null
      ? 'No playbook is published yet. Once the leader publishes it, everyone who has to read it shows here until they acknowledge it.'
      : `Everyone has acknowledged playbook version ${acks.version}.`;
  return (
    <HomeSection
      id="playbook"
      title={acks.version === null ? 'Playbook reading' : `Not yet read: playbook v${acks.version}`}
      count={acks.pendingTotal}
      icon={<IconBook2 size={20} aria-hidden />}
      isEmpty={acks.pending.length === 0}
      empty={empty}
      seeAll={{ href: homeLinks.acknowledgements, label: acks.pendingTotal > acks.pending.length ? `See all ${acks.pendingTotal} who have not read it` : 'Open the acknowledgements' }}
    >
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {done} of {acks.asked} acknowledged
        </Text>
        <Progress value={acks.asked ? (done / acks.asked) * 100 : 100} size="sm" aria-label={`${done} of ${acks.asked} acknowledged`} />
      </Stack>
      <Stack gap="xs">
        {acks.pending.map((p) => (
          <Group key={p.personId} gap="sm" wrap="nowrap">
            <PersonAvatar name={p.name} size="sm" />
            <Anchor href={homeLinks.acknowledgements} size="sm" fw={600} style={{ minWidth: 0 }}>
              {p.name}
              {p.personId === myId ? ' (you)' : ''}
            </Anchor>
            <Text size="sm" c={p.overdue ? 'red' : 'dimmed'} fw={p.overdue ? 600 : undefined} ml="auto" ta="right" title={p.dueDate ? `Due ${formatDay(p.dueDate)}` : undefined}>
              {p.dueDate ? dueWords(p.dueDate, p.overdue) : 'no due date'}
            </Text>
          </Group>
        ))}
      </Stack>
    </HomeSection>
  );
}
