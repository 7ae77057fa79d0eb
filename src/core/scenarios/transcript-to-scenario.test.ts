import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../shared/domain/scenario';
import type { StoredTranscript } from '../../shared/domain/transcript';
import { STARTER_STANDARD_IDS } from './starter-standard-ids';
import { transcriptToScenario, type TranscriptLike } from './transcript-to-scenario';
import { validateScenario } from './validate-scenario';

const transcript = JSON.parse(readFileSync(fileURLToPath(new URL('./fixtures/transcript-serum.json', import.meta.url)), 'utf8')) as TranscriptLike;

describe('transcriptToScenario', () => {
  const scenario = transcriptToScenario(transcript, { id: 'serum-rash', transcriptId: 't-42', channel: 'facebook-messenger', language: 'en' });

  it('turns customer runs into customer steps and staff runs into free-text steps, in order', () => {
    expect(scenario.start).toBe('customer-1');
    expect(Object.keys(scenario.steps)).toEqual(['customer-1', 'reply-1', 'customer-2', 'reply-2', 'end']);
    expect(scenario.steps['customer-1']).toEqual({
      type: 'customer',
      messages: [{ text: 'I commented on your FB post already but nobody answer. Your serum gave me rashes!!' }],
      next: 'reply-1',
    });
  });

  it('keeps the real staff reply as an unmarked example', () => {
    const reply = scenario.steps['reply-1'];
    expect(reply.type === 'free-text' && reply.actualReply).toEqual({
      text: "Hi Aisyah, I'm really sorry to hear about the rashes.\nCan I check which product and batch number?",
      verdict: 'unmarked',
    });
    expect(reply.type === 'free-text' && reply.next).toBe('customer-2');
  });

  it('shows media as an image card and drops system messages', () => {
    expect(scenario.steps['customer-2']).toEqual({
      type: 'customer',
      messages: [{ text: 'Niacinamide serum, batch [ORDER]' }, { text: '', delayMs: 1200, image: { caption: 'photo' } }],
      next: 'reply-2',
    });
  });

  it('makes a draft that parses, using the pseudonym and the source transcript id', () => {
    expect(scenarioSchema.parse(scenario)).toEqual(scenario);
    expect(scenario).toMatchObject({ status: 'draft', version: 1, sourceTranscriptId: 't-42', persona: { name: 'Aisyah' }, title: 'Conversation with Aisyah' });
  });

  it('leaves the rubric empty for the leader, and validation says what is missing', () => {
    const reply = scenario.steps['reply-2'];
    expect(reply.type === 'free-text' && reply.rubric.elements).toEqual([]);
    const problems = validateScenario(scenario, STARTER_STANDARD_IDS).map((p) => p.path);
    expect(problems).toEqual(['steps.reply-1.modelAnswer', 'steps.reply-1.rubric.elements', 'steps.reply-2.modelAnswer', 'steps.reply-2.rubric.elements']);
  });

  it('accepts the stored transcript shape the importers produce', () => {
    const stored: Pick<StoredTranscript, 'participants' | 'messages'> = transcript;
    expect(transcriptToScenario(stored, { id: 'from-stored' }).steps['reply-1'].type).toBe('free-text');
  });

  it('still makes a valid draft from an empty transcript', () => {
    const empty = transcriptToScenario({ participants: [], messages: [] }, { id: 'empty' });
    expect(empty.start).toBe('end');
    expect(scenarioSchema.safeParse(empty).success).toBe(true);
  });
});
