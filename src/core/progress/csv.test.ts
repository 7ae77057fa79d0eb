import { describe, expect, it } from 'vitest';
import { record } from './fixtures/records';
import { attemptsCsv, masteryCsv, acknowledgementsCsv, type ExportNames } from './csv-exports';
import { ackDueDates } from '../playbook/ack-due-dates';
import { CSV_BOM, csvCell, toCsv } from './csv';

/** A small RFC 4180 reader, to check the files read back to exactly what was written. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('she said "hi"')).toBe('"she said ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rx']) expect(csvCell(evil).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell(-5)).toBe('-5');
  });

  it('starts with a UTF-8 byte-order mark and ends rows with CRLF', () => {
    const text = toCsv(['a', 'b'], [['x', 'ý']]);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text).toBe(`${CSV_BOM}a,b\r\nx,ý\r\n`);
  });
});

const names: ExportNames = {
  person: (id) => ({ p1: 'Budi, the new one', p2: '=cmd' })[id] ?? id,
  scenario: (id) => (id === 'boots' ? 'Boots "sold out"' : id),
  standardIds: ['honest', 'tone'],
  standardTitle: (id) => ({ honest: 'Keep the feed honest', tone: 'Human tone' })[id] ?? id,
  timeZone: 'Asia/Jakarta',
};

describe('CSV exports', () => {
  it('attempts: one row per attempt with effective and automatic scores, read back intact', () => {
    const reviewed = record({
      day: '2026-11-02',
      autoScore: 0.5,
      score: 0.75,
      reviewed: true,
      missedElements: [{ standardId: 'honest', elementId: 'e', label: 'Say, plainly\n"sold out"' }],
    });
    const rows = parseCsv(attemptsCsv([reviewed, record({ day: '2026-11-01', personId: 'p2', status: 'abandoned', score: null, autoScore: null, passed: null, endedAt: null })], names).slice(1));
    expect(rows[0]).toEqual(['attempt', 'person', 'scenario', 'version', 'mode', 'status', 'started (Asia/Jakarta)', 'finished (Asia/Jakarta)', 'channel', 'automatic score', 'score', 'passed', 'auto-failed', 'reviewed', 'assignment', 'missed elements']);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(1, 6)).toEqual(["'=cmd", 'Boots "sold out"', '1', 'coach', 'abandoned']);
    expect(rows[1][10]).toBe('');
    expect(rows[2].slice(1, 3)).toEqual(['Budi, the new one', 'Boots "sold out"']);
    expect(rows[2].slice(9, 14)).toEqual(['50', '75', 'yes', 'no', 'yes']);
    expect(rows[2][15]).toBe('Say, plainly\n"sold out"');
  });

  it('attempts: times are in the workspace time zone as a spreadsheet reads them (10:00 UTC is 17:00 in Jakarta)', () => {
    const rows = parseCsv(attemptsCsv([record({ day: '2026-12-04' })], names).slice(1));
    expect(rows[1].slice(6, 8)).toEqual(['2026-12-04 17:00', '2026-12-04 17:00']);
    const lagos = parseCsv(attemptsCsv([record({ day: '2026-12-04' })], { ...names, timeZone: 'Africa/Lagos' }).slice(1));
    expect(lagos[0][7]).toBe('finished (Africa/Lagos)');
    expect(lagos[1][7]).toBe('2026-12-04 11:00');
  });

  it('mastery: a row per person and standard with the number and the level in words', () => {
    const recs = [record({ day: '2026-11-01', ratios: { honest: 0.9 } }), record({ day: '2026-11-02', ratios: { honest: 0.9, tone: 0.3 } })];
    const rows = parseCsv(masteryCsv(recs, ['p1'], names).slice(1));
    expect(rows).toEqual([
      ['person', 'standard id', 'standard', 'mastery', 'level', 'attempts'],
      ['Budi, the new one', 'honest', 'Keep the feed honest', '90', 'mastered', '2'],
      ['Budi, the new one', 'tone', 'Human tone', '30', 'too early to say', '1'],
    ]);
  });

  it('acknowledgements: a row per requested version and person', () => {
    const rows = parseCsv(
      acknowledgementsCsv([{ version: 1, requestedAt: '2026-11-01T00:00:00Z', dueDate: '2026-11-08' }], [{ personId: 'p1', version: 1, at: '2026-11-02T08:00:00Z' }], ['p1', 'p2'], names).slice(1),
    );
    expect(rows).toEqual([
      ['person', 'playbook version', 'due', 'acknowledged', 'acknowledged at (Asia/Jakarta)'],
      ['Budi, the new one', '1', '2026-11-08', 'yes', '2026-11-02 15:00'],
      ["'=cmd", '1', '2026-11-08', 'no', ''],
    ]);
  });

  it("acknowledgements: a person's playbook assignment due date replaces the publishing default", () => {
    const requests = [{ version: 1, requestedAt: '2026-11-01T00:00:00Z', dueDate: '2027-01-01' }];
    const assignment = { kind: 'playbook' as const, playbookVersion: 1, personIds: ['p2'], dueDate: '2026-12-07', createdAt: '2026-11-03T00:00:00Z', closedAt: null };
    const rows = parseCsv(acknowledgementsCsv(requests, [], ['p1', 'p2'], names, ackDueDates(requests, [assignment])).slice(1));
    expect(rows.slice(1).map((r) => r[2])).toEqual(['2027-01-01', '2026-12-07']);
  });
});
