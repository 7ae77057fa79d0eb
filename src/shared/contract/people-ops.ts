/** Operations on the people of the shop. */
import { z } from 'zod';
import { MANAGERS, operation } from './operation';
import { idSchema, personNameSchema, pinSchema, roleSchema, type PersonView } from '../domain/people';

export const peopleOps = {
  listPeople: operation<PersonView[]>()({
    summary: 'Everyone, active and deactivated.',
    access: MANAGERS,
    input: z.object({}).strict(),
  }),
  addPerson: operation<PersonView>()({
    summary: 'Add a person with a role and a starting PIN.',
    access: MANAGERS,
    input: z.object({ name: personNameSchema, role: roleSchema, pin: pinSchema }).strict(),
  }),
  updatePerson: operation<PersonView>()({
    summary: "Rename, change role, deactivate or reactivate a person, or set a new PIN.",
    access: MANAGERS,
    input: z
      .object({
        id: idSchema,
        name: personNameSchema.optional(),
        role: roleSchema.optional(),
        active: z.boolean().optional(),
        pin: pinSchema.optional(),
      })
      .strict(),
  }),
};
