/** Adding, editing and deactivating people. Role rules live in people-rules. */
import { AppError } from '../../../shared/errors';
import { hashPin } from '../../auth/pin-hash';
import { clearPinGuard } from '../pin-check';
import { giveOpenAssignments } from '../../progress/assignment-targets';
import { assertLeaderRemains, assertMayAssignRole, assertMayManage, assertNameFree, toPersonView } from '../../people/people-rules';
import type { StoredPerson } from '../../store/workspace-schema';
import { actorOf, type HandlersOf } from '../handler-types';
import { newRecordId } from '../../store/record-id';
import type { peopleOps } from '../../../shared/contract/people-ops';

export const peopleHandlers = {
  listPeople(_input, { ws }) {
    return ws.data.people.map(toPersonView);
  },

  async addPerson(input, ctx) {
    const actor = actorOf(ctx);
    assertMayAssignRole(actor, input.role);
    assertNameFree(ctx.ws.data.people, input.name);
    const at = ctx.now.toISOString();
    const person: StoredPerson = { id: newRecordId(), name: input.name, role: input.role, active: true, pin: await hashPin(input.pin), createdAt: at, updatedAt: at };
    await ctx.ws.mutate((data) => {
      data.people.push(person);
      giveOpenAssignments(data.assignments, person);
    });
    return toPersonView(person);
  },

  async updatePerson(input, ctx) {
    const actor = actorOf(ctx);
    const { ws } = ctx;
    const target = ws.data.people.find((p) => p.id === input.id);
    if (!target) throw new AppError('NOT_FOUND', 'That person does not exist.');
    assertMayManage(actor, target);
    if (input.role) assertMayAssignRole(actor, input.role);
    if (input.name) assertNameFree(ws.data.people, input.name, target.id);
    assertLeaderRemains(ws.data.people, target, input);
    const pin = input.pin ? await hashPin(input.pin) : null;
    await ws.mutate(() => {
      if (input.name) target.name = input.name;
      if (input.role) target.role = input.role;
      if (input.active !== undefined) target.active = input.active;
      if (pin) {
        target.pin = pin;
        clearPinGuard(ws, target.id);
      }
      target.updatedAt = ctx.now.toISOString();
      if (input.role || input.active) giveOpenAssignments(ws.data.assignments, target);
    });
    if (!target.active || pin) ws.sessions.endAllFor(target.id, target.id === actor.id ? ctx.session?.token : undefined);
    if (input.role) ws.sessions.updateRole(target.id, target.role);
    return toPersonView(target);
  },
} satisfies HandlersOf<typeof peopleOps>;
