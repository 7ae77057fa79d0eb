/** First run, sign-in, sign-out and the signed-in person's own PIN. */
import { AppError } from '../../../shared/errors';
import type { SessionInfo } from '../../../shared/domain/workspace';
import { hashPin } from '../../auth/pin-hash';
import { seedFromContentPack } from '../../content/seed-workspace';
import { toPersonView } from '../../people/people-rules';
import { WORKSPACE_SCHEMA_VERSION, type StoredPerson } from '../../store/workspace-schema';
import { actorOf, type HandlerContext, type HandlersOf } from '../handler-types';
import { checkPin, lockedUntilIso, wrongPinMessage } from '../pin-check';
import { DEFAULT_IDLE_MINUTES } from '../workspace-state';
import { newRecordId } from '../../store/record-id';
import type { sessionOps } from '../../../shared/contract/session-ops';

function startSession(ctx: HandlerContext, person: StoredPerson): SessionInfo {
  const session = ctx.ws.sessions.create(person.id, person.role, ctx.now.getTime());
  return { token: session.token, person: toPersonView(person), idleMinutes: ctx.ws.data.settings.idleMinutes };
}

export const sessionHandlers = {
  getAppState(_input, { ws, now }) {
    // Before sign-in only a folder with no workspace shows its notices: there is nobody to sign in as.
    if (!ws.exists) return { workspaceExists: false, brandName: null, demo: false, people: [], notices: ws.notices.all() };
    const { settings, people } = ws.data;
    return {
      workspaceExists: true,
      brandName: settings.brandName,
      demo: settings.demo,
      notices: [],
      people: people
        .filter((p) => p.active)
        .map((p) => ({ id: p.id, name: p.name, role: p.role, lockedUntil: lockedUntilIso(ws, p.id, now) })),
    };
  },

  async createWorkspace(input, ctx) {
    const { ws, now } = ctx;
    if (ws.exists) throw new AppError('CONFLICT', 'This folder already holds a workspace. Sign in instead.');
    const at = now.toISOString();
    const leader: StoredPerson = { id: newRecordId(), name: input.leaderName, role: 'leader', active: true, pin: await hashPin(input.pin), createdAt: at, updatedAt: at };
    const seeded = await seedFromContentPack(ws.contentDir, { at, by: leader.id });
    await ws.create({
      ...seeded,
      schemaVersion: WORKSPACE_SCHEMA_VERSION,
      settings: { brandName: input.brandName, region: input.region, idleMinutes: DEFAULT_IDLE_MINUTES, demo: false, createdAt: at },
      people: [leader],
      assignments: [],
      rescoreRuns: [],
      pinGuards: {},
      notices: [],
    });
    return startSession(ctx, leader);
  },

  async signIn(input, ctx) {
    const { ws, now } = ctx;
    const person = ws.data.people.find((p) => p.id === input.personId && p.active);
    if (!person) throw new AppError('NOT_FOUND', 'That profile does not exist or has been deactivated.');
    const verdict = await checkPin(ws, person, input.pin, now);
    if (!verdict.right) throw new AppError(verdict.locked ? 'LOCKED' : 'WRONG_PIN', wrongPinMessage(person, verdict));
    return startSession(ctx, person);
  },

  signOut(_input, { ws, session }) {
    if (session) ws.sessions.end(session.token);
    return { signedOut: true };
  },

  getSession(_input, ctx) {
    const actor = actorOf(ctx);
    return { token: ctx.session!.token, person: toPersonView(actor), idleMinutes: ctx.ws.data.settings.idleMinutes };
  },

  async changeOwnPin(input, ctx) {
    const actor = actorOf(ctx);
    let verdict;
    try {
      verdict = await checkPin(ctx.ws, actor, input.currentPin, ctx.now);
    } catch (error) {
      ctx.ws.sessions.endAllFor(actor.id);
      throw error;
    }
    if (!verdict.right) {
      // Guessing one's own PIN from an unlocked screen is still guessing: a lock signs the person out.
      if (verdict.locked) {
        ctx.ws.sessions.endAllFor(actor.id);
        throw new AppError('LOCKED', `${wrongPinMessage(actor, verdict)} Sign in again when it opens.`);
      }
      throw new AppError('WRONG_PIN', wrongPinMessage(actor, verdict), [{ path: 'currentPin', message: 'Wrong PIN.' }]);
    }
    const pin = await hashPin(input.newPin);
    await ctx.ws.mutate(() => {
      actor.pin = pin;
      actor.updatedAt = ctx.now.toISOString();
    });
    ctx.ws.sessions.endAllFor(actor.id, ctx.session!.token);
    return { changed: true };
  },
} satisfies HandlersOf<typeof sessionOps>;
