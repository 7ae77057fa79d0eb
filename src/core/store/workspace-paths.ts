/** Where each part of a workspace lives inside its folder (DESIGN.md, "Workspace on disk"). */
import { join } from 'node:path';

export const workspacePaths = (dir: string) => ({
  dir,
  workspaceFile: join(dir, 'workspace.json'),
  transcriptsDir: join(dir, 'transcripts'),
  attemptsDir: join(dir, 'attempts'),
  assetsDir: join(dir, 'assets'),
  backupsDir: join(dir, 'backups'),
  recoveredDir: join(dir, 'recovered'),
  lockFile: join(dir, 'cxdojo.lock'),
});

/** The parts of the folder a backup copies (everything that holds the user's work). */
export const BACKED_UP_ENTRIES = ['workspace.json', 'transcripts', 'attempts', 'assets'] as const;

/** A timestamp safe in file names and sortable as text. */
export const fileStamp = (at: Date): string => at.toISOString().replace(/[-:.]/g, '');
