/**
 * The rubric check beside a free-text step's rubric: the real reply (as marked), the model answer
 * and the owner's own sample replies, each scored live against the rubric as written and shown
 * beside what the owner expects. Where they differ it says why and offers the words to add.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, SegmentedControl, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { FreeTextStep, Scenario } from '../../../../../shared/domain/scenario';
import { customerMessagesBefore } from '../../../../../shared/domain/customer-messages';
import { builtInSamples, type SampleCheck, type StepSample } from '../../../../../shared/domain/rubric-samples';
import { withPhrase } from '../../../../../shared/domain/rubric-lessons';
import { api } from '../../../api/client';

const SOURCE_LABEL: Record<StepSample['source'], string> = { real: 'Real reply', model: 'Model answer', owner: 'Your sample' };

export function stepSamples(step: FreeTextStep): StepSample[] {
  return [...builtInSamples(step), ...(step.samples ?? []).map((s) => ({ ...s, source: 'owner' as const }))];
}

/** Scores the samples of a step against its rubric; null until the first answer. */
export function useSampleChecks(scenario: Scenario, stepId: string, step: FreeTextStep): SampleCheck[] | null {
  const [debounced] = useDebouncedValue(JSON.stringify(step), 300);
  const [checks, setChecks] = useState<SampleCheck[] | null>(null);
  useEffect(() => {
    const current = JSON.parse(debounced) as FreeTextStep;
    const samples = stepSamples(current);
    if (samples.length === 0) return setChecks([]);
    let live = true;
    api
      .checkRubricSamples({ stepId, step: current, samples, language: scenario.language, customerName: scenario.persona.name || undefined, passMark: scenario.passMark, customerMessages: customerMessagesBefore(scenario, stepId) })
      .then((c) => live && setChecks(c), () => live && setChecks(null));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced, stepId, scenario.language, scenario.persona.name, scenario.passMark]);
  return checks;
}

function SampleRow({ check, index, step, onChange }: { check: SampleCheck; index: number; step: FreeTextStep; onChange: (step: FreeTextStep) => void }) {
  const ownIndex = index - builtInSamples(step).length;
  const own = check.sample.source === 'owner';
  const setExpect = (expect: 'pass' | 'fail') => onChange({ ...step, samples: (step.samples ?? []).map((s, i) => (i === ownIndex ? { ...s, expect } : s)) });
  const remove = () => onChange({ ...step, samples: (step.samples ?? []).filter((_, i) => i !== ownIndex) });
  return (
    <Paper withBorder radius="sm" p="xs" aria-label={`Sample ${index + 1}`} role="group">
      <Stack gap={4}>
        <Group gap="xs">
          <Badge size="sm" variant="outline" color="gray">
            {SOURCE_LABEL[check.sample.source]}
          </Badge>
          <Badge size="sm" variant="light" color={check.asExpected ? 'teal' : 'red'}>
            {check.passed ? `Passes (${Math.round(check.score * 100)}%)` : `Fails (${Math.round(check.score * 100)}%)`}
          </Badge>
          {!own && (
            <Text size="xs" c="dimmed">
              should {check.sample.expect}
            </Text>
          )}
        </Group>
        {own && (
          <SegmentedControl size="xs" fullWidth aria-label={`What sample ${index + 1} should do`} value={check.sample.expect} onChange={(v) => setExpect(v as 'pass' | 'fail')} data={[{ value: 'pass', label: 'Should pass' }, { value: 'fail', label: 'Should fail' }]} />
        )}
        <Text size="sm" lineClamp={3}>
          {check.sample.text}
        </Text>
        {!check.asExpected && (
          <Stack gap={2}>
            {check.why.slice(0, 3).map((w) => (
              <Text key={w} size="xs" c="red.8">
                {w}
              </Text>
            ))}
            {check.fixes.slice(0, 4).map((f) => (
              <Group key={`${f.elementId}:${f.words}`} gap="xs" wrap="nowrap">
                <Button size="compact-xs" variant="light" style={{ flexShrink: 0 }} onClick={() => onChange(withPhrase(step, f.elementId, f.words))}>
                  Add
                </Button>
                <Text size="xs">
                  “{f.words}” to “{f.elementLabel}”
                </Text>
              </Group>
            ))}
          </Stack>
        )}
        {own && (
          <Group justify="flex-end">
            <Button size="compact-xs" variant="subtle" color="gray" onClick={remove}>
              Remove
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

export function RubricCheck({ scenario, stepId, step, onChange }: { scenario: Scenario; stepId: string; step: FreeTextStep; onChange: (step: FreeTextStep) => void }) {
  const checks = useSampleChecks(scenario, stepId, step);
  const [draft, setDraft] = useState('');
  const add = (expect: 'pass' | 'fail') => {
    onChange({ ...step, samples: [...(step.samples ?? []), { text: draft.trim(), expect }] });
    setDraft('');
  };
  const agreeing = checks?.filter((c) => c.asExpected).length ?? 0;
  return (
    <Paper withBorder radius="md" p="md" aria-label="Rubric check" role="region">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={5}>Rubric check</Title>
          {checks && checks.length > 0 && (
            <Badge variant="light" color={agreeing === checks.length ? 'teal' : 'orange'}>
              {agreeing} of {checks.length} samples scored as you expect
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          Sample replies scored against the rubric as it stands. Add replies you would pass or fail to see whether the rubric agrees.
        </Text>
        {(checks ?? []).map((c, i) => (
          <SampleRow key={`${c.sample.source}:${i}`} check={c} index={i} step={step} onChange={onChange} />
        ))}
        <Textarea label="A sample reply" placeholder="Type a reply a trainee might write" autosize minRows={2} value={draft} onChange={(e) => setDraft(e.currentTarget.value)} />
        <Group gap="xs">
          <Button size="xs" variant="light" disabled={draft.trim() === '' || (step.samples?.length ?? 0) >= 20} onClick={() => add('pass')}>
            Add: should pass
          </Button>
          <Button size="xs" variant="light" color="red" disabled={draft.trim() === '' || (step.samples?.length ?? 0) >= 20} onClick={() => add('fail')}>
            Add: should fail
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
