/** Scoring: pure functions from replies and choices to explainable results. */
export { scoreFreeTextReply, groupHits, type ReplyContext } from './score-free-text-reply';
export { scoreChoice, choiceMaxima, UnknownOptionError, type ChoiceContext } from './score-choice';
export { scoreAttempt } from './score-attempt';
export { foldText, type FoldedText, type FoldedWord } from './text-folding';
export { findPhrase, findGroup } from './phrase-matching';
export { APOLOGY_PHRASES, findShouting, findExclamationStacks } from './tone-checks';
