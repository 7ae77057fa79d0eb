/**
 * Finds `[[standard:<id>]]` references in chapter Markdown, with line and column, skipping code
 * (fenced blocks and inline code spans) where the syntax is shown rather than used.
 */
import { standardRefPattern } from '../../shared/domain/playbook';

export interface StandardRef {
  id: string;
  /** 1-based line and column of the opening brackets. */
  line: number;
  column: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function findStandardRefs(markdown: string): StandardRef[] {
  const refs: StandardRef[] = [];
  let openFence: string | null = null;
  markdown.split(/\r?\n/).forEach((rawLine, index) => {
    const fence = FENCE.exec(rawLine);
    if (openFence) {
      if (fence && fence[1][0] === openFence[0] && fence[1].length >= openFence.length) openFence = null;
      return;
    }
    if (fence) {
      openFence = fence[1];
      return;
    }
    const line = blankInlineCode(rawLine);
    for (const match of line.matchAll(standardRefPattern())) {
      refs.push({ id: match[1], line: index + 1, column: (match.index ?? 0) + 1 });
    }
  });
  return refs;
}

/** Replaces inline code spans with spaces, keeping columns where they were. */
function blankInlineCode(line: string): string {
  return line.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length));
}
