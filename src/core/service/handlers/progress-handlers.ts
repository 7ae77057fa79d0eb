/** Core implementations of the progress operations, one file per area. */
import type { progressOps } from '../../../shared/contract/progress-ops';
import type { Handlers } from '../handler-types';
import { assignmentHandlers } from './progress-assignment-handlers';
import { demoHandlers } from './progress-demo-handlers';
import { demoSwitchHandlers } from './progress-demo-switch-handlers';
import { reportHandlers } from './progress-report-handlers';
import { reportPdfHandlers } from './progress-pdf-handlers';
import { reviewHandlers } from './progress-review-handlers';

export const progressHandlers: Handlers<keyof typeof progressOps> = {
  ...assignmentHandlers,
  ...reviewHandlers,
  ...reportHandlers,
  ...reportPdfHandlers,
  ...demoHandlers,
  ...demoSwitchHandlers,
};
