/** Core implementations of the playbook operations. */
import type { playbookOps } from '../../../shared/contract/playbook-ops';
import type { Handlers } from '../handler-types';

export const playbookHandlers: Handlers<keyof typeof playbookOps> = {};
