/** Settings, notices, backups and restore. */
import type { SettingsView } from '../../../shared/domain/workspace';
import { AppError } from '../../../shared/errors';
import { workspaceTimeZone } from '../../settings/workspace-time-zone';
import { createBackup, listBackups, restoreBackupFiles } from '../../store/backups';
import { actorOf, type HandlersOf, type HandlerContext } from '../handler-types';
import type { settingsOps } from '../../../shared/contract/settings-ops';

function settingsView({ ws, actor }: HandlerContext): SettingsView {
  return { ...ws.data.settings, timeZone: workspaceTimeZone(ws.data.settings), dataDir: actor?.role === 'leader' ? ws.dir : null, lastBackupAt: ws.lastBackupAt?.toISOString() ?? null };
}

export const settingsHandlers = {
  getSettings(_input, ctx) {
    return settingsView(ctx);
  },

  async updateSettings(input, ctx) {
    await ctx.ws.mutate((data) => {
      if (input.brandName !== undefined) data.settings.brandName = input.brandName;
      if (input.region !== undefined) data.settings.region = input.region;
      if (input.timeZone !== undefined) data.settings.timeZone = input.timeZone;
      if (input.idleMinutes !== undefined) data.settings.idleMinutes = input.idleMinutes;
    });
    return settingsView(ctx);
  },

  listNotices(_input, ctx) {
    return ctx.ws.notices.visibleTo(actorOf(ctx).role);
  },

  dismissNotice(input, { ws }) {
    if (!ws.notices.dismiss(input.id)) throw new AppError('NOT_FOUND', 'That notice was already dismissed.');
    return { dismissed: true };
  },

  listBackups(_input, { ws }) {
    return listBackups(ws.dir);
  },

  backupNow(_input, { ws }) {
    return ws.backup('manual');
  },

  async restoreBackup(input, { ws, now }) {
    await ws.flush();
    const safetyBackup = await createBackup(ws.dir, 'before-restore', now);
    const restored = await restoreBackupFiles(ws.dir, input.id);
    await ws.reload();
    return { restored, safetyBackup };
  },
} satisfies HandlersOf<typeof settingsOps>;
