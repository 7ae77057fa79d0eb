/**
 * LINE "Export chat history" .txt: a header, a date line per day, then TIME<TAB>NAME<TAB>TEXT.
 * Multi-line texts come wrapped in double quotes; an empty name column is a platform event.
 */
import type { RawChat, RawMessage } from './raw-chat';
import { TranscriptImportError } from './import-error';

const HEADER_LINE = /^\[LINE\][ \u00a0]?(.{0,200})$/;
// "2024/05/12 Sun", "2024/05/12(日)", "Sun, 05/12/2024", "2024.05.12 วันอาทิตย์"
const DATE_LINE = /^(?:[^\d\t]{1,12},[ \u00a0]?)?(\d{1,4})[/.-](\d{1,2})[/.-](\d{1,4})(?:[ \u00a0(（][^\t\d]{0,20})?$/;
const MESSAGE_LINE = /^(午前|午後|上午|下午|오전|오후)?(\d{1,2}):(\d{2})(?:[ \u00a0]?([AaPp][Mm]))?\t/;
const MEDIA_TEXT = /^\[[^[\]\n]{1,24}\]$/;

const CHAT_WITH = [/^Chat history with (.+)$/i, /^Riwayat obrolan dengan (.+)$/i, /^ประวัติการแชทกับ ?(.+)$/, /^(.+)とのトーク履歴$/, /^与(.+)的聊天记录$/, /^與(.+)的聊天記錄$/, /^(.+)님과의 대화$/];

export function looksLikeLine(text: string): boolean {
  const start = text.slice(0, 4000);
  if (start.startsWith('[LINE]')) return true;
  const lines = start.split('\n', 12);
  return lines.some((l) => DATE_LINE.test(l.trim())) && lines.some((l) => MESSAGE_LINE.test(l) && l.split('\t').length >= 3);
}

function pad2(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

function dateOf(m: RegExpExecArray): string | null {
  const [a, b, c] = [m[1], m[2], m[3]];
  if (a.length === 4) return `${a}-${pad2(+b)}-${pad2(+c)}`;
  if (c.length === 4) return +a > 12 ? `${c}-${pad2(+b)}-${pad2(+a)}` : `${c}-${pad2(+a)}-${pad2(+b)}`; // old English exports are m/d/y
  return null;
}

export function parseLineText(rawText: string, fileName: string): RawChat {
  const text = rawText.includes('\r') ? rawText.replace(/\r\n?/g, '\n') : rawText;
  const lines = text.split('\n');
  let title = fileName.replace(/\.txt$/i, '');
  const head = HEADER_LINE.exec(lines[0] ?? '');
  if (head) {
    title = head[1].trim();
    for (const pattern of CHAT_WITH) {
      const m = pattern.exec(title);
      if (m) title = `Chat history with ${m[1].trim()}`;
    }
  }
  const messages: RawMessage[] = [];
  let day: string | null = null;
  let open: RawMessage | null = null;
  let quoted = false;
  for (let i = head ? 1 : 0; i < lines.length; i++) {
    const line = lines[i];
    if (quoted && open) {
      if (line.endsWith('"') && !line.endsWith('""')) {
        open.text += '\n' + line.slice(0, -1).replace(/""/g, '"');
        quoted = false;
      } else open.text += '\n' + line.replace(/""/g, '"');
      continue;
    }
    const dateMatch = DATE_LINE.exec(line.trim());
    if (dateMatch && dateOf(dateMatch)) {
      day = dateOf(dateMatch);
      open = null;
      continue;
    }
    const m = MESSAGE_LINE.exec(line);
    if (m && day) {
      let hour = +m[2];
      const marker = (m[1] ?? m[4] ?? '').toLowerCase();
      if (/^(pm|午後|下午|오후)$/.test(marker) && hour < 12) hour += 12;
      if (/^(am|午前|上午|오전)$/.test(marker) && hour === 12) hour = 0;
      const rest = line.slice(m[0].length);
      const tab = rest.indexOf('\t');
      const author = tab >= 0 ? rest.slice(0, tab) : '';
      let body = tab >= 0 ? rest.slice(tab + 1) : rest;
      if (body.startsWith('"') && !(body.length > 1 && body.endsWith('"') && !body.endsWith('""'))) {
        quoted = true;
        body = body.slice(1).replace(/""/g, '"');
      } else if (body.length > 1 && body.startsWith('"') && body.endsWith('"')) body = body.slice(1, -1).replace(/""/g, '"');
      const at = `${day}T${pad2(hour)}:${m[3]}:00`;
      open = author.trim() === '' ? { at, author: null, text: body, kind: 'system' } : { at, author, text: body, kind: MEDIA_TEXT.test(body) ? 'media' : 'text' };
      messages.push(open);
      continue;
    }
    // Older exports do not quote multi-line texts: an unrecognised line continues the last message.
    if (open && line !== '') open.text += '\n' + line;
  }
  if (messages.length === 0) {
    throw new TranscriptImportError('NOT_A_CHAT_EXPORT', fileName, 'no date line followed by "TIME<TAB>NAME<TAB>TEXT" lines was found. In LINE, open the chat, then Settings > Export chat history, and choose that .txt file.', { line: 1 });
  }
  return { format: 'line', title, messages };
}
