/** Words and colours the transcript screens show for the schema's values, and their routes. */
import type { FormatChoice, ParticipantSide, RedactionType, TranscriptChannel, TranscriptFormat } from '../../../../shared/domain/transcript';

export const CHANNEL_LABELS: Record<TranscriptChannel, string> = {
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  instagram: 'Instagram',
  telegram: 'Telegram',
  line: 'LINE',
  other: 'Other (CSV)',
};
export const CHANNEL_COLORS: Record<TranscriptChannel, string> = { whatsapp: 'green', messenger: 'blue', instagram: 'pink', telegram: 'cyan', line: 'lime', other: 'gray' };

export const FORMAT_LABELS: Record<TranscriptFormat, string> = {
  'whatsapp-android': 'WhatsApp (Android export)',
  'whatsapp-ios': 'WhatsApp (iPhone export)',
  messenger: 'Facebook Messenger (JSON)',
  instagram: 'Instagram (JSON)',
  telegram: 'Telegram Desktop (JSON)',
  line: 'LINE (.txt)',
  csv: 'CSV table',
};
export const FORMAT_CHOICE_LABELS: Record<FormatChoice, string> = {
  auto: 'Find out automatically',
  whatsapp: 'WhatsApp .txt or .zip',
  messenger: 'Facebook Messenger JSON',
  instagram: 'Instagram JSON',
  telegram: 'Telegram Desktop JSON',
  line: 'LINE .txt',
  csv: 'CSV table',
};

export const REDACTION_LABELS: Record<RedactionType, string> = {
  PHONE: 'Phone number',
  EMAIL: 'Email address',
  URL: 'Personal link',
  CARD: 'Card number',
  ACCOUNT: 'Bank or e-wallet account',
  ID: 'ID card or passport number',
  ADDRESS: 'Address',
  ORDER: 'Order or tracking number',
  NAME: 'Name',
  OTHER: 'Other personal data',
};
export const REDACTION_COLORS: Record<RedactionType, string> = {
  PHONE: 'orange',
  EMAIL: 'blue',
  URL: 'cyan',
  CARD: 'red',
  ACCOUNT: 'grape',
  ID: 'pink',
  ADDRESS: 'teal',
  ORDER: 'indigo',
  NAME: 'yellow',
  OTHER: 'gray',
};

export const SIDE_LABELS: Record<ParticipantSide, string> = { staff: 'Staff', customer: 'Customer', unknown: 'Not sure yet' };

export const transcriptRoute = (id: string): string => `transcripts/${encodeURIComponent(id)}`;
export const IMPORT_ROUTE = 'transcripts/import';
export const TRASH_ROUTE = 'transcripts/trash';
/** The scenario editor's "from a transcript" route (built by the scenarios page). */
export const scenarioFromTranscriptRoute = (id: string): string => `scenarios/from-transcript/${encodeURIComponent(id)}`;

/** "14 Mar 2024, 10:02" from an export's ISO time, without shifting it to this computer's zone. */
export function formatMessageTime(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(at);
  if (!m) return at;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return `${date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })}, ${m[4]}:${m[5]}`;
}

export function formatDay(at: string | null): string {
  if (!at) return '–';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(at);
  if (!m) return at;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}

export function formatDayRange(first: string | null, last: string | null): string {
  const a = formatDay(first);
  const b = formatDay(last);
  return a === b ? a : `${a} – ${b}`;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
