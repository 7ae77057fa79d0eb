/**
 * "Turn into scenario": a real (redacted) chat becomes a draft role-play. Customer messages become
 * customer steps; each run of staff messages becomes a free-text step that keeps what was actually
 * said (unmarked until the leader judges it). The rubric and model answer are left empty for the
 * leader to write: the draft parses, and the validator lists what is still missing.
 *
 * Written against a small local interface with the transcript's fields, so it does not depend on
 * the importers' module.
 */
import {
  SCENARIO_SCHEMA_VERSION,
  rubricSchema,
  scenarioSchema,
  type Channel,
  type CustomerMessage,
  type Scenario,
  type Step,
} from '../../shared/domain/scenario';

export interface TranscriptLike {
  participants: Array<{ id: string; name: string; side: 'staff' | 'customer' | 'unknown'; pseudonym: string }>;
  messages: Array<{ id: string; at: string; sender: string | null; text: string; kind: 'text' | 'media' | 'system' }>;
}

export interface TranscriptToScenarioOptions {
  /** Slug for the new scenario; the caller makes it unique. */
  id: string;
  transcriptId?: string;
  title?: string;
  channel?: Channel;
  language?: string;
  /** Typing delay between consecutive customer messages in the player. */
  messageDelayMs?: number;
}

const ENDING_ID = 'end';

type Run = { side: 'customer' | 'staff'; messages: TranscriptLike['messages'] };

function runsOf(transcript: TranscriptLike): Run[] {
  const sideOf = new Map(transcript.participants.map((p) => [p.id, p.side === 'staff' ? 'staff' : 'customer'] as const));
  const runs: Run[] = [];
  for (const message of transcript.messages) {
    if (message.kind === 'system' || message.sender === null) continue;
    if (message.kind === 'text' && message.text.trim() === '') continue;
    const side = sideOf.get(message.sender) ?? 'customer';
    const last = runs.at(-1);
    if (last?.side === side) last.messages.push(message);
    else runs.push({ side, messages: [message] });
  }
  return runs;
}

function customerMessage(message: TranscriptLike['messages'][number], delayMs: number | undefined): CustomerMessage {
  const base = delayMs === undefined ? {} : { delayMs };
  if (message.kind === 'media') return { ...base, text: '', image: { caption: message.text.trim() || 'Photo sent by the customer' } };
  return { ...base, text: message.text };
}

function staffText(messages: TranscriptLike['messages']): string {
  return messages.map((m) => (m.kind === 'media' ? `[${m.text.trim() || 'photo'}]` : m.text)).join('\n');
}

export function transcriptToScenario(transcript: TranscriptLike, options: TranscriptToScenarioOptions): Scenario {
  const runs = runsOf(transcript);
  const customer = transcript.participants.find((p) => p.side === 'customer') ?? transcript.participants.find((p) => p.side !== 'staff');
  const customerName = customer?.pseudonym ?? 'Customer';
  const delay = options.messageDelayMs ?? 1200;

  const ids = runs.map((run, i) => `${run.side === 'customer' ? 'customer' : 'reply'}-${runs.slice(0, i + 1).filter((r) => r.side === run.side).length}`);
  const steps: Record<string, Step> = {};
  runs.forEach((run, i) => {
    const next = ids[i + 1] ?? ENDING_ID;
    steps[ids[i]] =
      run.side === 'customer'
        ? { type: 'customer', messages: run.messages.map((m, k) => customerMessage(m, k === 0 ? undefined : delay)), next }
        : {
            type: 'free-text',
            prompt: '',
            rubric: rubricSchema.parse({}),
            replyTimeTargetSec: 300,
            modelAnswer: '',
            actualReply: { text: staffText(run.messages), verdict: 'unmarked' },
            next,
          };
  });
  steps[ENDING_ID] = { type: 'ending', outcome: 'The conversation ends here.', rating: 'neutral' };

  return scenarioSchema.parse({
    schemaVersion: SCENARIO_SCHEMA_VERSION,
    id: options.id,
    version: 1,
    status: 'draft',
    title: options.title ?? `Conversation with ${customerName}`,
    channel: options.channel ?? 'whatsapp',
    journeyStage: 'before',
    touchpoint: 'people',
    difficulty: 'medium',
    standards: [],
    estimatedMinutes: Math.max(2, Math.min(30, runs.filter((r) => r.side === 'staff').length * 2)),
    language: options.language ?? 'en',
    tags: ['from-transcript'],
    ...(options.transcriptId ? { sourceTranscriptId: options.transcriptId } : {}),
    persona: { name: customerName, mood: '', context: '', goal: '' },
    passMark: 0.8,
    start: ids[0] ?? ENDING_ID,
    steps,
  });
}
