/** Workspace-level settings, notices and session shapes shared by every side. */
import { z } from 'zod';
import type { PersonView, SignInEntry } from './people';

/** ISO 3166-1 alpha-2 region, used for phone numbers and dates. */
export const regionSchema = z.string().regex(/^[A-Z]{2}$/, 'Choose a country or region.');

export const idleMinutesSchema = z.number().int().min(1, 'At least 1 minute.').max(240, 'At most 240 minutes.');

export const brandNameSchema = z.string().trim().min(1, "Enter the brand's name.").max(80, 'Keep the name under 80 characters.');

export interface WorkspaceSettings {
  brandName: string;
  region: string;
  idleMinutes: number;
  demo: boolean;
  createdAt: string;
}

/** Something the app did on the user's behalf that they must know about (for example a restored file). */
export interface Notice {
  id: string;
  kind: 'restored' | 'reset' | 'migrated' | 'write-failed';
  message: string;
  at: string;
}

export interface AppState {
  workspaceExists: boolean;
  brandName: string | null;
  demo: boolean;
  people: SignInEntry[];
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
  dataDir: string;
  lastBackupAt: string | null;
}
