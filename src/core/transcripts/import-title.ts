/**
 * The title an import is saved under unless the leader types one. Exports name the chat after
 * the customer ("WhatsApp Chat with +62 812-…", a Messenger thread called by the customer's
 * name); redaction would turn that into "[NAME:Customer]". A title is read in lists, so people
 * are called by their pseudonym instead, and a placeholder never shows.
 */
import type { TranscriptChannel, TranscriptParticipant } from '../../shared/domain/transcript';
import { REDACTION_TYPES } from '../../shared/domain/transcript';

const CHANNEL_NAMES: Record<TranscriptChannel, string> = { whatsapp: 'WhatsApp', messenger: 'Messenger', instagram: 'Instagram', telegram: 'Telegram', line: 'LINE', other: 'Imported' };
const PHONE_NAME = /^\+?[\d\s().-]{7,}$/;
const PLACEHOLDER = new RegExp(`\\[(?:${REDACTION_TYPES.join('|')})(?::([^\\]\\n]{1,40}))?\\]`, 'g');

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A participant's name as it may be written in a title: a phone number with any separators. */
function namePattern(name: string): RegExp {
  const trimmed = name.trim();
  if (PHONE_NAME.test(trimmed)) {
    const digits = trimmed.replace(/\D/g, '').split('');
    return new RegExp(`\\+?${digits.join('[\\s().-]*')}`, 'g');
  }
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(trimmed)}(?![\\p{L}\\p{N}])`, 'giu');
}

/** The export's title with every customer's (or unsure person's) name replaced by their pseudonym; longer names first. */
export function titleWithPseudonyms(title: string, participants: readonly TranscriptParticipant[]): string {
  const people = participants.filter((p) => p.side !== 'staff' && p.name.trim().length > 0).sort((a, b) => b.name.length - a.name.length);
  let out = title;
  for (const p of people) out = out.replace(namePattern(p.name), p.pseudonym);
  return out;
}

/** "Chat with Customer" when the title is only the people in it (Messenger names a thread so). */
function onlyPeople(title: string, participants: readonly TranscriptParticipant[]): string | null {
  const names = new Set(participants.flatMap((p) => [p.pseudonym.toLowerCase(), p.name.toLowerCase()]));
  const parts = title.split(/\s*,\s*|\s+(?:and|&)\s+/).filter(Boolean);
  if (parts.length === 0 || !parts.every((part) => names.has(part.toLowerCase()))) return null;
  const others = participants.filter((p) => p.side !== 'staff').map((p) => p.pseudonym);
  return others.length ? `Chat with ${others.join(', ')}` : null;
}

/**
 * A redacted title made readable: a placeholder with a label becomes the label ("Customer"); when
 * one without a label is left ("Chat with [PHONE]"), the title is the channel and the customer's
 * pseudonym, or the date of the first message when there is no customer.
 */
export function readableTitle(redactedTitle: string, context: { channel: TranscriptChannel; participants: readonly TranscriptParticipant[]; firstAt: string | null }): string {
  let bare = false;
  const labelled = redactedTitle.replace(PLACEHOLDER, (_whole, label: string | undefined) => {
    if (label === undefined) bare = true;
    return label ?? '';
  });
  const customer = context.participants.find((p) => p.side !== 'staff');
  const channel = CHANNEL_NAMES[context.channel];
  if (bare || labelled.trim() === '') {
    if (customer) return `${channel} chat with ${customer.pseudonym}`;
    return context.firstAt ? `${channel} chat, ${context.firstAt.slice(0, 10)}` : `${channel} chat`;
  }
  return onlyPeople(labelled.trim(), context.participants) ?? labelled.trim();
}
