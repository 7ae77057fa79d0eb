import { describe, expect, it } from 'vitest';
import type { TranscriptParticipant } from '../../shared/domain/transcript';
import { newPendingImport, parsePending, receiveChunk } from './import-session';
import { readableTitle, titleWithPseudonyms } from './import-title';
import { fixtureBytes } from './fixture-files';

const people: TranscriptParticipant[] = [
  { id: 'p1', name: '+62 812-9034-5521', side: 'customer', pseudonym: 'Customer' },
  { id: 'p2', name: 'Dewi Kusumawati', side: 'customer', pseudonym: 'Customer 2' },
  { id: 'p3', name: 'Toko Gamis Lestari', side: 'staff', pseudonym: 'Toko Gamis Lestari' },
];
const context = { channel: 'whatsapp' as const, participants: people, firstAt: '2024-06-05T09:12:00' };

function importedTitle(fileName: string, bytes: Uint8Array, hints = {}): string {
  const pending = newPendingImport('s1', 'leader', [{ fileName, size: bytes.length }], hints, 0);
  receiveChunk(pending, 0, 0, bytes);
  return parsePending(pending, { format: 'auto' }, 10 * 1024 * 1024).outcome.transcript.title;
}

describe('the title an import starts with', () => {
  it('calls customers by their pseudonym, a phone number written with any separators too', () => {
    expect(titleWithPseudonyms('WhatsApp Chat with +62 812-9034-5521', people)).toBe('WhatsApp Chat with Customer');
    expect(titleWithPseudonyms('WhatsApp Chat with +62 812 9034 5521', people)).toBe('WhatsApp Chat with Customer');
    expect(titleWithPseudonyms('dewi kusumawati, Toko Gamis Lestari', people)).toBe('Customer 2, Toko Gamis Lestari');
  });

  it('never shows a placeholder: a labelled one becomes its label, a bare one the channel and the customer', () => {
    expect(readableTitle('[NAME:Customer]', { ...context, channel: 'messenger' })).toBe('Chat with Customer, Customer 2');
    expect(readableTitle('Order for [NAME:Customer 2]', context)).toBe('Order for Customer 2');
    expect(readableTitle('Chat with [PHONE]', context)).toBe('WhatsApp chat with Customer');
    expect(readableTitle('[EMAIL]', { ...context, participants: people.slice(2) })).toBe('WhatsApp chat, 2024-06-05');
    expect(readableTitle('Raya orders', context)).toBe('Raya orders');
  });

  it('of a Messenger thread named after the customer is "Chat with Customer", not "[NAME:Customer]"', () => {
    const title = importedTitle('message_1.json', fixtureBytes('messenger-message_1.json'), { region: 'PH', staffNames: ['Bea Villanueva'] });
    expect(title).toBe('Chat with Customer');
  });

  it('of a WhatsApp export from an unsaved contact names the customer by pseudonym', () => {
    const title = importedTitle('WhatsApp Chat with +60 12-345 6789.txt', fixtureBytes('whatsapp-android-en.txt'), { region: 'MY', brandName: 'Butik Seri Ayu' });
    expect(title).toBe('WhatsApp Chat with Customer');
  });
});
