/** Core implementations of the scenario operations. */
import type { scenarioOps } from '../../../shared/contract/scenario-ops';
import type { Handlers } from '../handler-types';

export const scenarioHandlers: Handlers<keyof typeof scenarioOps> = {};
