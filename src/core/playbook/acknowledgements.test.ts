import { describe, expect, it } from 'vitest';
import { acknowledgeVersion, acknowledgementStatus, pendingAcknowledgementsFor, type AckPerson } from './acknowledgements';
import { updateChapterBody } from './draft-chapters';
import { PlaybookError } from './playbook-error';
import { publishDraft } from './publish';
import { sampleSection, stamp } from './fixtures/sample-section';

const people: AckPerson[] = [
  { id: 'lea', role: 'leader', active: true },
  { id: 'max', role: 'manager', active: true },
  { id: 'emi', role: 'employee', active: true },
  { id: 'old', role: 'employee', active: false },
];

function publishedV1() {
  return publishDraft(sampleSection(), { summary: 'v1', by: 'lea', at: '2026-11-03T08:00:00.000Z', dueDate: '2026-11-05' });
}

describe('acknowledgement status', () => {
  it('asks active employees and managers, not the leader or inactive people', () => {
    const [status] = acknowledgementStatus(publishedV1(), people, '2026-11-04T00:00:00.000Z');
    expect(status.pending.map((p) => p.personId)).toEqual(['max', 'emi']);
    expect(status.overdue).toBe(false);
  });

  it('moves a person from pending to acknowledged, with the time', () => {
    const section = acknowledgeVersion(publishedV1(), { personId: 'emi', version: 1, at: '2026-11-04T12:00:00.000Z' });
    const [status] = acknowledgementStatus(section, people, '2026-11-04T13:00:00.000Z');
    expect(status.acknowledged).toEqual([{ personId: 'emi', at: '2026-11-04T12:00:00.000Z' }]);
    expect(status.pending.map((p) => p.personId)).toEqual(['max']);
  });

  it('is overdue only after the due day has passed and someone is still pending', () => {
    const section = publishedV1();
    expect(acknowledgementStatus(section, people, '2026-11-05T23:59:00.000Z')[0].overdue).toBe(false);
    const late = acknowledgementStatus(section, people, '2026-11-06T00:01:00.000Z')[0];
    expect(late.overdue).toBe(true);
    expect(late.pending.every((p) => p.overdue)).toBe(true);
    let done = acknowledgeVersion(section, { personId: 'emi', version: 1, at: '2026-11-06T01:00:00.000Z' });
    done = acknowledgeVersion(done, { personId: 'max', version: 1, at: '2026-11-06T01:00:00.000Z' });
    expect(acknowledgementStatus(done, people, '2026-11-07T00:00:00.000Z')[0].overdue).toBe(false);
  });

  it('lists versions newest first and marks older requests superseded', () => {
    let section = publishedV1();
    section = updateChapterBody(section, 'welcome', 'new', stamp);
    section = publishDraft(section, { summary: 'v2', by: 'lea', at: '2026-11-08T08:00:00.000Z' });
    const statuses = acknowledgementStatus(section, people, '2026-11-08T09:00:00.000Z');
    expect(statuses.map((s) => [s.version, s.superseded])).toEqual([
      [2, false],
      [1, true],
    ]);
  });
});

describe('pending acknowledgements for one person', () => {
  it('shows the latest requested version until the person acknowledges it', () => {
    let section = publishedV1();
    section = updateChapterBody(section, 'welcome', 'new', stamp);
    section = publishDraft(section, { summary: 'Added tone tips', by: 'lea', at: '2026-11-08T08:00:00.000Z' });
    const emi = people[2];
    expect(pendingAcknowledgementsFor(section, emi, '2026-11-08T09:00:00.000Z')).toEqual([
      { version: 2, summary: 'Added tone tips', requestedAt: '2026-11-08T08:00:00.000Z', overdue: false },
    ]);
    section = acknowledgeVersion(section, { personId: 'emi', version: 2, at: '2026-11-08T10:00:00.000Z' });
    expect(pendingAcknowledgementsFor(section, emi, '2026-11-08T11:00:00.000Z')).toEqual([]);
  });

  it('asks nothing of the leader or of an inactive person', () => {
    const section = publishedV1();
    expect(pendingAcknowledgementsFor(section, people[0], '2026-11-04T00:00:00.000Z')).toEqual([]);
    expect(pendingAcknowledgementsFor(section, people[3], '2026-11-04T00:00:00.000Z')).toEqual([]);
  });

  it('refuses to acknowledge a version that has been replaced, and keeps the first record on repeat', () => {
    let section = publishedV1();
    section = updateChapterBody(section, 'welcome', 'new', stamp);
    section = publishDraft(section, { summary: 'v2', by: 'lea', at: '2026-11-08T08:00:00.000Z' });
    expect(() => acknowledgeVersion(section, { personId: 'emi', version: 1, at: '2026-11-08T09:00:00.000Z' })).toThrow(PlaybookError);
    const once = acknowledgeVersion(section, { personId: 'emi', version: 2, at: '2026-11-08T09:00:00.000Z' });
    const twice = acknowledgeVersion(once, { personId: 'emi', version: 2, at: '2026-11-09T09:00:00.000Z' });
    expect(twice.acknowledgements).toEqual([{ personId: 'emi', version: 2, at: '2026-11-08T09:00:00.000Z' }]);
  });
});
