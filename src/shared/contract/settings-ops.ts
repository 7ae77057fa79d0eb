/** Workspace settings, notices and backups. */
import { z } from 'zod';
import { EVERYONE, LEADERS, operation } from './operation';
import { brandNameSchema, idleMinutesSchema, regionSchema, timeZoneSchema, type BackupInfo, type Notice, type SettingsView } from '../domain/workspace';

export const settingsOps = {
  getSettings: operation<SettingsView>()({
    summary: 'Workspace settings and where the workspace lives.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  updateSettings: operation<SettingsView>()({
    summary: 'Change the brand name, region, time zone of reports or idle lock time.',
    access: LEADERS,
    input: z
      .object({ brandName: brandNameSchema.optional(), region: regionSchema.optional(), timeZone: timeZoneSchema.optional(), idleMinutes: idleMinutesSchema.optional() })
      .strict(),
  }),
  listNotices: operation<Notice[]>()({
    summary: 'What the app repaired or could not save that the signed-in person should know: leaders see all, managers those about training records.',
    access: EVERYONE,
    input: z.object({}).strict(),
  }),
  dismissNotice: operation<{ dismissed: true }>()({
    summary: 'Hide a notice for everyone once it has been dealt with.',
    access: LEADERS,
    input: z.object({ id: z.string().min(1).max(64) }).strict(),
  }),
  listBackups: operation<BackupInfo[]>()({
    summary: 'Backups of the workspace, newest first.',
    access: LEADERS,
    input: z.object({}).strict(),
  }),
  backupNow: operation<BackupInfo>()({
    summary: 'Make a backup of the whole workspace now.',
    access: LEADERS,
    input: z.object({}).strict(),
  }),
  restoreBackup: operation<{ restored: BackupInfo; safetyBackup: BackupInfo }>()({
    summary: 'Replace the workspace with a backup (the current state is backed up first).',
    access: LEADERS,
    input: z.object({ id: z.string().regex(/^[0-9TZ_a-z-]{1,64}$/, 'Not a backup id.') }).strict(),
  }),
};
