/** Scoring: pure functions from replies and choices to explainable results. */
export { scoreFreeTextReply } from './score-free-text-reply';
export { scoreChoice } from './score-choice';
export { scoreAttempt } from './score-attempt';
