import { describe, expect, it } from 'vitest';
import { scoreFreeTextReply } from '../../../../../core/scoring';
import { trainingScenario } from '../../../../../core/training/fixtures/training-scenario';
import { replyMarks, replySegments } from './reply-marks';

const step = trainingScenario.steps.r1;
if (step.type !== 'free-text') throw new Error('fixture changed');

describe('marks over the trainee reply', () => {
  it('marks the matched words of hit elements, must-avoid items and tone checks, in reply order, and rebuilds the reply exactly', () => {
    const reply = "Sorry Nadia, it's your fault but I will check with the courier!!!";
    const result = scoreFreeTextReply(reply, step, { language: 'en', customerName: 'Nadia' });
    const marks = replyMarks(result);
    expect(marks.map((m) => [reply.slice(m.start, m.end), m.kind, m.ref])).toEqual([
      ['Sorry', 'tone', 'T1'],
      ['your fault', 'avoid', 'A1'],
      ['check with the courier', 'hit', '1'],
      ['!!!', 'avoid', 'T3'],
    ]);
    const segments = replySegments(reply, marks);
    expect(segments.map((s) => s.text).join('')).toBe(reply);
  });

  it('leaves a reply with no matches as one plain segment', () => {
    const result = scoreFreeTextReply('ok', step, { language: 'en' });
    expect(replySegments('ok', replyMarks(result))).toEqual([{ text: 'ok', mark: null }]);
  });
});
