/** Scenarios: validation, files, packs, authoring from transcripts, and walking the graph. */
export { validateScenario, formatPath, type ScenarioProblem, type PathSegment } from './validate-scenario';
export {
  parseScenarioText,
  checkScenarioText,
  serialiseScenario,
  scenarioFileName,
  formatOf,
  type ScenarioFormat,
  type ScenarioFileProblem,
  type ParsedScenarioFile,
} from './scenario-files';
export { loadScenarioPack, listScenarioFiles, type ScenarioPack } from './scenario-pack';
export { transcriptToScenario, type TranscriptLike, type TranscriptToScenarioOptions } from './transcript-to-scenario';
export { duplicateScenario } from './duplicate-scenario';
export { nextStepAfter, stepOf, ScenarioWalkError } from './next-step';
export { STARTER_STANDARD_IDS } from './starter-standard-ids';
