/** Core implementations of the transcript operations: the import flow and the library. */
import type { transcriptOps } from '../../../shared/contract/transcript-ops';
import type { Handlers } from '../handler-types';
import { transcriptImportHandlers } from './transcript-import-handlers';
import { transcriptLibraryHandlers } from './transcript-library-handlers';

export const transcriptHandlers: Handlers<keyof typeof transcriptOps> = {
  ...transcriptImportHandlers,
  ...transcriptLibraryHandlers,
};
