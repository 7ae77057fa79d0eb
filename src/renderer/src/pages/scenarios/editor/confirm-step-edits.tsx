/**
 * The editor asks before an edit drops work: removing a step (offering to reconnect the steps that
 * led to it to where it led) and changing a step's type when something would not carry over.
 */
import { useState } from 'react';
import { Button, Checkbox, Group, List, Modal, Text } from '@mantine/core';
import { successorsOf, type Scenario, type Step } from '../../../../../shared/domain/scenario';
import { stepPosition, stepTitle } from '../../../../../shared/domain/problem-place';
import { STEP_TYPE_LABELS } from '../scenario-labels';
import { changeStepType, lostOnTypeChange, removeStep, stepsLeadingTo } from './draft-edits';

const named = (scenario: Scenario, id: string) => `step ${stepPosition(scenario, id)}, ${stepTitle(scenario, id)}`;

export function ConfirmRemoveStep({ scenario, stepId, onCancel, onChange }: { scenario: Scenario; stepId: string | null; onCancel: () => void; onChange: (scenario: Scenario) => void }) {
  const [reconnect, setReconnect] = useState(true);
  const step = stepId ? scenario.steps[stepId] : undefined;
  const leading = stepId ? stepsLeadingTo(scenario, stepId) : [];
  const target = step ? successorsOf(step).find((id) => id !== stepId && Object.hasOwn(scenario.steps, id)) : undefined;
  return (
    <Modal opened={step !== undefined} onClose={onCancel} title="Remove this step?">
      {step && stepId && (
        <>
          <Text size="sm">Remove {named(scenario, stepId)}? Its content is lost.</Text>
          {leading.length > 0 && (
            <>
              <Text size="sm" mt="xs">
                {leading.length === 1 ? 'One step leads to it:' : `${leading.length} steps lead to it:`}
              </Text>
              <List size="sm">
                {leading.map((id) => (
                  <List.Item key={id}>{named(scenario, id)}</List.Item>
                ))}
              </List>
              {target && <Checkbox mt="sm" checked={reconnect} onChange={(e) => setReconnect(e.currentTarget.checked)} label={`Reconnect ${leading.length === 1 ? 'it' : 'them'} to ${named(scenario, target)}`} />}
            </>
          )}
          <Group justify="flex-end" mt="md">
            <Button variant="default" onClick={onCancel}>
              Keep it
            </Button>
            <Button color="red" onClick={() => onChange(removeStep(scenario, stepId, reconnect ? target : undefined))}>
              Remove step
            </Button>
          </Group>
        </>
      )}
    </Modal>
  );
}

export function ConfirmTypeChange({ scenario, stepId, type, onCancel, onChange }: { scenario: Scenario; stepId: string; type: Step['type'] | null; onCancel: () => void; onChange: (scenario: Scenario) => void }) {
  const step = scenario.steps[stepId];
  const lost = step && type ? lostOnTypeChange(step, type) : [];
  return (
    <Modal opened={type !== null} onClose={onCancel} title={`Make this a ${type ? STEP_TYPE_LABELS[type].toLowerCase() : ''} step?`}>
      <Text size="sm">A {type ? STEP_TYPE_LABELS[type].toLowerCase() : ''} step cannot keep everything this step has. These would be dropped:</Text>
      <List size="sm" mt="xs">
        {lost.map((l) => (
          <List.Item key={l}>{l}</List.Item>
        ))}
      </List>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          Keep the type
        </Button>
        <Button color="orange" onClick={() => type && onChange(changeStepType(scenario, stepId, type))}>
          Change it
        </Button>
      </Group>
    </Modal>
  );
}
