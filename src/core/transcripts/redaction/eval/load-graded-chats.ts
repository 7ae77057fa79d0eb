/**
 * The blind graded chats for redaction (graded-chats/, see its README): each export file with its
 * answer key, read as bytes exactly as a user's import would read them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const GRADED_CHATS_DIR = join(import.meta.dirname, 'graded-chats');

const PII_TYPES = ['name', 'phone', 'email', 'address', 'account', 'ewallet', 'national-id', 'card'] as const;
export type PiiType = (typeof PII_TYPES)[number];

const keySchema = z.object({
  file: z.string(),
  format: z.string(),
  market: z.enum(['MY', 'ID', 'PH', 'TH', 'VN', 'SG', 'NG', 'KE', 'EU']),
  shop: z.string(),
  pii: z.array(z.object({ text: z.string().min(1), type: z.enum(PII_TYPES), within: z.string().optional() })),
  optional: z.array(z.object({ text: z.string().min(1), type: z.string() })),
  keep: z.array(z.object({ text: z.string().min(1), why: z.string().optional() })),
});
export type ChatKey = z.infer<typeof keySchema>;

export const GRADED_CHAT_PARTS = ['tune', 'tune-c', 'tune-d', 'aside', 'aside-e'] as const;
export type GradedChatPart = (typeof GRADED_CHAT_PARTS)[number];

/** Parts never read while tuning: only their totals are printed. */
export const isHeldOut = (part: GradedChatPart): boolean => part.startsWith('aside');

export interface GradedChat {
  /** tune: writer A's chats; tune-c, tune-d: writers C and D, written later to tune on; aside, aside-e: writers B and E, never read while tuning. */
  part: GradedChatPart;
  key: ChatKey;
  bytes: Uint8Array;
  /** The region the shop would have set in its workspace (the key gives the market only for Europe). */
  region: string;
}

/** European chats name their country in the file: the writers' shops are in Portugal, the Netherlands and Germany. */
function regionOf(key: ChatKey): string {
  if (key.market !== 'EU') return key.market;
  if (/porto|lisbo/i.test(key.file)) return 'PT';
  if (/utrecht|rotterdam|amsterdam/i.test(key.file)) return 'NL';
  return 'DE';
}

export function loadGradedChats(): GradedChat[] {
  const chats: GradedChat[] = [];
  for (const part of GRADED_CHAT_PARTS) {
    const folder = join(GRADED_CHATS_DIR, part);
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.key.json')).sort()) {
      const where = `${part}/${name}`;
      const parsed = keySchema.safeParse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      if (!parsed.success) throw new Error(`${where}: ${parsed.error.issues[0]?.path.join('.')}: ${parsed.error.issues[0]?.message}`);
      chats.push({ part, key: parsed.data, bytes: readFileSync(join(folder, parsed.data.file)), region: regionOf(parsed.data) });
    }
  }
  return chats;
}
