/**
 * Scenario files: cases the programme's own staff write beside the sentence of the source they
 * test, and run (`pio-rules test`). The library checks and runs scenarios as plain data; the
 * command line tool reads the YAML and JSON files. See `docs/scenarios.md`.
 *
 * @module
 */
export { checkScenarios, safeCheckScenarios } from './checkScenarios.js';
export type { CheckScenariosOptions } from './checkScenarios.js';
export { runScenarios, safeRunScenarios } from './runScenarios.js';
export type { RunScenariosOptions } from './runScenarios.js';
export { scenarioCoverage, scenarioTargets } from './coverage.js';
export type {
  ProposalLoader,
  Scenario,
  ScenarioCoverage,
  ScenarioDecision,
  ScenarioFailure,
  ScenarioFile,
  ScenarioOutcome,
  ScenarioRun,
  ScenarioTouches,
} from './types.js';
