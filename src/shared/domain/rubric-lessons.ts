/**
 * A manager's override on a review, offered to the scenario's author as a lesson for the rubric
 * (see core/progress/rubric-lessons), and what a rubric change would do to past replies.
 */
export interface RubricLesson {
  attemptId: string;
  stepId: string;
  elementId: string;
  elementLabel: string;
  /** 'hit': the reviewer found the element met where the scorer missed it; 'missed': the reverse. */
  to: 'hit' | 'missed';
  reason: string;
  reviewerName: string;
  at: string;
  reply: string;
  /** Parts of the reply the author may add as a phrase for the element (for 'hit' lessons). */
  clauses: string[];
}

export interface RubricChangeImpact {
  /** Past replies at the step. */
  replies: number;
  verdictsChanged: number;
  elementsChanged: number;
}

/** The step with `phrase` added to an element as one more way of saying it. */
export function withPhrase<S extends { rubric: { elements: { id: string; phrases: string[][]; require: 'any' | 'all' }[] } }>(step: S, elementId: string, phrase: string): S {
  const elements = step.rubric.elements.map((el) => {
    if (el.id !== elementId) return el;
    // 'any': a new group is one more alternative; 'all': groups are parts, so the phrase joins the first.
    const phrases = el.require === 'all' && el.phrases.length > 0 ? [[...el.phrases[0], phrase], ...el.phrases.slice(1)] : [...el.phrases, [phrase]];
    return { ...el, phrases };
  });
  return { ...step, rubric: { ...step.rubric, elements } };
}
