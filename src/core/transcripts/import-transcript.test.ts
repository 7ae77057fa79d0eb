import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { importTranscript } from './import-transcript';
import { redactTranscript } from './redaction/redact-transcript';
import { fixtureBytes, fixtureText } from './fixture-files';
import { transcriptMessageSchema, transcriptParticipantSchema } from '../../shared/domain/transcript';

const oracleSchema = z.object({
  format: z.string(),
  participants: z.array(z.string()),
  messageCount: z.number(),
  first: z.object({ sender: z.string(), text: z.string() }),
  last: z.object({ sender: z.string(), text: z.string() }),
  multilineCount: z.number(),
  systemMessageCount: z.number(),
  piiToRedact: z.array(z.string()),
  optionalPii: z.array(z.string()),
});

/** Each sample with the shop it belongs to (the brand name the workspace would pass in). */
const SAMPLES = [
  { file: 'whatsapp-android-en.txt', region: 'MY', brand: 'Butik Seri Ayu', staff: [] },
  { file: 'whatsapp-ios-en.txt', region: 'NG', brand: 'GadgetHub NG', staff: [] },
  { file: 'messenger-message_1.json', region: 'PH', brand: "Bea's Bag Planet", staff: ['Bea Villanueva'] },
  { file: 'instagram-message_1.json', region: 'ID', brand: 'Hijab Kita', staff: [] },
  { file: 'telegram-result.json', region: 'VN', brand: 'Mộc Lan Shop', staff: [] },
  { file: 'line-chat.txt', region: 'TH', brand: 'Sabai Streetwear', staff: [] },
  { file: 'generic.csv', region: 'MY', brand: 'KL Glow Skincare', staff: ['Mei Ling'] },
];

describe.each(SAMPLES)('the $file sample', ({ file, region, brand, staff }) => {
  const oracle = oracleSchema.parse(JSON.parse(fixtureText(`expected/${file.replace(/\.[^.]+$/, '')}.json`)));
  const result = importTranscript(fixtureBytes(file), file, { region, brandName: brand, staffNames: staff });
  const nameOf = (id: string | null) => result.participants.find((p) => p.id === id)?.name;
  const people = result.messages.filter((m) => m.kind !== 'system');

  it('is detected as its format', () => {
    expect(result.format).toBe(oracle.format);
  });

  it('lists the participants in order of first appearance', () => {
    expect(result.participants.map((p) => p.name)).toEqual(oracle.participants);
  });

  it('keeps every message record, system ones included', () => {
    expect(result.messages).toHaveLength(oracle.messageCount);
  });

  it('reads the first and last message from a person', () => {
    expect({ sender: nameOf(people[0].sender), text: people[0].text }).toEqual(oracle.first);
    expect({ sender: nameOf(people.at(-1)!.sender), text: people.at(-1)!.text }).toEqual(oracle.last);
  });

  it('counts multi-line and system messages like the oracle', () => {
    expect(result.messages.filter((m) => m.text.includes('\n'))).toHaveLength(oracle.multilineCount);
    expect(result.messages.filter((m) => m.kind === 'system')).toHaveLength(oracle.systemMessageCount);
  });

  it('produces records that satisfy the domain schemas, in time order', () => {
    for (const m of result.messages) transcriptMessageSchema.parse(m);
    for (const p of result.participants) transcriptParticipantSchema.parse(p);
    const times = result.messages.map((m) => Date.parse(/Z|[+-]\d\d:\d\d$/.test(m.at) ? m.at : m.at + 'Z'));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1] - 14 * 3600_000)).toBe(true);
  });

  it('marks the shop as staff and the other person as the customer', () => {
    expect(result.participants.map((p) => p.side).sort()).toEqual(['customer', 'staff']);
    expect(result.participants.find((p) => p.side === 'customer')!.pseudonym).toBe('Customer');
  });

  it('leaves none of the personal data in the redacted transcript', () => {
    const redacted = redactTranscript(result, { region });
    const stored = JSON.stringify(redacted.transcript);
    for (const pii of oracle.piiToRedact) expect(stored, `"${pii}" survived`).not.toContain(JSON.stringify(pii).slice(1, -1));
    expect(redacted.counts.reduce((n, c) => n + c.count, 0)).toBe(redacted.spans.length);
    // Optional items (order numbers, staff names) may go either way; the text around them stays readable.
    expect(redacted.transcript.messages).toHaveLength(oracle.messageCount);
  });

  it('keeps the staff side readable: the brand name is not redacted', () => {
    const redacted = redactTranscript(result, { region });
    const staffer = redacted.transcript.participants.find((p) => p.side === 'staff')!;
    expect(staffer.name).toBe(oracle.participants.find((n) => n === staffer.name));
  });
});
