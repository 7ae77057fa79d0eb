/**
 * Before publishing: the sample replies the owner marked "should pass" that the rubric fails. The
 * scenario may still be published, but only after the owner has seen them and confirmed.
 */
import { Button, Group, List, Modal, Text } from '@mantine/core';
import type { Scenario } from '../../../../../shared/domain/scenario';
import { customerMessagesBefore } from '../../../../../shared/domain/customer-messages';
import { api } from '../../../api/client';
import { stepSamples } from './rubric-check';

export interface FailingSample {
  stepId: string;
  text: string;
}

export async function failingShouldPass(scenario: Scenario): Promise<FailingSample[]> {
  const out: FailingSample[] = [];
  for (const [stepId, step] of Object.entries(scenario.steps)) {
    if (step.type !== 'free-text') continue;
    const samples = stepSamples(step).filter((s) => s.expect === 'pass');
    if (samples.length === 0) continue;
    const checks = await api.checkRubricSamples({ stepId, step, samples, language: scenario.language, customerName: scenario.persona.name || undefined, passMark: scenario.passMark, customerMessages: customerMessagesBefore(scenario, stepId) });
    for (const c of checks) if (!c.passed) out.push({ stepId, text: c.sample.text });
  }
  return out;
}

export function ConfirmFailingSamples({ failing, onCancel, onPublish }: { failing: FailingSample[] | null; onCancel: () => void; onPublish: () => void }) {
  return (
    <Modal opened={failing !== null && failing.length > 0} onClose={onCancel} title="Some replies you would pass fail this rubric">
      <Text size="sm">
        {failing?.length === 1 ? 'This sample reply, marked "should pass", fails' : `These ${failing?.length} sample replies, marked "should pass", fail`} the rubric as it stands. Trainees who answer like this would be told they failed.
      </Text>
      <List size="sm" mt="xs" spacing={4}>
        {(failing ?? []).map((f) => (
          <List.Item key={`${f.stepId}:${f.text}`}>
            <Text size="sm" span fw={500}>
              {f.stepId}:
            </Text>{' '}
            <Text size="sm" span>
              {f.text.length > 140 ? `${f.text.slice(0, 137)}…` : f.text}
            </Text>
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          Fix the rubric first
        </Button>
        <Button color="orange" onClick={onPublish}>
          Publish anyway
        </Button>
      </Group>
    </Modal>
  );
}
