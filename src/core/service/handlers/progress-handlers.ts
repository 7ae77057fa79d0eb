/** Core implementations of the progress operations. */
import type { progressOps } from '../../../shared/contract/progress-ops';
import type { Handlers } from '../handler-types';

export const progressHandlers: Handlers<keyof typeof progressOps> = {};
