/**
 * A scenario made from each sample chat validates with no blocking problem once its suggestions are
 * accepted, and the suggested rubric reads the real reply's facts and moves, not its words.
 */
import { describe, expect, it } from 'vitest';
import { importTranscript } from '../transcripts/import-transcript';
import { redactTranscript } from '../transcripts/redaction/redact-transcript';
import { toStoredTranscript } from '../transcripts/stored-transcript';
import { fixtureBytes, fixtureText } from '../transcripts/fixture-files';
import { scoreFreeTextReply } from '../scoring/score-free-text-reply';
import { STARTER_STANDARD_IDS } from './starter-standard-ids';
import { acceptSuggestions, suggestScenarioSteps } from './suggest-scenario';
import { suggestRubric } from './suggest-rubric';
import { transcriptToScenario, type TranscriptLike } from './transcript-to-scenario';
import { validateScenario } from './validate-scenario';

const SAMPLES = ['whatsapp-android-en.txt', 'whatsapp-ios-en.txt', 'messenger-message_1.json', 'instagram-message_1.json', 'telegram-result.json', 'line-chat.txt', 'generic.csv'];

/** A sample chat as the app stores it: imported with the shop's sender named, then redacted. */
function storedSample(file: string): TranscriptLike {
  const expected = JSON.parse(fixtureText(`expected/${file.replace(/\.\w+$/, '.json')}`)) as { participants: string[]; piiToRedact: string[] };
  const staffNames = expected.participants.filter((p) => !expected.piiToRedact.includes(p));
  const imported = importTranscript(fixtureBytes(file), file, { staffNames });
  return toStoredTranscript(redactTranscript(imported, {}), { id: 't1', importedAt: '2026-12-01T10:00:00Z', tags: [] });
}

describe('suggested scenarios from real chats', () => {
  for (const sample of SAMPLES) {
    it(`${sample}: validates with no blocking problem after accepting the suggestions`, () => {
      const draft = transcriptToScenario(storedSample(sample), { id: 'from-chat' });
      expect(Object.values(draft.steps).some((s) => s.type === 'free-text')).toBe(true);
      const suggestions = suggestScenarioSteps(draft, STARTER_STANDARD_IDS);
      const accepted = acceptSuggestions(draft, suggestions);
      expect(validateScenario(accepted, STARTER_STANDARD_IDS)).toEqual([]);
    });
  }

  const real = suggestRubric({
    realReply: "So sorry [NAME:Customer], that's our mistake. Our rider will bring the right size tomorrow before 10am, and the total stays RM89.",
    customerMessages: ['You sent the wrong size!! When can I get the right one?'],
    language: 'en',
    customerName: 'Aisyah',
    standardIds: STARTER_STANDARD_IDS,
  });

  it('drafts the model answer with the pseudonym, an apology check, the facts and the moves', () => {
    expect(real.modelAnswer).toBe("So sorry Aisyah, that's our mistake. Our rider will bring the right size tomorrow before 10am, and the total stays RM89.");
    expect(real.rubric.tone).toMatchObject({ apologyRequired: true, useCustomerName: true });
    expect(real.rubric.elements.map((e) => e.label)).toEqual(['Say when: tomorrow, 10am', 'Give the amount: RM89', 'Own the problem']);
    expect(real.rubric.elements[0].weight).toBe(2);
    expect(real.rubric.mustAvoid[0].concepts).toEqual(['blame-customer']);
    expect(real.prompt).toContain('tomorrow before 10am');
  });

  it('passes another good reply in other words and fails one that skips her question', () => {
    const step = { type: 'free-text' as const, prompt: real.prompt, modelAnswer: real.modelAnswer, rubric: { ...real.rubric, length: undefined }, replyTimeTargetSec: 300, next: 'end' };
    const context = { language: 'en', customerName: 'Aisyah', customerMessages: ['You sent the wrong size!! When can I get the right one?'] };
    expect(scoreFreeTextReply('Aisyah, I apologise, we got it wrong. Tomorrow morning our rider brings the correct size, still RM89 in total.', step, context).passed).toBe(true);
    expect(scoreFreeTextReply('Aisyah, I apologise, we got it wrong. Still RM89 in total.', step, context).passed).toBe(false);
  });
});
