/**
 * A new workspace's first steps, for its leader: publish the playbook, add the team, bring in a
 * real chat, assign training. Each step links to where it is done and ticks itself off from the
 * workspace's real state; the card disappears once every step is done.
 */
import { Anchor, List, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';

interface Step {
  done: boolean;
  label: string;
  href: string;
  detail: string;
}

async function loadSteps(): Promise<Step[]> {
  const [playbook, people, transcripts, assignments] = await Promise.all([api.getPlaybook({}), api.listPeople({}), api.listTranscripts({}), api.listAssignments({})]);
  return [
    { done: playbook.latest !== null, label: 'Publish your playbook', href: '#/playbook', detail: 'The starter playbook is your draft: adapt it to your brand, then publish version 1 so the team can read it.' },
    { done: people.length > 1, label: 'Add your team', href: '#/people', detail: 'Give each person a role and a starting PIN.' },
    { done: transcripts.length > 0, label: 'Import a real chat', href: '#/transcripts', detail: 'Export a chat from WhatsApp, Messenger, Instagram, Telegram or LINE; personal data is hidden before it is saved.' },
    { done: assignments.length > 0, label: 'Assign training', href: '#/assignments', detail: 'Give the team a scenario with a due date, from the starter set or your own.' },
  ];
}

export function GettingStartedCard() {
  const steps = useAsync(loadSteps, []);
  if (!steps.data || steps.data.every((s) => s.done)) return null;
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="getting-started-title">
      <Stack gap="sm">
        <Title order={3} id="getting-started-title">
          Getting started
        </Title>
        <List spacing="sm" center={false}>
          {steps.data.map((step) => (
            <List.Item
              key={step.label}
              icon={
                <ThemeIcon variant="light" color={step.done ? 'teal' : 'gray'} radius="xl" size={24}>
                  {step.done ? <IconCircleCheck size={16} /> : <IconCircleDashed size={16} />}
                </ThemeIcon>
              }
            >
              <Anchor href={step.href} fw={600} td={step.done ? 'line-through' : undefined}>
                {step.label}
              </Anchor>
              <Text size="sm" c="dimmed">
                {step.done ? 'Done.' : step.detail}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
