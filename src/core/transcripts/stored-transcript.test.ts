import { describe, expect, it } from 'vitest';
import { importTranscript } from './import-transcript';
import { redactTranscript } from './redaction/redact-transcript';
import { toStoredTranscript } from './stored-transcript';
import { fixtureBytes } from './fixture-files';

describe('the stored transcript record', () => {
  const imported = importTranscript(fixtureBytes('messenger-message_1.json'), 'message_1.json', { region: 'PH', staffNames: ['Bea Villanueva'] });
  const stored = toStoredTranscript(redactTranscript(imported, { region: 'PH' }), { id: 't1', importedAt: '2024-05-01T10:00:00Z', tags: ['haggling'] });

  it('holds the redacted messages, counts and metadata', () => {
    expect(stored).toMatchObject({ schemaVersion: 1, id: 't1', channel: 'messenger', format: 'messenger', tags: ['haggling'], trashedAt: null });
    expect(stored.messages).toHaveLength(imported.messages.length);
    expect(stored.redactions.find((r) => r.type === 'CARD')).toEqual({ type: 'CARD', count: 1 });
  });

  it('carries no original text, span or customer name', () => {
    const json = JSON.stringify(stored);
    expect(json).not.toContain('"original"');
    expect(json).not.toContain('4111 1111 1111 1111');
    expect(json).not.toContain('Joanna');
    expect(stored.title).toBe('[NAME:Customer]');
  });
});
