import { describe, expect, it } from 'vitest';
import { redactTranscript, type RedactableTranscript, type RedactionOutcome } from './redact-transcript';
import { renderRedactions } from './redaction-spans';
import { applyRedactionDecisions, applyRedactionDecisionsCounted } from './redaction-decisions';

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

describe('bulk review decisions', () => {
  const chat: RedactableTranscript = {
    title: 'Chat',
    participants: [
      { id: 'p1', name: '+62 812-9034-5521', side: 'customer', pseudonym: 'Customer' },
      { id: 'p2', name: 'Toko Gamis Lestari', side: 'staff', pseudonym: 'Toko Gamis Lestari' },
    ],
    messages: [
      { id: 'm1', at: '2024-06-05T09:21:00', sender: 'p1', text: 'Kirim ke Perum Griya Asri ya, HP 0812-9034-5521', kind: 'text' },
      { id: 'm2', at: '2024-06-05T09:24:00', sender: 'p2', text: 'Siap, ke griya asri. Daniel yang antar', kind: 'text' },
      { id: 'm3', at: '2024-06-07T14:12:00', sender: 'p1', text: 'Titip ke satpam Griya Asri aja, bilang dari Dani', kind: 'text' },
      { id: 'm4', at: '2024-06-07T14:20:00', sender: 'p2', text: 'Baik kak Dani, Griya\nAsri ya', kind: 'text' },
    ],
  };
  // A hand-made starting point (only the phone hidden), so these tests do not depend on what the detector finds.
  const phoneAt = chat.messages[0].text.indexOf('0812');
  const phone = renderRedactions(chat.messages[0].text, 'm1', [{ start: phoneAt, end: phoneAt + 14, type: 'PHONE', placeholder: '[PHONE]' }], (k) => `m1-r${k + 1}`);
  const first: RedactionOutcome = {
    transcript: { ...chat, messages: [{ ...chat.messages[0], text: phone.text }, ...chat.messages.slice(1)] },
    spans: phone.spans,
    counts: [{ type: 'PHONE', count: 1 }],
    suggestions: [],
  };
  const textOf = (o: ReturnType<typeof applyRedactionDecisions>, id: string) => o.transcript.messages.find((m) => m.id === id)!.text;
  const selected = (o: typeof first, id: string, words: string) => {
    const text = textOf(o, id);
    return { messageId: id, redactedStart: text.indexOf(words), redactedEnd: text.indexOf(words) + words.length };
  };

  it('hides every occurrence of the same text, in every conversation, and counts them', () => {
    const applied = applyRedactionDecisionsCounted(chat, first, { add: [{ ...selected(first, 'm1', 'Griya Asri'), type: 'ADDRESS', scope: 'every' }] });
    expect(textOf(applied.outcome, 'm1')).toContain('Perum [ADDRESS] ya');
    expect(textOf(applied.outcome, 'm3')).toBe(textOf(first, 'm3').replace('Griya Asri', '[ADDRESS]'));
    // Same text means same case and not across a line break.
    expect(textOf(applied.outcome, 'm2')).toContain('griya asri');
    expect(textOf(applied.outcome, 'm4')).toContain('Griya\nAsri');
    expect(applied.hidden).toBe(2);
  });

  it('hides a name wherever it appears, in any case and across a line break, but not inside another word', () => {
    const applied = applyRedactionDecisionsCounted(chat, first, { add: [{ ...selected(first, 'm3', 'Griya Asri'), scope: 'name' }] });
    expect(textOf(applied.outcome, 'm1')).toContain('Perum [NAME] ya');
    expect(textOf(applied.outcome, 'm2')).toBe('Siap, ke [NAME]. Daniel yang antar');
    expect(textOf(applied.outcome, 'm4')).toContain('[NAME] ya');
    expect(applied.hidden).toBe(4);

    const dani = applyRedactionDecisionsCounted(chat, first, { add: [{ ...selected(first, 'm3', ' Dani'), scope: 'name' }] });
    expect(textOf(dani.outcome, 'm2')).toContain('Daniel yang antar');
    expect(textOf(dani.outcome, 'm4')).toMatch(/^Baik kak \[NAME\], /);
    expect(textOf(dani.outcome, 'm3')).toMatch(/dari \[NAME\]$/);
  });

  it('hides a same-text selection that ends in a letter only where it stands as a word', () => {
    const applied = applyRedactionDecisionsCounted(chat, first, { add: [{ ...selected(first, 'm3', 'Dani'), scope: 'every' }] });
    expect(textOf(applied.outcome, 'm2')).toContain('Daniel');
    expect(textOf(applied.outcome, 'm4')).toContain('kak [OTHER],');
  });

  it('leaves a bulk occurrence alone where a redaction already hides it, and never un-hides part of one', () => {
    // "0812" occurs inside the phone number that is already hidden.
    const m5 = { id: 'm5', at: '2024-06-07T14:30:00', sender: 'p1', text: 'kode 0812 ya', kind: 'text' as const };
    const withNumber: RedactableTranscript = { ...chat, messages: [...chat.messages, m5] };
    const start: RedactionOutcome = { ...first, transcript: { ...first.transcript, messages: [...first.transcript.messages, m5] } };
    const applied = applyRedactionDecisionsCounted(withNumber, start, { add: [{ ...selected(start, 'm5', '0812'), scope: 'every' }] });
    expect(textOf(applied.outcome, 'm5')).toBe('kode [OTHER] ya');
    expect(textOf(applied.outcome, 'm1')).toBe(textOf(start, 'm1'));
    expect(textOf(applied.outcome, 'm1')).not.toContain('9034');
  });

  it('shows every occurrence of an undone redaction again', () => {
    const hidden = applyRedactionDecisions(chat, first, { add: [{ ...selected(first, 'm1', 'Griya Asri'), type: 'ADDRESS', scope: 'every' }] });
    const one = hidden.spans.find((s) => s.messageId === 'm3' && s.original === 'Griya Asri')!;
    const applied = applyRedactionDecisionsCounted(chat, hidden, { undoEverywhere: [one.id] });
    expect(textOf(applied.outcome, 'm1')).toContain('Perum Griya Asri ya');
    expect(textOf(applied.outcome, 'm3')).toContain('satpam Griya Asri aja');
    expect(textOf(applied.outcome, 'm1')).toContain('[PHONE]');
    expect(applied.shown).toBe(2);
  });

  it('keeps the suggestions the outcome carries', () => {
    const suggestion = { id: 's1', messageId: 'm3', start: 44, end: 48, type: 'NAME' as const, reason: 'test' };
    const next = applyRedactionDecisions(chat, { ...first, suggestions: [suggestion] }, { undo: [] });
    expect(next.suggestions).toEqual([suggestion]);
  });
});
