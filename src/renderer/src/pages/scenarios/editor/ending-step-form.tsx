/** An ending: how the conversation turns out, and whether that is a good, neutral or poor outcome. */
import { SegmentedControl, Stack, Text, Textarea } from '@mantine/core';
import type { EndingStep } from '../../../../../shared/domain/scenario';
import { fieldError, type EditorProblem } from './problems';

export function EndingStepForm({ stepId, step, onChange, problems }: { stepId: string; step: EndingStep; onChange: (step: EndingStep) => void; problems: EditorProblem[] }) {
  return (
    <Stack gap="sm">
      <Textarea label="Outcome" description="What the trainee reads at the end." autosize minRows={2} value={step.outcome} onChange={(e) => onChange({ ...step, outcome: e.currentTarget.value })} error={fieldError(problems, `steps.${stepId}.outcome`)} />
      <div>
        <Text size="sm" fw={500} mb={4}>
          Rating
        </Text>
        <SegmentedControl
          aria-label="Outcome rating"
          value={step.rating}
          onChange={(v) => onChange({ ...step, rating: v as EndingStep['rating'] })}
          data={[
            { value: 'good', label: 'Good' },
            { value: 'neutral', label: 'Neutral' },
            { value: 'poor', label: 'Poor' },
          ]}
        />
      </div>
    </Stack>
  );
}
