import { describe, expect, it } from 'vitest';
import { redactTranscript, type RedactableTranscript } from './redact-transcript';
import { applyRedactionDecisions } from './redaction-decisions';

const original: RedactableTranscript = {
  title: 'Chat',
  participants: [{ id: 'p1', name: 'Dewi Kusumawati', side: 'customer', pseudonym: 'Customer' }],
  messages: [{ id: 'm1', at: '2024-01-01T10:00:00', sender: 'p1', text: 'Dewi here, HP 0812-3456-7890, rumah dekat Masjid Raya', kind: 'text' }],
};

describe('review decisions', () => {
  const first = redactTranscript(original, { region: 'ID' });

  it('starts from name and phone redactions', () => {
    expect(first.transcript.messages[0].text).toBe('[NAME:Customer] here, HP [PHONE], rumah dekat Masjid Raya');
  });

  it('restores the original text of an undone redaction', () => {
    const phone = first.spans.find((s) => s.type === 'PHONE')!;
    const next = applyRedactionDecisions(original, first, { undo: [phone.id] });
    expect(next.transcript.messages[0].text).toBe('[NAME:Customer] here, HP 0812-3456-7890, rumah dekat Masjid Raya');
    expect(next.counts).toEqual([{ type: 'NAME', count: 1 }]);
  });

  it('redacts a range selected in the redacted text', () => {
    const text = first.transcript.messages[0].text;
    const from = text.indexOf('Masjid Raya');
    const next = applyRedactionDecisions(original, first, { add: [{ messageId: 'm1', redactedStart: from, redactedEnd: from + 'Masjid Raya'.length, type: 'ADDRESS' }] });
    expect(next.transcript.messages[0].text).toBe('[NAME:Customer] here, HP [PHONE], rumah dekat [ADDRESS]');
    const added = next.spans.find((s) => s.type === 'ADDRESS')!;
    expect(added.original).toBe('Masjid Raya');
  });

  it('swallows a placeholder that the selection overlaps, mapping back to the original text', () => {
    const text = first.transcript.messages[0].text;
    const from = text.indexOf('HP');
    const to = text.indexOf('[PHONE]') + 3; // ends inside the placeholder
    const next = applyRedactionDecisions(original, first, { add: [{ messageId: 'm1', redactedStart: from, redactedEnd: to }] });
    expect(next.transcript.messages[0].text).toBe('[NAME:Customer] here, [OTHER], rumah dekat Masjid Raya');
    expect(next.spans.find((s) => s.type === 'OTHER')!.original).toBe('HP 0812-3456-7890');
  });
});
