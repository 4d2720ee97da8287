import type * as z from 'zod/mini';
import type { scenarioFileSchema, scenarioSchema } from './schema.js';

/** One scenario as written in a scenario file (plain data; see `docs/scenarios.md`). */
export type Scenario = z.infer<typeof scenarioSchema>;

/** A scenario file: `{ topic?, scenarios: [...] }`. */
export type ScenarioFile = z.infer<typeof scenarioFileSchema>;

/** The decisions a scenario can make, one per scenario. */
export type ScenarioDecision =
  'validate' | 'cofinancing' | 'assess' | 'quick-scan' | 'on-time' | 'calls';

/**
 * Gives the proposal document an example file name stands for (`from:`), or `undefined` when
 * there is none: the library reads no files, the caller (the command line tool, a test) does.
 */
export type ProposalLoader = (from: string) => unknown;

/** One expectation that did not hold: what was expected and what came. */
export interface ScenarioFailure {
  /** The expectation, as its key in `expect` (`maximum`, `codes`, ...). */
  readonly expectation: string;
  /** What the scenario expected, as text. */
  readonly expected: string;
  /** What came, as text. */
  readonly received: string;
}

/** What a scenario touched, for coverage: rule ids, issue codes, parameter versions. */
export interface ScenarioTouches {
  /** Ids of the rules (application rules, exclusion criteria) the scenario tests. */
  readonly rules: readonly string[];
  /** Issue codes the scenario expects to appear. */
  readonly codes: readonly string[];
  /** Parameter versions read, as `id@validFrom` (`cofinancing.cap@2020-01-01`). */
  readonly parameterVersions: readonly string[];
}

/** The outcome of one scenario. */
export interface ScenarioOutcome {
  /** Its name. */
  readonly name: string;
  /** Its index in the list given. */
  readonly index: number;
  /** The decision it made. */
  readonly decision: ScenarioDecision;
  /** `true` when every expectation held. */
  readonly passed: boolean;
  /** Every expectation that did not hold (empty when passed). */
  readonly failures: readonly ScenarioFailure[];
  /** What it touched. */
  readonly touches: ScenarioTouches;
}

/** The outcome of a run: one outcome per scenario, and the counts. */
export interface ScenarioRun {
  /** One per scenario, in the order given. */
  readonly outcomes: readonly ScenarioOutcome[];
  /** How many passed. */
  readonly passed: number;
  /** How many failed. */
  readonly failed: number;
}

/** What no scenario touches: rule ids, issue codes, parameter versions (`id@validFrom`). */
export interface ScenarioCoverage {
  /** Rules (application rules and exclusion criteria) no scenario tests. */
  readonly rules: readonly string[];
  /** Issue codes a rule can report that no scenario expects. */
  readonly codes: readonly string[];
  /** Parameter versions a rule reads that no scenario reads. */
  readonly parameterVersions: readonly string[];
}
