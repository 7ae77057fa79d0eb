/**
 * A list of setup steps, each linking to where it is done and ticked off once it is: the leader's
 * getting-started card and the new shop's home both show their steps this way.
 */
import { Anchor, List, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';

export interface ChecklistStep {
  done: boolean;
  label: string;
  href: string;
  detail: string;
}

export function StepChecklist({ steps, label }: { steps: ChecklistStep[]; label?: string }) {
  return (
    <List spacing="sm" center={false} aria-label={label}>
      {steps.map((step) => (
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
  );
}
