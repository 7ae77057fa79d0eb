/**
 * Core implementations of the playbook operations, grouped by job: reading (what each role may
 * see), editing the draft, publishing and acknowledging, and folder import/export.
 */
import type { playbookOps } from '../../../shared/contract/playbook-ops';
import type { Handlers } from '../handler-types';
import { playbookDraftHandlers } from './playbook-draft-handlers';
import { playbookFolderHandlers } from './playbook-folder-handlers';
import { playbookReadHandlers } from './playbook-read-handlers';
import { playbookVersionHandlers } from './playbook-version-handlers';

export const playbookHandlers: Handlers<keyof typeof playbookOps> = {
  ...playbookReadHandlers,
  ...playbookDraftHandlers,
  ...playbookVersionHandlers,
  ...playbookFolderHandlers,
};
