/**
 * Beside the chat: who the customer is, then the feedback the mode allows (after each reply in
 * coach mode, all at the end in assessment), and the end screen once the conversation is over.
 */
import { useState } from 'react';
import { Button, Card, Group, Popover, Stack, Text, Title } from '@mantine/core';
import { IconDoorExit, IconLock } from '@tabler/icons-react';
import type { AttemptView } from '../../../../../shared/contract/training-ops';
import { EndScreen } from '../feedback/end-screen';
import { StandardPassageDrawer } from '../../playbook/standard-passage-drawer';
import { StepFeedbackCard } from '../feedback/step-feedback-card';
import { goToTraining } from '../training-routes';

function Situation({ view }: { view: AttemptView }) {
  const p = view.scenario.persona;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby="situation-title">
      <Title order={4} id="situation-title" mb="xs">
        The customer: {p.name}
      </Title>
      <Stack gap={4}>
        {p.mood && (
          <Text size="sm">
            <Text span fw={600}>
              Mood:
            </Text>{' '}
            {p.mood}
          </Text>
        )}
        {p.context && (
          <Text size="sm">
            <Text span fw={600}>
              What happened:
            </Text>{' '}
            {p.context}
          </Text>
        )}
        {p.goal && (
          <Text size="sm">
            <Text span fw={600}>
              What they want:
            </Text>{' '}
            {p.goal}
          </Text>
        )}
      </Stack>
    </Card>
  );
}

function LeaveButton({ onLeave, busy }: { onLeave: () => void; busy: boolean }) {
  const [open, setOpen] = useState(false);
  return (
    <Popover opened={open} onChange={setOpen} withArrow trapFocus position="bottom-start">
      <Popover.Target>
        <Button variant="subtle" color="gray" leftSection={<IconDoorExit size={16} />} onClick={() => setOpen((o) => !o)}>
          Leave this attempt
        </Button>
      </Popover.Target>
      <Popover.Dropdown maw={300}>
        <Text size="sm" mb="sm">
          Your replies so far stay on record, but this attempt will not be offered to continue. To pause instead, just go back to training.
        </Text>
        <Group gap="xs">
          <Button size="xs" color="red.9" onClick={onLeave} loading={busy}>
            Leave it
          </Button>
          <Button size="xs" variant="default" onClick={() => setOpen(false)}>
            Keep playing
          </Button>
        </Group>
      </Popover.Dropdown>
    </Popover>
  );
}

export function PlayerSidePanel({ view, revealed, busy, onTryAgain, onLeave }: { view: AttemptView; revealed: boolean; busy: boolean; onTryAgain: () => void; onLeave: () => void }) {
  const [standardId, setStandardId] = useState<string | null>(null);
  const ended = view.status === 'finished' && revealed;
  const cards = [...view.feedback].map((f, i) => ({ f, n: i + 1 }));
  const ordered = ended ? cards : cards.reverse();
  return (
    <Stack gap="md">
      {ended && <EndScreen view={view} busy={busy} onTryAgain={onTryAgain} onBack={goToTraining} onOpenStandard={setStandardId} />}
      {!ended && <Situation view={view} />}
      {view.feedbackHiddenUntilEnd && view.conversation.some((c) => c.kind === 'reply') && (
        <Card withBorder radius="md" padding="md">
          <Group gap="sm" wrap="nowrap">
            <IconLock size={20} aria-hidden />
            <Text size="sm">This is an assessment: your replies are saved, and you will see the feedback on each of them at the end.</Text>
          </Group>
        </Card>
      )}
      {ordered.length > 0 && (
        <Title order={3} size="h4">
          {ended ? 'Feedback on each reply' : 'Feedback'}
        </Title>
      )}
      {ordered.map(({ f, n }) => (
        <StepFeedbackCard key={`${f.stepId}-${n}`} feedback={f} number={n} standards={view.standards} onOpenStandard={setStandardId} />
      ))}
      {view.status === 'in-progress' && (
        <Group>
          <LeaveButton onLeave={onLeave} busy={busy} />
        </Group>
      )}
      <StandardPassageDrawer standardId={standardId} opened={standardId !== null} onClose={() => setStandardId(null)} />
    </Stack>
  );
}
