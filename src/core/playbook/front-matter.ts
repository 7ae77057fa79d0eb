/**
 * YAML front-matter between `---` lines at the top of a Markdown file. Parsing keeps the YAML
 * document so a field's problem can be reported with its line in the file.
 */
import { LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { yamlDetail } from '../content/problem-text';

export interface FrontMatterFile {
  /** The YAML document (null when the file has no front-matter). */
  doc: Document | null;
  data: unknown;
  body: string;
  /** 1-based file line where the body starts, to report body problems with file lines. */
  bodyLine: number;
  /** Problems in the YAML itself, with 1-based lines in the file. */
  errors: { line?: number; message: string }[];
  /** 1-based file line of a field, e.g. lineOf(['examples', 'good', 1]). */
  lineOf(path: (string | number)[]): number | undefined;
}

const OPEN = '---\n';

/** One separator newline after the closing `---` and one final newline are format, not body. */
export function splitFrontMatter(text: string): FrontMatterFile {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!normalized.startsWith(OPEN)) {
    return { doc: null, data: undefined, body: normalized, bodyLine: 1, errors: [{ line: 1, message: 'The file does not start with front-matter (a line with --- , the YAML fields, then another ---).' }], lineOf: () => undefined };
  }
  const closing = /\n---(?:\n|$)/g;
  closing.lastIndex = OPEN.length - 1;
  const close = closing.exec(normalized)?.index ?? -1;
  const closeEnd = close + 4;
  if (close < 0) {
    return { doc: null, data: undefined, body: '', bodyLine: 1, errors: [{ line: 1, message: 'The front-matter is never closed: add a line with --- after the YAML fields.' }], lineOf: () => undefined };
  }
  const yamlText = normalized.slice(OPEN.length, close + 1);
  let body = normalized.slice(Math.min(closeEnd + 1, normalized.length));
  let bodyLine = normalized.slice(0, Math.min(closeEnd + 1, normalized.length)).split('\n').length;
  if (body.startsWith('\n')) {
    body = body.slice(1);
    bodyLine += 1;
  }
  if (body.endsWith('\n')) body = body.slice(0, -1);
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const fileLine = (offset: number) => counter.linePos(offset).line + 1;
  const errors: { line?: number; message: string }[] = doc.errors.map((e) => ({ line: fileLine(e.pos[0]), message: `The front-matter is not valid YAML: ${yamlDetail(e)}` }));
  let data: unknown;
  // Aliases are resolved here: an unknown anchor or an alias bomb throws, and becomes a problem.
  if (!errors.length) {
    try {
      data = doc.toJS();
    } catch (error) {
      errors.push({ line: 2, message: `The front-matter is not valid YAML: ${yamlDetail(error as Error)}` });
    }
  }
  return {
    doc,
    data,
    body,
    bodyLine,
    errors,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
        if (node && typeof node === 'object' && node.range) return fileLine(node.range[0]);
      }
      return undefined;
    },
  };
}

export function joinFrontMatter(data: Record<string, unknown>, body: string): string {
  const yamlText = stringify(data, { lineWidth: 0 });
  return `${OPEN}${yamlText}---\n\n${body}\n`;
}
