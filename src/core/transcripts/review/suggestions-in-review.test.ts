import { describe, expect, it } from 'vitest';
import type { RedactableTranscript, RedactionOutcome, RedactionSuggestion } from '../redaction/redact-transcript';
import { renderRedactions } from '../redaction/redaction-spans';
import { applyRedactionDecisions } from '../redaction/redaction-decisions';
import { placeSuggestions } from './suggestions-in-review';

const text = 'Hi kak Intan, HP 0812-9034-5521, titip ke Rose ya. Intan juga';
const chat: RedactableTranscript = {
  title: 'Chat',
  participants: [{ id: 'p1', name: '+62 812-9034-5521', side: 'customer', pseudonym: 'Customer' }],
  messages: [{ id: 'm1', at: '2024-06-05T09:21:00', sender: 'p1', text, kind: 'text' }],
};
const at = (words: string, from = 0) => text.indexOf(words, from);
const suggestion = (id: string, words: string, from = 0): RedactionSuggestion => ({ id, messageId: 'm1', start: at(words, from), end: at(words, from) + words.length, type: 'NAME', reason: 'a common word after kak' });
const suggestions = [suggestion('s1', 'Intan'), suggestion('s2', 'Rose'), suggestion('s3', 'Intan', 20)];
const rendered = renderRedactions(text, 'm1', [{ start: at('0812'), end: at('0812') + 14, type: 'PHONE', placeholder: '[PHONE]' }], (k) => `m1-r${k + 1}`);
const outcome: RedactionOutcome = { transcript: { ...chat, messages: [{ ...chat.messages[0], text: rendered.text }] }, spans: rendered.spans, counts: [{ type: 'PHONE', count: 1 }], suggestions };
const wordsAt = (redacted: string, placed: ReturnType<typeof placeSuggestions>) => placed.map((p) => redacted.slice(p.redactedStart, p.redactedEnd));

describe('suggestions in the review', () => {
  it('are placed on their words in the redacted text, before and after a placeholder', () => {
    expect(wordsAt(rendered.text, placeSuggestions(outcome.spans, suggestions, new Set()))).toEqual(['Intan', 'Rose', 'Intan']);
  });

  it('leave out the ones the reviewer kept', () => {
    expect(placeSuggestions(outcome.spans, suggestions, new Set(['s2'])).map((p) => p.suggestion.id)).toEqual(['s1', 's3']);
  });

  it('stay on their words after redactions before them are undone or added, and vanish where a redaction covers them', () => {
    const hiKak = rendered.text.indexOf('Hi kak');
    const next = applyRedactionDecisions(chat, outcome, { undo: ['m1-r1'], add: [{ messageId: 'm1', redactedStart: hiKak, redactedEnd: hiKak + 2, type: 'OTHER' }, { messageId: 'm1', redactedStart: rendered.text.indexOf('Rose'), redactedEnd: rendered.text.indexOf('Rose') + 4, type: 'NAME' }] });
    const redacted = next.transcript.messages[0].text;
    expect(redacted).toBe('[OTHER] kak Intan, HP 0812-9034-5521, titip ke [NAME] ya. Intan juga');
    const placed = placeSuggestions(next.spans, next.suggestions, new Set());
    expect(placed.map((p) => p.suggestion.id)).toEqual(['s1', 's3']);
    expect(wordsAt(redacted, placed)).toEqual(['Intan', 'Intan']);
  });

  it('show only the first of two that overlap', () => {
    const both = [suggestion('a', 'kak Intan'), suggestion('b', 'Intan')];
    expect(placeSuggestions([], both, new Set()).map((p) => p.suggestion.id)).toEqual(['a']);
  });
});
