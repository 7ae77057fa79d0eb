/**
 * Compares long texts (chapter bodies, "why it matters") paragraph by paragraph, the way a reader
 * sees them: a paragraph whose words are the same is the same, whatever its line endings, trailing
 * spaces or final newline (line-by-line diffing showed "B" and "B\n" as one line removed and
 * added). A changed paragraph carries its word-level changes; unchanged paragraphs far from any
 * change are left out and counted.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { DiffPart, ParagraphDiff } from '../../shared/contract/playbook-ops';

/** Paragraphs shown unchanged on each side of a change, so the reader knows where it is. */
export const CONTEXT_PARAGRAPHS = 1;

/** A changed paragraph keeps at least this share of its words; below it, it reads as replaced. */
const SAME_PARAGRAPH_SIMILARITY = 0.5;

export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .split(/\n{2,}/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}

function wordParts(before: string, after: string): DiffPart[] {
  return diffWordsWithSpace(before, after).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', value: c.value }));
}

/** Share of the two paragraphs' characters that the word diff keeps. */
function similarity(parts: DiffPart[]): number {
  let same = 0;
  let total = 0;
  for (const part of parts) {
    const length = part.value.trim().length;
    total += part.kind === 'same' ? 2 * length : length;
    if (part.kind === 'same') same += 2 * length;
  }
  return total === 0 ? 1 : same / total;
}

/** One hunk of removed and added paragraphs: each removed one is paired with the next added one like it. */
function pairHunk(removed: string[], added: string[]): ParagraphDiff[] {
  const out: ParagraphDiff[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.slice(next).findIndex((candidate) => similarity(wordParts(old, candidate)) >= SAME_PARAGRAPH_SIMILARITY);
    if (match < 0) {
      out.push({ kind: 'removed', text: old });
      continue;
    }
    for (const inserted of added.slice(next, next + match)) out.push({ kind: 'added', text: inserted });
    out.push({ kind: 'changed', parts: wordParts(old, added[next + match]) });
    next += match + 1;
  }
  for (const inserted of added.slice(next)) out.push({ kind: 'added', text: inserted });
  return out;
}

function allParagraphs(before: string[], after: string[]): ParagraphDiff[] {
  const out: ParagraphDiff[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    out.push(...pairHunk(removed, added));
    removed = [];
    added = [];
  };
  for (const change of diffArrays(before, after)) {
    if (change.removed) removed.push(...change.value);
    else if (change.added) added.push(...change.value);
    else {
      flush();
      out.push(...change.value.map((text): ParagraphDiff => ({ kind: 'same', text })));
    }
  }
  flush();
  return out;
}

/** Unchanged paragraphs more than `context` away from a change become one "skipped" entry per run. */
function collapse(entries: ParagraphDiff[], context: number): ParagraphDiff[] {
  const changed = entries.map((e) => e.kind !== 'same');
  const near = (i: number) => changed.slice(Math.max(0, i - context), i + context + 1).some(Boolean);
  const out: ParagraphDiff[] = [];
  let run: ParagraphDiff[] = [];
  const flushRun = () => {
    // Hiding a single paragraph saves no room: show it.
    if (run.length === 1) out.push(run[0]);
    else if (run.length > 1) out.push({ kind: 'skipped', count: run.length });
    run = [];
  };
  entries.forEach((entry, i) => {
    if (entry.kind === 'same' && !near(i)) run.push(entry);
    else {
      flushRun();
      out.push(entry);
    }
  });
  flushRun();
  return out;
}

/** The paragraphs to show for a change from `before` to `after`, or null when a reader would see none. */
export function diffParagraphs(before: string, after: string, context = CONTEXT_PARAGRAPHS): ParagraphDiff[] | null {
  const a = splitParagraphs(before);
  const b = splitParagraphs(after);
  if (a.length === b.length && a.every((p, i) => p === b[i])) return null;
  return collapse(allParagraphs(a, b), context);
}
