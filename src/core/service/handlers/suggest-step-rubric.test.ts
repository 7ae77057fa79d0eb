/** A leader asks for a rubric suggested from a real reply; it scores against the playbook's own standards. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RubricSuggestion } from '../../../shared/domain/rubric-suggestion';
import { closeWorkspace, ok, openEveryRoleWorkspace, type EveryRoleWorkspace } from '../test-service';

describe('suggestStepRubric', () => {
  let w: EveryRoleWorkspace;
  beforeAll(async () => {
    w = await openEveryRoleWorkspace();
  });
  afterAll(() => closeWorkspace(w));

  const input = {
    realReply: "Sorry [NAME:Customer], that's our mistake. Our rider brings the right size tomorrow before 10am.",
    customerMessages: ['Wrong size!! When can I get the right one?'],
    language: 'en',
    customerName: 'Aisyah',
    standardIds: ['apologise-own-fix', 'not-a-standard'],
  };

  it('suggests from the real reply, using only standards the playbook has', async () => {
    const s = await ok<RubricSuggestion>(w.service, 'suggestStepRubric', input, w.sessions.leader.token);
    expect(s.modelAnswer).toContain('Sorry Aisyah');
    expect(s.rubric.elements.length).toBeGreaterThan(0);
    expect(new Set(s.rubric.elements.map((e) => e.standardId))).toEqual(new Set(['apologise-own-fix']));
  });

  it('is for leaders only, and says what is wrong with an empty reply', async () => {
    const refused = await w.service.call('suggestStepRubric', input, w.sessions.manager.token);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.code).toBe('FORBIDDEN');
    const empty = await w.service.call('suggestStepRubric', { ...input, realReply: '  ' }, w.sessions.leader.token);
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.message).toContain('no real reply');
  });
});
