/**
 * Core implementations of the scenario operations, grouped by job: reading (what each role may
 * see), authoring the draft and publishing versions, and importing files.
 */
import type { scenarioOps } from '../../../shared/contract/scenario-ops';
import type { Handlers } from '../handler-types';
import { scenarioDraftHandlers } from './scenario-draft-handlers';
import { scenarioFileHandlers } from './scenario-file-handlers';
import { scenarioReadHandlers } from './scenario-read-handlers';

export const scenarioHandlers: Handlers<keyof typeof scenarioOps> = {
  ...scenarioReadHandlers,
  ...scenarioDraftHandlers,
  ...scenarioFileHandlers,
};
