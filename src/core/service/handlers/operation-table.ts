/**
 * Every handler group, by name, joined into the table the service dispatches on. Adding an
 * operation: declare it in its domain's ops file in src/shared/contract, implement it in the
 * domain's handler group here; the registry refuses a duplicate or a gap when the app starts.
 */
import { buildOperationTable } from '../operation-registry';
import { homeHandlers } from './home-handlers';
import { peopleHandlers } from './people-handlers';
import { playbookDraftHandlers } from './playbook-draft-handlers';
import { playbookFolderHandlers } from './playbook-folder-handlers';
import { playbookReadHandlers } from './playbook-read-handlers';
import { playbookVersionHandlers } from './playbook-version-handlers';
import { assignmentHandlers } from './progress-assignment-handlers';
import { demoHandlers } from './progress-demo-handlers';
import { demoSwitchHandlers } from './progress-demo-switch-handlers';
import { reportPdfHandlers } from './progress-pdf-handlers';
import { reportHandlers } from './progress-report-handlers';
import { reviewHandlers } from './progress-review-handlers';
import { scenarioDraftHandlers } from './scenario-draft-handlers';
import { scenarioFileHandlers } from './scenario-file-handlers';
import { scenarioLessonHandlers } from './scenario-lesson-handlers';
import { scenarioReadHandlers } from './scenario-read-handlers';
import { scoringHandlers } from './scoring-handlers';
import { sessionHandlers } from './session-handlers';
import { settingsHandlers } from './settings-handlers';
import { trainingHandlers } from './training-handlers';
import { transcriptImportHandlers } from './transcript-import-handlers';
import { transcriptLibraryHandlers } from './transcript-library-handlers';

export const operationTable = buildOperationTable({
  session: sessionHandlers,
  people: peopleHandlers,
  settings: settingsHandlers,
  'playbook-read': playbookReadHandlers,
  'playbook-draft': playbookDraftHandlers,
  'playbook-version': playbookVersionHandlers,
  'playbook-folder': playbookFolderHandlers,
  'transcript-import': transcriptImportHandlers,
  'transcript-library': transcriptLibraryHandlers,
  'scenario-read': scenarioReadHandlers,
  'scenario-draft': scenarioDraftHandlers,
  'scenario-file': scenarioFileHandlers,
  'scenario-lesson': scenarioLessonHandlers,
  training: trainingHandlers,
  'progress-assignment': assignmentHandlers,
  'progress-review': reviewHandlers,
  'progress-report': reportHandlers,
  'progress-pdf': reportPdfHandlers,
  'progress-demo': demoHandlers,
  'progress-demo-switch': demoSwitchHandlers,
  scoring: scoringHandlers,
  home: homeHandlers,
});
