/**
 * Lessons from reviews for one free-text step: where a manager marked an element met that the
 * scorer missed, the reply's parts can be added to the element as phrases, each with how many past
 * replies it would score differently; where a manager marked one not met, the author sees the words
 * the scorer trusted.
 */
import { useEffect, useState } from 'react';
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { FreeTextStep, Scenario } from '../../../../../shared/domain/scenario';
import { withPhrase, type RubricChangeImpact, type RubricLesson } from '../../../../../shared/domain/rubric-lessons';
import { api } from '../../../api/client';
import { useAsync } from '../../../app/use-async';
import { plural } from '../../../components/plural';

function ClauseButton({ scenario, stepId, step, lesson, clause, onAdd }: { scenario: Scenario; stepId: string; step: FreeTextStep; lesson: RubricLesson; clause: string; onAdd: (step: FreeTextStep) => void }) {
  const [impact, setImpact] = useState<RubricChangeImpact | null>(null);
  const changed = withPhrase(step, lesson.elementId, clause);
  const key = JSON.stringify(changed.rubric);
  useEffect(() => {
    let live = true;
    api.previewRubricChange({ id: scenario.id, stepId, step: changed }).then((i) => live && setImpact(i), () => live && setImpact(null));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scenario.id, stepId, key]);
  const already = step.rubric.elements.find((e) => e.id === lesson.elementId)?.phrases.some((g) => g.includes(clause));
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Button size="compact-xs" variant="light" disabled={already} onClick={() => onAdd(changed)} style={{ flexShrink: 0 }}>
        {already ? 'Added' : 'Add'}
      </Button>
      <Text size="sm" style={{ overflowWrap: 'anywhere', flex: 1 }}>
        “{clause}”
      </Text>
      {impact && !already && (
        <Text size="xs" c="dimmed" style={{ flexShrink: 0 }}>
          changes {impact.elementsChanged} of {plural(impact.replies, 'past reply', 'past replies')}
          {impact.verdictsChanged > 0 ? ` (${impact.verdictsChanged} pass/fail)` : ''}
        </Text>
      )}
    </Group>
  );
}

export function ReviewLessons({ scenario, stepId, step, onChange }: { scenario: Scenario; stepId: string; step: FreeTextStep; onChange: (step: FreeTextStep) => void }) {
  const lessons = useAsync(() => api.rubricLessons({ id: scenario.id }), [scenario.id]);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const mine = (lessons.data ?? []).filter((l) => l.stepId === stepId && !hidden.has(`${l.attemptId}:${l.elementId}`));
  if (mine.length === 0) return null;
  return (
    <Stack gap="xs" aria-label="Lessons from reviews" role="region">
      {mine.map((lesson) => (
        <Paper key={`${lesson.attemptId}:${lesson.elementId}`} withBorder radius="md" p="sm">
          <Stack gap={6}>
            <Group gap="xs">
              <Badge variant="light" color={lesson.to === 'hit' ? 'teal' : 'orange'}>
                {lesson.to === 'hit' ? 'Marked met' : 'Marked not met'}
              </Badge>
              <Text size="sm" fw={500}>
                {lesson.elementLabel}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {lesson.reviewerName}, {new Date(lesson.at).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' })}: {lesson.reason}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {lesson.reply}
            </Text>
            {lesson.to === 'hit' ? (
              <>
                <Text size="xs" c="dimmed">
                  The scorer missed it. Add the words that do it as one more way of saying it:
                </Text>
                {lesson.clauses.map((clause) => (
                  <ClauseButton key={clause} scenario={scenario} stepId={stepId} step={step} lesson={lesson} clause={clause} onAdd={onChange} />
                ))}
              </>
            ) : (
              <Text size="xs" c="dimmed">
                The scorer counted this reply as meeting the element. Check the element’s phrases: one of them may be too loose.
              </Text>
            )}
            <Group>
              <Button size="compact-xs" variant="subtle" onClick={() => setHidden(new Set([...hidden, `${lesson.attemptId}:${lesson.elementId}`]))}>
                Done with this one
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
