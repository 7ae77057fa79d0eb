/**
 * The editor toolbar's text changes as plain functions: text and selection in, text and selection
 * out. Bold/italic wrap the selection, heading and list prefix its lines, link and standard insert.
 */
export interface TextSelection {
  text: string;
  start: number;
  end: number;
}

export type FormatKind = 'bold' | 'italic' | 'heading' | 'list' | 'link';

function wrap(sel: TextSelection, marker: string, placeholder: string): TextSelection {
  const inner = sel.text.slice(sel.start, sel.end) || placeholder;
  const text = sel.text.slice(0, sel.start) + marker + inner + marker + sel.text.slice(sel.end);
  return { text, start: sel.start + marker.length, end: sel.start + marker.length + inner.length };
}

function prefixLines(sel: TextSelection, prefix: string): TextSelection {
  const lineStart = sel.text.lastIndexOf('\n', sel.start - 1) + 1;
  const lineEndIndex = sel.text.indexOf('\n', sel.end);
  const lineEnd = lineEndIndex === -1 ? sel.text.length : lineEndIndex;
  const lines = sel.text.slice(lineStart, lineEnd).split('\n');
  const heading = prefix.startsWith('#');
  const changed = lines.map((line) => (line.startsWith(prefix) ? line : prefix + (heading ? line.replace(/^#+\s*/, '') : line))).join('\n');
  const text = sel.text.slice(0, lineStart) + changed + sel.text.slice(lineEnd);
  return { text, start: lineStart, end: lineStart + changed.length };
}

export function applyFormat(sel: TextSelection, kind: FormatKind): TextSelection {
  switch (kind) {
    case 'bold':
      return wrap(sel, '**', 'bold text');
    case 'italic':
      return wrap(sel, '_', 'italic text');
    case 'heading':
      return prefixLines(sel, '## ');
    case 'list':
      return prefixLines(sel, '- ');
    case 'link': {
      const label = sel.text.slice(sel.start, sel.end) || 'link text';
      const insert = `[${label}](https://)`;
      const text = sel.text.slice(0, sel.start) + insert + sel.text.slice(sel.end);
      const urlAt = sel.start + label.length + 3;
      return { text, start: urlAt, end: urlAt + 'https://'.length };
    }
  }
}

/** Inserts a block (a standard card, an image) on its own lines at the cursor. */
export function insertBlock(sel: TextSelection, block: string): TextSelection {
  const before = sel.text.slice(0, sel.start);
  const after = sel.text.slice(sel.end);
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n';
  const text = before + lead + block + trail + after;
  const caret = before.length + lead.length + block.length + trail.length;
  return { text, start: caret, end: caret };
}

export function wordCount(markdown: string): number {
  return markdown
    .replace(/\[\[standard:[^\]]+\]\]/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`~-]+/g, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
