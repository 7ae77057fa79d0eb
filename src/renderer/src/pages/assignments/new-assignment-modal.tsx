/** Assign a scenario (mode, pass mark, which attempt counts) or a playbook version to people, a role or everyone, with a due date. */
import { useState } from 'react';
import { Alert, Button, Group, Loader, Modal, MultiSelect, NumberInput, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import type { AssignmentTarget } from '../../../../shared/domain/assignment';
import type { AssignmentView } from '../../../../shared/domain/progress';
import { api } from '../../api/client';
import { useAsync } from '../../app/use-async';
import { useSubmit } from '../../components/use-submit';

type Kind = 'scenario' | 'playbook';

/** `scenarioId` preselects the scenario (from the scenario library's or the home's "Assign"). */
export function NewAssignmentModal({ opened, onClose, onCreated, scenarioId }: { opened: boolean; onClose: () => void; onCreated: (a: AssignmentView) => void; scenarioId?: string | null }) {
  return (
    <Modal opened={opened} onClose={onClose} title="New assignment" size="lg">
      {opened && <AssignmentForm onCreated={onCreated} initialScenarioId={scenarioId ?? null} />}
    </Modal>
  );
}

function AssignmentForm({ onCreated, initialScenarioId }: { onCreated: (a: AssignmentView) => void; initialScenarioId: string | null }) {
  const options = useAsync(() => api.assignmentOptions({}), []);
  const [kind, setKind] = useState<Kind>('scenario');
  const [scenarioId, setScenarioId] = useState<string | null>(initialScenarioId);
  const [version, setVersion] = useState<string | null>(null);
  const [mode, setMode] = useState<'coach' | 'assessment'>('coach');
  const [passMark, setPassMark] = useState<number>(80);
  const [counts, setCounts] = useState<'first' | 'best' | 'latest'>('best');
  const [targetType, setTargetType] = useState<AssignmentTarget['type']>('role');
  const [role, setRole] = useState<string | null>('employee');
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [dueDate, setDueDate] = useState('');
  const { busy, error, fieldErrors, run, setError } = useSubmit();

  if (options.error) return <Alert color="red">{options.error.message}</Alert>;
  if (!options.data) return <Loader aria-label="Loading what can be assigned" />;
  const o = options.data;
  // The current version (listed first) is what a manager means unless they pick another.
  const chosenVersion = version ?? (o.playbookVersions[0] ? String(o.playbookVersions[0].number) : null);

  async function submit() {
    const target: AssignmentTarget =
      targetType === 'people' ? { type: 'people', personIds } : targetType === 'role' ? { type: 'role', role: (role ?? 'employee') as 'employee' } : { type: 'everyone' };
    if (kind === 'scenario' && !scenarioId) return setError('Choose the scenario to assign.');
    if (kind === 'playbook' && !chosenVersion) return setError('Choose the playbook version to assign.');
    const created = await run(() =>
      api.createAssignment({
        kind,
        ...(kind === 'scenario' ? { scenarioId: scenarioId! } : { playbookVersion: Number(chosenVersion) }),
        mode,
        passMark: passMark / 100,
        counts,
        target,
        dueDate: dueDate || null,
      }),
    );
    if (created) onCreated(created);
  }

  return (
    <Stack>
      <SegmentedControl
        aria-label="What to assign"
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        data={[
          { value: 'scenario', label: 'A scenario' },
          { value: 'playbook', label: 'Read the playbook' },
        ]}
      />
      {kind === 'scenario' ? (
        <>
          <Select label="Scenario" placeholder="Choose…" searchable data={o.scenarios.map((s) => ({ value: s.id, label: s.title }))} value={scenarioId} onChange={setScenarioId} error={fieldErrors.scenarioId} nothingFoundMessage="No published scenario" />
          <Group grow align="start">
            <Select
              label="Mode"
              data={[
                { value: 'coach', label: 'Coach: feedback after each reply' },
                { value: 'assessment', label: 'Assessment: feedback at the end' },
              ]}
              value={mode}
              onChange={(v) => setMode((v as 'coach') ?? 'coach')}
              allowDeselect={false}
            />
            <NumberInput label="Pass mark (%)" min={10} max={100} value={passMark} onChange={(v) => setPassMark(Number(v) || 80)} />
          </Group>
          <Select
            label="Which attempt counts"
            description="Shown in reports beside the result."
            data={[
              { value: 'best', label: 'The best attempt' },
              { value: 'first', label: 'The first attempt' },
              { value: 'latest', label: 'The latest attempt' },
            ]}
            value={counts}
            onChange={(v) => setCounts((v as 'best') ?? 'best')}
            allowDeselect={false}
          />
        </>
      ) : o.playbookVersions.length === 0 ? (
        <Text c="dimmed">Publish the playbook first; then a version can be assigned for reading.</Text>
      ) : (
        <Select
          label="Playbook version"
          data={o.playbookVersions.map((v, i) => ({ value: String(v.number), label: `Version ${v.number}${i === 0 ? ' (current)' : ''}: ${v.summary}` }))}
          value={chosenVersion}
          onChange={setVersion}
          allowDeselect={false}
        />
      )}
      <Select
        label="Assign to"
        data={[
          { value: 'role', label: 'Everyone in a role (new people in it receive it too)' },
          { value: 'everyone', label: 'All employees and managers' },
          { value: 'people', label: 'Chosen people' },
        ]}
        value={targetType}
        onChange={(v) => setTargetType((v as AssignmentTarget['type']) ?? 'role')}
        allowDeselect={false}
      />
      {targetType === 'role' && (
        <Select
          label="Role"
          data={[
            { value: 'employee', label: 'Employees' },
            { value: 'manager', label: 'Managers' },
          ]}
          value={role}
          onChange={setRole}
          allowDeselect={false}
        />
      )}
      {targetType === 'people' && <MultiSelect label="People" searchable data={o.people.map((p) => ({ value: p.id, label: `${p.name} (${p.role})` }))} value={personIds} onChange={setPersonIds} />}
      <TextInput type="date" label="Due date" description={kind === 'playbook' ? 'Optional. Replaces the due date set when the version was published, for the people assigned.' : 'Optional. Past this day, unfinished work is marked overdue.'} value={dueDate} onChange={(e) => setDueDate(e.currentTarget.value)} error={fieldErrors.dueDate} />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button onClick={submit} loading={busy}>
          Assign
        </Button>
      </Group>
    </Stack>
  );
}
