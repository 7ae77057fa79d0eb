/**
 * A free-text step: what the staff really said (marked good or poor), the model answer, the
 * rubric that scores a trainee's reply, the reply-time target, where it leads — and a box to try
 * a reply against the rubric as it stands.
 */
import { Box, Divider, Grid, Group, NumberInput, Paper, SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { FreeTextStep, Rubric, Scenario } from '../../../../../shared/domain/scenario';
import type { ScenarioStandardOption } from '../../../../../shared/contract/scenario-ops';
import { FreeTextNextEditor } from './free-text-next-editor';
import { LengthEditor, MustAvoidEditor, ToneChecksEditor } from './rubric-checks-editor';
import { RubricElementsEditor } from './rubric-elements-editor';
import { TryReplyBox } from './try-reply-box';
import { RubricSuggestionCard } from './rubric-suggestion-card';
import { ReviewLessons } from './review-lessons';
import { RubricCheck } from './rubric-check';
import { fieldError, problemsUnder, type EditorProblem } from './problems';

function Section({ title, hint, children }: { title: string; hint?: string; children: React.ReactNode }) {
  return (
    <Stack gap="xs">
      <Divider label={<Text fw={600} size="sm">{title}</Text>} labelPosition="left" />
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
      {children}
    </Stack>
  );
}

export function FreeTextStepForm({
  scenario,
  stepId,
  step,
  onChange,
  onScenarioChange,
  problems,
  standards,
}: {
  scenario: Scenario;
  stepId: string;
  step: FreeTextStep;
  onChange: (step: FreeTextStep) => void;
  /** Accepting a suggestion also lists its standards in the scenario. */
  onScenarioChange: (scenario: Scenario) => void;
  problems: EditorProblem[];
  standards: ScenarioStandardOption[];
}) {
  const at = `steps.${stepId}`;
  const setRubric = (patch: Partial<Rubric>) => onChange({ ...step, rubric: { ...step.rubric, ...patch } });
  const elementsError = problemsUnder(problems, `${at}.rubric.elements`).find((p) => p.path === `${at}.rubric.elements`)?.message;
  return (
    <Grid gap="md">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          <RubricSuggestionCard scenario={scenario} stepId={stepId} step={step} onAccept={onScenarioChange} />
          <ReviewLessons scenario={scenario} stepId={stepId} step={step} onChange={onChange} />
          <Textarea label="Prompt for the trainee (optional)" placeholder="e.g. Reply to Aisyah" autosize value={step.prompt} onChange={(e) => onChange({ ...step, prompt: e.currentTarget.value })} />
          {step.actualReply && (
            <Paper withBorder p="sm" radius="md">
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  What was actually said
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {step.actualReply.text}
                </Text>
                <Group gap="sm">
                  <Text size="sm">Show trainees as</Text>
                  <SegmentedControl
                    size="xs"
                    aria-label="Verdict on the real reply"
                    value={step.actualReply.verdict}
                    onChange={(v) => onChange({ ...step, actualReply: { ...step.actualReply!, verdict: v as 'good' | 'poor' | 'unmarked' } })}
                    data={[
                      { value: 'good', label: 'A good example' },
                      { value: 'poor', label: 'One to avoid' },
                      { value: 'unmarked', label: 'Not shown' },
                    ]}
                  />
                </Group>
              </Stack>
            </Paper>
          )}
          <Textarea
            label="Model answer"
            description="Trainees see it after they reply. It must pass its own rubric."
            autosize
            minRows={2}
            value={step.modelAnswer}
            onChange={(e) => onChange({ ...step, modelAnswer: e.currentTarget.value })}
            error={fieldError(problems, `${at}.modelAnswer`)}
          />
          <Section title="Rubric elements" hint="What a good reply does. Each element scores against one standard.">
            <RubricElementsEditor
              elements={step.rubric.elements}
              onChange={(elements) => setRubric({ elements })}
              standards={standards}
              problems={problems}
              at={`${at}.rubric.elements`}
              prompt={step.prompt}
              language={scenario.language}
              scenarioStandards={scenario.standards}
            />
            {elementsError && (
              <Text size="sm" c="red">
                {elementsError}
              </Text>
            )}
          </Section>
          <Section title="Must avoid" hint="Things a reply must not do, such as blaming the customer or sharing another customer's details.">
            <MustAvoidEditor items={step.rubric.mustAvoid} onChange={(mustAvoid) => setRubric({ mustAvoid })} standards={standards} problems={problems} at={`${at}.rubric.mustAvoid`} />
          </Section>
          <Section title="Tone">
            <ToneChecksEditor tone={step.rubric.tone} onChange={(tone) => setRubric({ tone })} standards={standards} problems={problems} at={`${at}.rubric.tone`} />
          </Section>
          <Section title="Length and time">
            <LengthEditor length={step.rubric.length} onChange={(length) => onChange({ ...step, rubric: withLength(step.rubric, length) })} />
            <NumberInput
              label="Reply-time target (seconds)"
              min={1}
              max={86400}
              value={step.replyTimeTargetSec}
              onChange={(v) => onChange({ ...step, replyTimeTargetSec: typeof v === 'number' ? v : 300 })}
              w={220}
            />
          </Section>
          <Section title="What happens next">
            <FreeTextNextEditor scenario={scenario} stepId={stepId} step={step} onChange={(next) => onChange({ ...step, next })} problems={problems} />
          </Section>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        {/* Stays in view while the rubric is edited, so every change shows its effect at once. */}
        <Box pos="sticky" top={72} style={{ maxHeight: 'calc(100dvh - 88px)', overflowY: 'auto' }}>
          <Stack gap="md">
            <TryReplyBox scenario={scenario} stepId={stepId} step={step} />
            <RubricCheck scenario={scenario} stepId={stepId} step={step} onChange={onChange} />
          </Stack>
        </Box>
      </Grid.Col>
    </Grid>
  );
}

function withLength(rubric: Rubric, length: Rubric['length']): Rubric {
  const { length: _old, ...rest } = rubric;
  return length ? { ...rest, length } : rest;
}
