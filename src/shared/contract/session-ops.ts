/** Operations for first run, sign-in and the signed-in person's own account. */
import { z } from 'zod';
import { EVERYONE, operation } from './operation';
import { idSchema, personNameSchema, pinSchema } from '../domain/people';
import { brandNameSchema, regionSchema, type AppState, type SessionInfo } from '../domain/workspace';

export const sessionOps = {
  getAppState: operation<AppState>()({
    summary: 'What the start screen needs: does a workspace exist, who can sign in, notices.',
    access: 'public',
    input: z.object({}).strict(),
  }),
  createWorkspace: operation<SessionInfo>()({
    summary: "First run: create the workspace with the brand and the owner's leader profile.",
    access: 'public',
    input: z
      .object({ brandName: brandNameSchema, region: regionSchema, leaderName: personNameSchema, pin: pinSchema })
      .strict(),
  }),
  signIn: operation<SessionInfo>()({
    summary: 'Sign in with a person and their PIN.',
    access: 'public',
    input: z.object({ personId: idSchema, pin: z.string().max(64) }).strict(),
  }),
  signOut: operation<{ signedOut: true }>()({
    summary: 'End the current session.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  getSession: operation<SessionInfo>()({
    summary: 'The signed-in person and session settings.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  changeOwnPin: operation<{ changed: true }>()({
    summary: 'Change your own PIN.',
    access: EVERYONE,
    input: z.object({ currentPin: z.string().max(64), newPin: pinSchema }).strict(),
  }),
};
