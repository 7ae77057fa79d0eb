/**
 * A new workspace's first steps, for its leader: publish the playbook, add the team, bring in a
 * real chat, assign training. Each step links to where it is done and ticks itself off from the
 * workspace's real state; the card disappears once every step is done.
 */
import { Paper, Stack, Title } from '@mantine/core';
import { StepChecklist, type ChecklistStep } from '../../../components/step-checklist';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';

type Step = ChecklistStep;

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
        <StepChecklist steps={steps.data} />
      </Stack>
    </Paper>
  );
}
