/**
 * What a new shop sees instead of an empty to-do list: "Nothing needs you today", then the next
 * steps that would give the home something to show, each linking to where it is done. The leader's
 * steps are the getting-started card's, which the home shows above (it covers publishing and
 * importing chats too).
 */
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconMoodSmile } from '@tabler/icons-react';
import { StepChecklist, type ChecklistStep } from '../../components/step-checklist';
import type { ManagerHome } from '../../../../shared/domain/manager-home';
import { homeLinks } from './home-links';

type Step = ChecklistStep;

export function nextSteps(setup: ManagerHome['setup']): Step[] {
  return [
    { done: setup.playbookPublished, label: 'Ask the leader to publish the playbook', href: homeLinks.playbook, detail: 'Until a version is published, there is nothing for the team to read and acknowledge.' },
    { done: setup.employees > 0, label: 'Add your team', href: homeLinks.people, detail: 'Add the people who answer the chats, each with a starting PIN.' },
    {
      done: setup.openAssignments > 0,
      label: 'Assign a first scenario',
      href: setup.publishedScenarios > 0 ? homeLinks.scenarios : homeLinks.assignments,
      detail: 'Pick a scenario, preview it, and assign it with a due date.',
    },
    { done: setup.finishedAttempts > 0, label: 'Let the team practise', href: homeLinks.assignments, detail: 'Their results, replies to review and weak standards show up here.' },
  ];
}

export function NothingNeedsYou({ setup, isLeader }: { setup: ManagerHome['setup']; isLeader: boolean }) {
  const steps = nextSteps(setup);
  const open = steps.some((s) => !s.done);
  const showSteps = open && !isLeader;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="home-nothing">
      <Stack gap="md">
        <Quiet open={showSteps} />
        {showSteps && (
          <StepChecklist steps={steps} label="Next steps" />
        )}
      </Stack>
    </Paper>
  );
}

function Quiet({ open }: { open: boolean }) {
  return (
    <Group gap="md" wrap="nowrap" align="flex-start">
      <ThemeIcon size={44} radius="xl" variant="light" color="teal" style={{ flexShrink: 0 }}>
        <IconMoodSmile size={26} aria-hidden />
      </ThemeIcon>
      <Stack gap={2}>
        <Title order={3} id="home-nothing">
          Nothing needs you today
        </Title>
        <Text c="dimmed">
          No one is behind on training, no reply is waiting for review and no one has a playbook reading to catch up on.{open ? ' To get the training going:' : ''}
        </Text>
      </Stack>
    </Group>
  );
}
