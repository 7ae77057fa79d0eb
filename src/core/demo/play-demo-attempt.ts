/**
 * Plays one scenario for the demo shop the way a trainee would: walks the graph, answers each
 * decision step at a given skill (good / partial / poor replies, best or weaker choices), and
 * scores every reply with the real scoring core. Scoring results are cached per reply text, so
 * the benchmark's 50,000 attempts generate in seconds.
 */
import type { Attempt, AttemptStep } from '../../shared/domain/attempt';
import type { FreeTextStep, Scenario } from '../../shared/domain/scenario';
import type { FreeTextResult, StepResult } from '../../shared/domain/scoring';
import { nextStepAfter } from '../scenarios';
import { scoreAttempt, scoreChoice, scoreFreeTextReply } from '../scoring';
import { demoReply, demoReplySeconds, type ReplyQuality } from './demo-replies';
import type { Random } from './seeded-random';
import { replyContextFor } from '../scoring/reply-context';
import { judgeReplyTime, replyTimeEntries } from '../scoring/reply-time';
import { totalsByStandard } from '../scoring/standard-totals';

const freeTextCache = new Map<string, FreeTextResult>();

function scoreCached(scenario: Scenario, stepId: string, step: FreeTextStep, reply: string, passMark: number): FreeTextResult {
  const key = `${scenario.id}@${scenario.version}|${stepId}|${passMark}|${reply}`;
  let result = freeTextCache.get(key);
  if (!result) {
    result = scoreFreeTextReply(reply, step, { ...replyContextFor(scenario, stepId), passMark });
    freeTextCache.set(key, result);
  }
  return result;
}

/** The cached result was scored untimed; the demo's own reply time joins it as the real scoring would add it. */
function withReplyTime(result: FreeTextResult, step: FreeTextStep, sec: number): FreeTextResult {
  const replyTime = judgeReplyTime(step, sec);
  const text = `Reply time: ${sec} s, ${replyTime.withinTarget ? 'within' : 'over'} the ${replyTime.targetSec} s target`;
  const perStandard = totalsByStandard([...result.perStandard.map((t) => ({ ...t })), ...replyTimeEntries(replyTime)]);
  return { ...result, replyTime, perStandard, lines: [...result.lines, { points: 0, text }] };
}

export function qualityFor(skill: number, random: Random): ReplyQuality {
  const r = random.next();
  if (r < skill * 0.65) return 'good';
  if (r < skill * 0.65 + 0.3) return 'partial';
  return 'poor';
}

export interface DemoPlay {
  id: string;
  personId: string;
  scenario: Scenario;
  assignmentId: string | null;
  mode: Attempt['mode'];
  passMark: number;
  startedAt: Date;
  /** 0..1: how likely good replies and best choices are. */
  skill: number;
  /** Leave the attempt unfinished (in progress) after the first reply. */
  unfinished?: boolean;
}

export function playDemoAttempt(play: DemoPlay, random: Random): Attempt {
  const { scenario } = play;
  const steps: AttemptStep[] = [];
  let clock = play.startedAt.getTime();
  let id: string | null = scenario.start;
  let outcome: Attempt['outcome'] = null;
  for (let guard = 0; id !== null && guard < 100; guard++) {
    const step: Scenario['steps'][string] = scenario.steps[id];
    if (step.type === 'customer') {
      clock += 4_000 * step.messages.length;
      id = step.next;
      continue;
    }
    if (step.type === 'ending') {
      outcome = { stepId: id, rating: step.rating, text: step.outcome };
      break;
    }
    if (play.unfinished && steps.length > 0) break;
    const shownAt = new Date(clock).toISOString();
    let result: StepResult;
    let reply: string;
    let optionId: string | undefined;
    let seconds: number;
    if (step.type === 'free-text') {
      const quality = qualityFor(play.skill, random);
      reply = demoReply(step, scenario.language, quality, random);
      seconds = demoReplySeconds(step.replyTimeTargetSec, quality, random);
      result = withReplyTime(scoreCached(scenario, id, step, reply, play.passMark), step, seconds);
    } else {
      const ranked = [...step.options].sort((a, b) => sum(b.points) - sum(a.points));
      const option = random.chance(play.skill) ? ranked[0] : random.pick(ranked);
      optionId = option.id;
      reply = option.text;
      seconds = random.int(8, 60);
      result = scoreChoice(step, option.id, { stepId: id, passMark: play.passMark });
    }
    clock += seconds * 1000;
    steps.push({ stepId: id, kind: step.type, reply, ...(optionId ? { optionId } : {}), promptShownAt: shownAt, answeredAt: new Date(clock).toISOString(), replyTimeSec: seconds, result });
    id = nextStepAfter(scenario, id, result);
  }
  const finished = !play.unfinished && outcome !== null;
  return {
    id: play.id,
    personId: play.personId,
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    assignmentId: play.assignmentId,
    mode: play.mode,
    status: finished ? 'finished' : 'in-progress',
    startedAt: play.startedAt.toISOString(),
    endedAt: finished ? new Date(clock).toISOString() : null,
    currentStepId: finished ? (outcome?.stepId ?? scenario.start) : (id ?? scenario.start),
    currentPromptShownAt: null,
    steps,
    outcome: finished ? outcome : null,
    score: finished ? scoreAttempt(steps.map((s) => s.result), play.passMark) : null,
    reviews: [],
    rescores: [],
  };
}

const sum = (points: Record<string, number>) => Object.values(points).reduce((a, b) => a + b, 0);
