/**
 * The shape of workspace.json. Each domain owns a section; sections added after schema 2 carry
 * defaults so older files still validate, and real shape changes get a migration below.
 */
import { z } from 'zod';
import { ROLES } from '../../shared/contract/operation';
import { assignmentSchema } from '../../shared/domain/assignment';
import { playbookSectionSchema } from '../../shared/domain/playbook';
import { scenarioSectionSchema } from '../../shared/domain/scenario-library';
import { rescoreRunSchema } from '../../shared/domain/rescore-run';
import { noticeSchema } from '../../shared/domain/workspace';
import type { Migration } from './json-document';

export const WORKSPACE_SCHEMA_VERSION = 2;

const isoDate = z.string().min(10);

export const storedPinSchema = z.object({ salt: z.string().min(16), hash: z.string().min(32) });

export const storedPersonSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  role: z.enum(ROLES),
  active: z.boolean(),
  pin: storedPinSchema,
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type StoredPerson = z.infer<typeof storedPersonSchema>;

/** Wrong-PIN counting per person (see core/auth/lockout.ts); kept here so a restart keeps locks. */
export const pinGuardSchema = z.object({
  /** Guesses counted since the last lock or success, including ones still being checked. */
  guesses: z.number().int().min(0),
  lockedUntil: isoDate.nullable(),
  /** Lockouts in a row without a right PIN in between: picks the next lock's length. */
  lockouts: z.number().int().min(0),
});
export type PinGuard = z.infer<typeof pinGuardSchema>;

export const storedSettingsSchema = z.object({
  brandName: z.string().min(1),
  region: z.string().regex(/^[A-Z]{2}$/),
  idleMinutes: z.number().int().min(1).max(240),
  demo: z.boolean(),
  createdAt: isoDate,
  /** IANA time zone of reports and exports; absent in older files, where the region's zone applies. */
  timeZone: z.string().min(1).max(64).optional(),
});

export const workspaceSchema = z.object({
  schemaVersion: z.literal(WORKSPACE_SCHEMA_VERSION),
  settings: storedSettingsSchema,
  people: z.array(storedPersonSchema),
  playbook: playbookSectionSchema.default(() => playbookSectionSchema.parse({})),
  scenarios: scenarioSectionSchema.default(() => []),
  assignments: z.array(assignmentSchema).default(() => []),
  rescoreRuns: z.array(rescoreRunSchema).default(() => []),
  pinGuards: z.record(z.string(), pinGuardSchema).default(() => ({})),
  notices: z.array(noticeSchema).default(() => []),
});
export type WorkspaceData = z.infer<typeof workspaceSchema>;

/** Schema 1 (the first preview) had no idle lock setting and no demo flag. */
export const workspaceMigrations: Migration[] = [
  {
    from: 1,
    to: 2,
    migrate(raw) {
      const settings = (raw.settings ?? {}) as Record<string, unknown>;
      return { ...raw, schemaVersion: 2, settings: { idleMinutes: 15, demo: false, ...settings } };
    },
  },
];

export const workspaceDocumentSpec = {
  label: 'workspace.json',
  schema: workspaceSchema,
  currentVersion: WORKSPACE_SCHEMA_VERSION,
  migrations: workspaceMigrations,
};
