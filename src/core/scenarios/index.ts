/** Scenarios: what other core code imports (checking a scenario file, walking the graph). */
export { checkScenarioText } from './scenario-files';
export { nextStepAfter } from './next-step';
