/** The leader's and manager's home: what needs them today, in one call. */
import { z } from 'zod';
import { MANAGERS, operation } from './operation';
import type { ManagerHome } from '../domain/manager-home';

export const homeOps = {
  managerHome: operation<ManagerHome>()({
    summary: 'What needs a manager today: overdue and due-soon work by person, replies to review, unread playbook, weakest standards, recent coaching.',
    access: MANAGERS,
    input: z.object({}).strict(),
  }),
};
