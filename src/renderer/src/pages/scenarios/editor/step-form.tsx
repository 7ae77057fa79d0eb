/** The form of the selected step: its type, its problems, and the fields of that type. */
import { useState } from 'react';
import { Alert, Badge, Group, List, Paper, Select, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { Scenario, Step } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { STEP_TYPE_COLORS, STEP_TYPE_HINTS, STEP_TYPE_LABELS, STEP_TYPES } from '../scenario-labels';
import { ChoiceStepForm } from './choice-step-form';
import { CustomerStepForm } from './customer-step-form';
import { changeStepType, lostOnTypeChange, replaceStep } from './draft-edits';
import { ConfirmTypeChange } from './confirm-step-edits';
import { EndingStepForm } from './ending-step-form';
import { FreeTextStepForm } from './free-text-step-form';
import { problemsOfStep, type EditorProblem } from './problems';

export function StepForm({
  scenario,
  stepId,
  onChange,
  problems,
  standards,
}: {
  scenario: Scenario;
  stepId: string;
  onChange: (scenario: Scenario) => void;
  problems: EditorProblem[];
  standards: ScenarioStandardOption[];
}) {
  const step = scenario.steps[stepId];
  const [retyping, setRetyping] = useState<Step['type'] | null>(null);
  if (!step) return null;
  const set = (next: Step) => onChange(replaceStep(scenario, stepId, next));
  const own = problemsOfStep(problems, stepId);
  const common = { scenario, stepId, problems };
  return (
    <Paper withBorder radius="md" p="md" aria-label={`Step ${stepId}`} role="region">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="xs">
              <Title order={4}>{stepId}</Title>
              <Badge color={STEP_TYPE_COLORS[step.type]} variant="light">
                {STEP_TYPE_LABELS[step.type]}
              </Badge>
              {scenario.start === stepId && <Badge variant="outline">Start</Badge>}
            </Group>
            <Text size="sm" c="dimmed">
              {STEP_TYPE_HINTS[step.type]}
            </Text>
          </div>
          <Select
            aria-label="Step type"
            w={180}
            data={STEP_TYPES.map((t) => ({ value: t, label: STEP_TYPE_LABELS[t] }))}
            value={step.type}
            allowDeselect={false}
            onChange={(t) => {
              if (!t || t === step.type) return;
              const type = t as Step['type'];
              if (lostOnTypeChange(step, type).length > 0) setRetyping(type);
              else onChange(changeStepType(scenario, stepId, type));
            }}
          />
        </Group>
        {own.length > 0 && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={own.length === 1 ? '1 problem in this step' : `${own.length} problems in this step`}>
            <List size="sm">
              {own.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        {step.type === 'customer' && <CustomerStepForm {...common} step={step} onChange={set} />}
        {step.type === 'choice' && <ChoiceStepForm {...common} step={step} onChange={set} standards={standards} />}
        {step.type === 'free-text' && <FreeTextStepForm {...common} step={step} onChange={set} onScenarioChange={onChange} standards={standards} />}
        {step.type === 'ending' && <EndingStepForm stepId={stepId} step={step} onChange={set} problems={problems} />}
      </Stack>
      <ConfirmTypeChange
        scenario={scenario}
        stepId={stepId}
        type={retyping}
        onCancel={() => setRetyping(null)}
        onChange={(next) => {
          setRetyping(null);
          onChange(next);
        }}
      />
    </Paper>
  );
}
