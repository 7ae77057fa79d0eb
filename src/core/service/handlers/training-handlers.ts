/** Core implementations of the training operations. */
import type { trainingOps } from '../../../shared/contract/training-ops';
import type { Handlers } from '../handler-types';

export const trainingHandlers: Handlers<keyof typeof trainingOps> = {};
