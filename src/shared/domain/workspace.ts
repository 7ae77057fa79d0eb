/** Workspace-level settings, notices and session shapes shared by every side. */
import { z } from 'zod';
import type { PersonView, SignInEntry } from './people';

/** ISO 3166-1 alpha-2 region, used for phone numbers and dates. */
export const regionSchema = z.string().regex(/^[A-Z]{2}$/, 'Choose a country or region.');

export const idleMinutesSchema = z.number().int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.');

export const timeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine((name) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: name });
      return true;
    } catch {
      return false;
    }
  }, 'Choose a time zone such as Asia/Jakarta.');

export const brandNameSchema = z.string().trim().min(1, "Enter the brand's name.").max(80, 'Keep the name under 80 characters.');

export interface WorkspaceSettings {
  brandName: string;
  region: string;
  idleMinutes: number;
  demo: boolean;
  createdAt: string;
  /** The time zone reports and exports use: the leader's choice, else the home region's. */
  timeZone: string;
}

/** Something the app did on the user's behalf that they must know about (for example a restored file). */
export const noticeSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(['restored', 'reset', 'migrated', 'write-failed']),
  message: z.string(),
  at: z.string(),
  /** The workspace file it is about, relative to the workspace folder: one notice per kind and file. */
  subject: z.string(),
  /** Leaders see every notice; managers also see the ones about training records (their work). */
  audience: z.enum(['leaders', 'managers']),
  /** How many times it happened since it was first shown (16 failed writes make one notice). */
  count: z.number().int().min(1),
});
export type Notice = z.infer<typeof noticeSchema>;

export interface AppState {
  workspaceExists: boolean;
  brandName: string | null;
  demo: boolean;
  people: SignInEntry[];
  /** Only before a workspace exists (a reset with nothing to sign in to); otherwise see listNotices. */
  notices: Notice[];
}

export interface SessionInfo {
  token: string;
  person: PersonView;
  idleMinutes: number;
}

export interface BackupInfo {
  id: string;
  createdAt: string;
  reason: string;
  files: number;
}

export interface SettingsView extends WorkspaceSettings {
  /** Where the workspace lives on this computer: leaders only (null for everyone else). */
  dataDir: string | null;
  lastBackupAt: string | null;
}
