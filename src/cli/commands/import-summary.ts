/** The readable (non-JSON) output of `cli import`. */
import type { RedactionSummary } from '../../shared/domain/transcript';
import type { ImportResult } from '../../core/transcripts/import-transcript';

const PREVIEW = 8;

export function formatImportSummary(result: ImportResult, redactions: RedactionSummary[], conversations: number, redacted: boolean): string {
  const nameOf = new Map(result.participants.map((p) => [p.id, p.name]));
  const first = result.messages[0]?.at ?? '-';
  const last = result.messages[result.messages.length - 1]?.at ?? '-';
  const lines = [
    `Format:        ${result.format}`,
    `Title:         ${result.title}`,
    `Messages:      ${result.messages.length} (${result.messages.filter((m) => m.kind === 'media').length} media, ${result.messages.filter((m) => m.kind === 'system').length} system)`,
    `Period:        ${first} .. ${last}`,
    `Conversations: ${conversations} (split at 6-hour gaps)`,
    'Participants:',
    ...result.participants.map((p) => `  ${p.id.padEnd(4)} ${p.side.padEnd(8)} ${p.name}`),
    redacted ? `Redactions:    ${redactions.length ? redactions.map((r) => `${r.type} ${r.count}`).join(', ') : 'none found'}` : 'Redactions:    off (--no-redact)',
  ];
  if (result.chats) lines.push('Chats in this export (pick one with --chat <id>):', ...result.chats.map((c) => `  ${c.id}  ${c.name} (${c.messageCount} messages)`));
  lines.push('', `First ${Math.min(PREVIEW, result.messages.length)} messages:`);
  for (const m of result.messages.slice(0, PREVIEW)) {
    const who = m.sender ? (nameOf.get(m.sender) ?? m.sender) : '(system)';
    lines.push(`  [${m.at}] ${who}: ${m.text.replace(/\n/g, ' / ').slice(0, 140)}`);
  }
  return lines.join('\n');
}
