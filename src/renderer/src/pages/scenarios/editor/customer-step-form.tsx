/** A customer step: one or more messages, each with an optional typing delay and image placeholder. */
import { ActionIcon, Group, NumberInput, Paper, Stack, Switch, TextInput, Textarea, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { CustomerMessage, CustomerStep, Scenario } from '../../../../../shared/domain/scenario';
import { AddButton, NextStepSelect } from './field-inputs';
import { fieldError, type EditorProblem } from './problems';

export function CustomerStepForm({ scenario, stepId, step, onChange, problems }: { scenario: Scenario; stepId: string; step: CustomerStep; onChange: (step: CustomerStep) => void; problems: EditorProblem[] }) {
  const at = `steps.${stepId}`;
  const setMessage = (i: number, message: CustomerMessage) => onChange({ ...step, messages: step.messages.map((m, k) => (k === i ? message : m)) });
  return (
    <Stack gap="sm">
      {step.messages.map((message, i) => {
        const p = `${at}.messages[${i}]`;
        return (
          <Paper key={i} withBorder p="sm" radius="md" role="group" aria-label={`Customer message ${i + 1}`}>
            <Stack gap="xs">
              <Group wrap="nowrap" align="flex-start">
                <Textarea
                  style={{ flex: 1 }}
                  label={`Message ${i + 1}`}
                  autosize
                  minRows={2}
                  value={message.text}
                  onChange={(e) => setMessage(i, { ...message, text: e.currentTarget.value })}
                  error={fieldError(problems, p)}
                />
                <Tooltip label="Remove this message">
                  <ActionIcon mt={26} variant="subtle" color="red" disabled={step.messages.length === 1} aria-label={`Remove message ${i + 1}`} onClick={() => onChange({ ...step, messages: step.messages.filter((_, k) => k !== i) })}>
                    <IconTrash size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
              <Group grow align="flex-start">
                <NumberInput
                  label="Typing delay (seconds)"
                  description="Before this message appears"
                  min={0}
                  max={60}
                  step={0.5}
                  decimalScale={1}
                  value={message.delayMs === undefined ? '' : message.delayMs / 1000}
                  onChange={(v) => setMessage(i, withDelay(message, typeof v === 'number' ? Math.round(v * 1000) : undefined))}
                />
                <Stack gap={4}>
                  <Switch
                    mt={4}
                    label="Sends an image"
                    checked={message.image !== undefined}
                    onChange={(e) => setMessage(i, withImage(message, e.currentTarget.checked ? 'Photo from the customer' : undefined))}
                  />
                  {message.image && (
                    <TextInput
                      aria-label="Image caption"
                      placeholder='e.g. "photo of the boots from your feed"'
                      value={message.image.caption}
                      onChange={(e) => setMessage(i, withImage(message, e.currentTarget.value))}
                      error={fieldError(problems, `${p}.image.caption`)}
                    />
                  )}
                </Stack>
              </Group>
            </Stack>
          </Paper>
        );
      })}
      <AddButton onClick={() => onChange({ ...step, messages: [...step.messages, { text: 'Another message', delayMs: 1200 }] })}>Add message</AddButton>
      <NextStepSelect scenario={scenario} value={step.next} onChange={(next) => onChange({ ...step, next })} error={fieldError(problems, `${at}.next`)} exclude={stepId} />
    </Stack>
  );
}

function withDelay(message: CustomerMessage, delayMs: number | undefined): CustomerMessage {
  const { delayMs: _old, ...rest } = message;
  return delayMs === undefined ? rest : { ...rest, delayMs };
}

function withImage(message: CustomerMessage, caption: string | undefined): CustomerMessage {
  const { image: _old, ...rest } = message;
  return caption === undefined ? rest : { ...rest, image: { caption } };
}
