/**
 * The first page of a person's report PDF: their headline figures (attempts, pass rate, playbook,
 * due and overdue assignments), then strengths, gaps and the assignments still open, in words.
 */
import type { PersonAssignmentRow, PersonReport } from '../../../shared/domain/progress';
import { INK, MUTED, PdfCanvas, RULE } from './pdf-canvas';
import { dayWords } from './report-pdf-words';
import { CONTENT_TOP, MARGIN } from './report-page-frame';
import { drawList } from './summary-page';

/** Passed and acknowledged assignments are done; anything else still asks something of the person. */
const isOpen = (a: PersonAssignmentRow) => a.state !== 'passed' && a.state !== 'acknowledged';

function passRate(report: PersonReport): [string, string] {
  const finished = report.attempts.filter((a) => a.status === 'finished');
  if (finished.length === 0) return ['–', 'no finished attempts yet'];
  const passed = finished.filter((a) => a.passed).length;
  return [`${Math.round((passed / finished.length) * 100)}%`, `${passed} of ${finished.length} finished attempts`];
}

function playbook(report: PersonReport): [string, string] {
  const latest = [...report.acknowledgements].sort((a, b) => b.version - a.version)[0];
  if (!latest) return ['–', 'not asked to read it'];
  if (latest.acknowledgedAt) return ['Yes', `version ${latest.version}, ${dayWords(latest.acknowledgedAt.slice(0, 10))}`];
  return [latest.overdue ? 'Overdue' : 'Not yet', `version ${latest.version}${latest.dueDate ? `, due ${dayWords(latest.dueDate.slice(0, 10))}` : ''}`];
}

function stats(report: PersonReport): [string, string, string][] {
  const open = report.assignments.filter(isOpen);
  return [
    ['Attempts', String(report.totalAttempts), `${report.attemptsMatching} in the chosen period`],
    ['Pass rate', ...passRate(report)],
    ['Playbook acknowledged', ...playbook(report)],
    ['Assignments due', String(open.filter((a) => a.dueDate).length), `of ${open.length} still open`],
    ['Overdue', String(report.assignments.filter((a) => a.overdue).length), 'assignments past their due date'],
  ];
}

function assignmentLine(a: PersonAssignmentRow): string {
  const due = a.dueDate ? `due ${dayWords(a.dueDate.slice(0, 10))}` : 'no due date';
  return `${a.title} — ${a.overdue ? `OVERDUE (${due})` : due}${a.score === null ? '' : `, best so far ${Math.round(a.score * 100)}`}`;
}

export function drawPersonSummaryPage(canvas: PdfCanvas, report: PersonReport): void {
  const width = canvas.width - MARGIN * 2;
  const gap = 10;
  const boxWidth = (width - gap * 4) / 5;
  stats(report).forEach(([label, value, hint], i) => {
    const x = MARGIN + i * (boxWidth + gap);
    canvas.box(x, CONTENT_TOP, boxWidth, 70, undefined, RULE);
    canvas.text(label, x + 10, CONTENT_TOP + 10, { size: 9, color: MUTED });
    canvas.text(value, x + 10, CONTENT_TOP + 24, { size: 20, bold: true, color: INK });
    canvas.text(hint, x + 10, CONTENT_TOP + 52, { size: 7.5, color: MUTED });
  });
  const columnTop = CONTENT_TOP + 96;
  const columnWidth = (width - 40) / 3;
  const column = (i: number) => MARGIN + i * (columnWidth + 20);
  drawList(canvas, 'Strengths', report.strengths, 'No standard is solid yet.', column(0), columnTop, columnWidth);
  drawList(canvas, 'Needs work', report.gaps, 'No gaps: every standard with enough attempts is solid or better.', column(1), columnTop, columnWidth);
  const open = report.assignments.filter(isOpen).sort((a, b) => Number(b.overdue) - Number(a.overdue));
  drawList(canvas, 'Assignments still open', open.map(assignmentLine), 'Nothing is waiting.', column(2), columnTop, columnWidth);
}
