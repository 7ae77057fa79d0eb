/**
 * Every concept file's own examples, per language: each `match` sentence is recognised as the
 * concept and each `noMatch` one (negations, refusals, quotations, near-misses) is not.
 */
import { describe, expect, it } from 'vitest';
import { readFacts } from '../facts/read-facts';
import { foldText } from '../text-folding';
import { CONCEPT_FILES } from './concept-data.generated';
import { conceptFileSchema } from './concept-file';
import { CONCEPT_IDS, findConcept, TIME_COMMITMENT } from './concepts';

const found = (text: string, id: string, language: string): boolean => {
  const folded = foldText(text, language);
  return findConcept(folded, id, language, readFacts(folded).facts, { sincereOnly: true }).length > 0;
};

describe('the built-in concepts', () => {
  it('covers the service moves rubric authors need', () => {
    for (const id of ['apology', 'ownership', 'thanks', 'empathy', 'commitment', 'alternative', 'ask-details', 'customer-choice', 'refund', 'exchange', 'shop-pays-shipping', 'promise-update', 'move-private', 'invite-feedback', 'check', 'recommend', TIME_COMMITMENT])
      expect(CONCEPT_IDS).toContain(id);
  });

  for (const file of CONCEPT_FILES) {
    const concept = conceptFileSchema.parse(file);
    describe(concept.id, () => {
      it('has wordings in every training language', () => {
        for (const language of ['en', 'ms', 'id', 'vi', 'tl', 'th'] as const) expect(concept.phrases[language]?.length ?? 0, language).toBeGreaterThan(0);
      });
      for (const [language, tests] of Object.entries(concept.tests)) {
        it(`recognises its ${language} examples and none of its ${language} counter-examples`, () => {
          const missed = tests.match.filter((t) => !found(t, concept.id, language));
          const wrong = tests.noMatch.filter((t) => found(t, concept.id, language));
          expect({ missed, wrong }).toEqual({ missed: [], wrong: [] });
        });
      }
    });
  }

  it('reads a commitment with a time only when both stand in one sentence', () => {
    expect(found("I'll send our rider tomorrow before 10am.", TIME_COMMITMENT, 'en')).toBe(true);
    expect(found('Kami akan kirim besok pagi ya kak.', TIME_COMMITMENT, 'id')).toBe(true);
    expect(found("I'll check with the courier. Tomorrow is a holiday.", TIME_COMMITMENT, 'en')).toBe(false);
    expect(found("I won't be able to send it tomorrow.", TIME_COMMITMENT, 'en')).toBe(false);
  });
});
