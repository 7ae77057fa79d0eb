/**
 * "Preview as trainee": a read-only walk through the conversation as a trainee meets it — the
 * customer's messages, then the decision. Choices follow their reply; a typed reply follows the
 * step's default path (scoring and feedback belong to the real player on the Training page).
 */
import { useState } from 'react';
import { Badge, Button, Group, Modal, Paper, ScrollArea, Stack, Text, Textarea } from '@mantine/core';
import type { Scenario, Step } from '../../../../../shared/domain/scenario';
import { RATING_COLORS } from '../scenario-labels';

type Line = { who: 'customer' | 'trainee'; text: string };

/** Customer steps run on by themselves; stops at a decision, an ending, or a missing step. */
function advance(scenario: Scenario, from: string, lines: Line[]): { at: string | null; lines: Line[] } {
  let at: string | null = from;
  const seen = new Set<string>();
  const out = [...lines];
  while (at && !seen.has(at)) {
    const step: Step | undefined = scenario.steps[at];
    if (step?.type !== 'customer') break;
    seen.add(at);
    for (const m of step.messages) out.push({ who: 'customer', text: [m.image ? `[Image: ${m.image.caption}]` : '', m.text].filter(Boolean).join('\n') });
    at = step.next;
  }
  return { at: at && scenario.steps[at] ? at : null, lines: out };
}

function Bubble({ line, name }: { line: Line; name: string }) {
  const mine = line.who === 'trainee';
  return (
    <Group justify={mine ? 'flex-end' : 'flex-start'}>
      <Paper p="xs" px="sm" radius="lg" maw="80%" bg={mine ? 'var(--mantine-primary-color-light)' : 'var(--mantine-color-default-hover)'}>
        <Text size="xs" c="dimmed">
          {mine ? 'You' : name}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {line.text}
        </Text>
      </Paper>
    </Group>
  );
}

export function PreviewWalk({ scenario }: { scenario: Scenario }) {
  const [state, setState] = useState(() => advance(scenario, scenario.start, []));
  const [draft, setDraft] = useState('');
  const step = state.at ? scenario.steps[state.at] : null;
  const go = (reply: string, next: string) => {
    setState(advance(scenario, next, [...state.lines, { who: 'trainee', text: reply }]));
    setDraft('');
  };
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {scenario.persona.name}
        {scenario.persona.mood ? ` · ${scenario.persona.mood}` : ''}
        {scenario.persona.context ? ` · ${scenario.persona.context}` : ''}
      </Text>
      <ScrollArea.Autosize mah={380}>
        <Stack gap="xs" aria-label="Conversation preview">
          {state.lines.map((line, i) => (
            <Bubble key={i} line={line} name={scenario.persona.name} />
          ))}
        </Stack>
      </ScrollArea.Autosize>
      {step?.type === 'choice' && (
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {step.prompt || 'Choose your reply'}
          </Text>
          {step.options.map((o) => (
            <Button key={o.id} variant="default" justify="flex-start" fw={400} styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }} h="auto" py={6} onClick={() => go(o.text, o.next)}>
              {o.text}
            </Button>
          ))}
        </Stack>
      )}
      {step?.type === 'free-text' && (
        <Stack gap="xs">
          {step.prompt && (
            <Text size="sm" fw={600}>
              {step.prompt}
            </Text>
          )}
          <Textarea label="Your reply" autosize minRows={2} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
          <Button w="fit-content" disabled={draft.trim() === ''} onClick={() => go(draft, typeof step.next === 'string' ? step.next : step.next.default)}>
            Send
          </Button>
        </Stack>
      )}
      {step?.type === 'ending' && (
        <Paper withBorder p="sm" radius="md">
          <Group gap="xs">
            <Badge color={RATING_COLORS[step.rating]}>{step.rating} outcome</Badge>
            <Text size="sm">{step.outcome}</Text>
          </Group>
        </Paper>
      )}
      {!step && (
        <Text size="sm" c="red">
          The conversation stops here: the next step does not exist.
        </Text>
      )}
      <Button variant="subtle" w="fit-content" onClick={() => setState(advance(scenario, scenario.start, []))}>
        Start again
      </Button>
    </Stack>
  );
}

export function TraineePreview({ scenario, opened, onClose }: { scenario: Scenario; opened: boolean; onClose: () => void }) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Preview as trainee: ${scenario.title}`} size="lg">
      {opened && <PreviewWalk scenario={scenario} />}
    </Modal>
  );
}
