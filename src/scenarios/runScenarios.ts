import { applicationRules } from '../applications/rules/index.js';
import { safeValidateApplication } from '../applications/validateApplication.js';
import type { Application } from '../applications/schema/types.js';
import { getCall } from '../calls/getCall.js';
import { getCalls } from '../calls/getCalls.js';
import { isOnTime } from '../calls/isOnTime.js';
import { safeComputeCofinancing } from '../cofinancing/safeComputeCofinancing.js';
import type { CofinancingResult } from '../cofinancing/types.js';
import { safeAssessApplication } from '../criteria/assessApplication.js';
import { safeInnovationQuickScan } from '../criteria/innovationQuickScan.js';
import type { PioIssue } from '../issues/issue.js';
import type { Result, Success } from '../issues/Result.js';
import { guard } from '../input/guard.js';
import { formatPath } from '../issues/path.js';
import { optionsOf } from '../input/options.js';
import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { timeZoneOf } from '../parameters/read.js';
import { defaultParameters } from '../parameters/registry.js';
import { toInstant } from '../time/instant.js';
import { zonedDate } from '../time/zoned.js';
import { safeCheckScenarios } from './checkScenarios.js';
import { decisionsOf } from './decisions.js';
import { segmentsOf } from './formatPaths.js';
import { frozenDeep } from './frozen.js';
import { registryOfScenario } from './parameters.js';
import { callReads, cofinancingReads, versionsRead, type Read } from './reads.js';
import type {
  ProposalLoader,
  Scenario,
  ScenarioDecision,
  ScenarioFailure,
  ScenarioOutcome,
  ScenarioRun,
} from './types.js';

/** Options of {@link runScenarios} and {@link safeRunScenarios}. */
export interface RunScenariosOptions {
  /** Gives the proposal an example name (`from:`) stands for; `undefined` when there is none. */
  readonly proposals: ProposalLoader;
  /** The language of the messages, for scenarios without their own `locale` (default Dutch). */
  readonly locale?: LocaleTag | undefined;
}

/** What a decision gave, as far as the expectations look at it. */
interface Observed {
  valid?: boolean;
  issues: readonly PioIssue[];
  cofinancing?: CofinancingResult | undefined;
  decision?: string;
  nextStep?: string;
  exclusions?: readonly string[];
  total?: string;
  light?: string;
  reasons?: readonly string[];
  onTime?: boolean;
  deadline?: string;
  status?: string;
  calls?: readonly string[];
  reads: Read[];
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The proposal of a scenario: its example, copied, with the fields set and removed. */
function proposalOf(
  input: {
    readonly from: string;
    readonly set?: Record<string, unknown> | undefined;
    readonly remove?: readonly string[] | undefined;
  },
  proposals: ProposalLoader,
): Record<string, Json> {
  // A safe copy of what the caller's loader gives (getters read once, no prototype keys).
  const loaded = guard(proposals(input.from) ?? {}).value;
  // What is not an object (a text, a function, a bigint) has no fields to set or remove:
  // validation refuses it as it is.
  if (typeof loaded !== 'object' || loaded === null) return loaded as Record<string, Json>;
  // As JSON reads it (a Date as its text); the guarded copy, ours already, when JSON cannot
  // write it (a bigint inside): validation refuses that value where it is.
  let document: Record<string, Json>;
  try {
    document = JSON.parse(JSON.stringify(loaded)) as Record<string, Json>;
  } catch {
    document = loaded as Record<string, Json>;
  }
  const walk = (
    path: string,
    make: boolean,
  ): [Record<string | number, Json>, string | number] | undefined => {
    // The paths were checked with the file (isFormatPath), so they read.
    const parts = segmentsOf(path) ?? [];
    let node = document as Record<string | number, Json>;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const key = parts[i] as string | number;
      let next = node[key];
      if (typeof next !== 'object' || next === null) {
        if (!make) return undefined;
        next = typeof parts[i + 1] === 'number' ? [] : {};
        node[key] = next;
      }
      node = next as Record<string | number, Json>;
    }
    return [node, parts[parts.length - 1] as string | number];
  };
  for (const [path, value] of Object.entries(input.set ?? {})) {
    const found = walk(path, true);
    if (found === undefined) continue;
    const [node, key] = found;
    node[key] = JSON.parse(JSON.stringify(value ?? null)) as Json;
  }
  for (const path of input.remove ?? []) {
    const found = walk(path, false);
    if (found === undefined) continue;
    const [node, key] = found;
    if (Array.isArray(node) && typeof key === 'number') node.splice(key, 1);
    else delete node[key];
  }
  return document;
}

/** An instant written with an offset, or `undefined` (never read in the host's time zone). */
function instantOf(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  try {
    return toInstant(text);
  } catch {
    return undefined;
  }
}

/** The day of an instant in the programme's time zone (parameter `calls.timeZone`), or `null`. */
function dayOf(text: string | undefined): string | null {
  const instant = instantOf(text);
  return instant === undefined ? null : zonedDate(instant, timeZoneOf(defaultParameters));
}

/** The date whose rules apply to a proposal: its call's deadline date, else its instant's date. */
function rulesDateOf(document: Record<string, Json>, at: string | undefined): string | null {
  const callId = typeof document['callId'] === 'string' ? document['callId'] : undefined;
  const call = callId === undefined ? undefined : getCall(callId);
  if (call !== undefined) return call.deadlineDate;
  return dayOf(typeof document['submittedAt'] === 'string' ? document['submittedAt'] : at);
}

function proposalReads(document: Record<string, Json>, at: string | undefined): Read[] {
  const callId = typeof document['callId'] === 'string' ? document['callId'] : undefined;
  const procurement = document['procurement'] as Record<string, Json> | undefined;
  const support = document['support'] as Record<string, Json> | undefined;
  return [
    ...callReads(callId),
    ...cofinancingReads(
      rulesDateOf(document, at),
      procurement?.['vat'] === 'non-recoverable',
      support?.['externalExpertise'] !== undefined,
    ),
  ];
}

function issuesOf<T>(result: Result<T>): readonly PioIssue[] {
  return result.success ? result.warnings : result.issues;
}

function observe(
  scenario: Scenario,
  decision: ScenarioDecision,
  options: RunScenariosOptions,
): Observed {
  const locale = scenario.locale ?? options.locale;
  const parameters = registryOfScenario(scenario, [], []);
  const common = {
    ...(locale === undefined ? {} : { locale }),
    ...(scenario.at === undefined ? {} : { at: scenario.at }),
    ...(parameters === undefined ? {} : { parameters }),
  };
  if (scenario.validate !== undefined) {
    const document = proposalOf(scenario.validate, options.proposals);
    const result = safeValidateApplication(document, common);
    return {
      valid: result.success,
      issues: issuesOf(result),
      cofinancing: result.success ? result.data.cofinancing : undefined,
      reads: proposalReads(document, scenario.at),
    };
  }
  if (scenario.cofinancing !== undefined) {
    const { capOverride, ...input } = scenario.cofinancing;
    const result = safeComputeCofinancing(input, {
      ...common,
      ...(capOverride === undefined ? {} : { capOverride: capOverride as string }),
    });
    const date = result.success ? result.data.ruleDate : (scenario.at?.slice(0, 10) ?? null);
    return {
      valid: result.success,
      issues: issuesOf(result),
      cofinancing: result.success ? result.data : undefined,
      reads: cofinancingReads(date, input['vat'] === 'non-recoverable', false),
    };
  }
  if (scenario.assess !== undefined) {
    const document = proposalOf(scenario.assess, options.proposals);
    const result = safeAssessApplication(
      document as unknown as Application,
      { scores: scenario.assess.scores as never },
      common,
    );
    const submitted =
      typeof document['submittedAt'] === 'string' ? document['submittedAt'] : scenario.at;
    const schemeDate = dayOf(submitted);
    const reads = [
      ...proposalReads(document, scenario.at),
      { ids: ['criteria.scoringScheme'], date: schemeDate },
    ];
    if (!result.success) return { valid: false, issues: result.issues, reads };
    const data = result.data;
    return {
      valid: true,
      issues: [...data.reasons, ...result.warnings],
      decision: data.decision,
      nextStep: data.nextStep,
      exclusions: data.exclusions.map((e) => e.criterionId),
      total: data.total,
      reads,
    };
  }
  if (scenario['quick-scan'] !== undefined) {
    const result = safeInnovationQuickScan(
      scenario['quick-scan'],
      locale === undefined ? {} : { locale },
    );
    if (!result.success) return { issues: result.issues, reads: [] };
    return {
      issues: [],
      light: result.data.light,
      reasons: result.data.reasons,
      nextStep: result.data.nextStep,
      reads: [],
    };
  }
  if (scenario['on-time'] !== undefined) {
    const input = scenario['on-time'];
    const call = getCall(input.call);
    if (call === undefined) return { issues: [], reads: [] };
    return {
      issues: [],
      onTime: isOnTime(call, { at: input.submittedAt }),
      deadline: call.deadline.toISOString(),
      status: call.status,
      reads: callReads(call.id),
    };
  }
  const query = scenario.calls ?? {};
  const calls = getCalls({
    ...(query.year === undefined ? {} : { year: query.year }),
    ...(query.kind === undefined ? {} : { kind: query.kind }),
    ...(query.from === undefined ? {} : { from: query.from }),
    ...(query.to === undefined ? {} : { to: query.to }),
  });
  void decision;
  const statuses = [...new Set(calls.map((c) => c.status))];
  return {
    issues: [],
    calls: calls.map((c) => c.id),
    ...(statuses.length === 1
      ? { status: statuses[0] as string }
      : { status: statuses.join(', ') }),
    reads: calls.flatMap((c) => callReads(c.id)),
  };
}

/**
 * A value as a failure shows it: a text as it is, anything else as JSON, nothing as `-`. The
 * notation has no words, so that every language reads it: an issue is `code@path`, a part of
 * its message `~"text"`.
 */
const shown = (value: unknown): string =>
  value === undefined ? '-' : typeof value === 'string' ? value : JSON.stringify(value);

function issueText(found: PioIssue): string {
  return found.path.length === 0 ? found.code : `${found.code}@${formatPath(found.path)}`;
}

type CodeEntry =
  | string
  | {
      readonly code: string;
      readonly path?: string | undefined;
      readonly message?: string | undefined;
    };

/** An issue matches an entry: its code, its path when given, a part of its message when given. */
function matches(found: PioIssue, entry: CodeEntry): boolean {
  if (typeof entry === 'string') return found.code === entry;
  return (
    found.code === entry.code &&
    (entry.path === undefined || formatPath(found.path) === entry.path) &&
    (entry.message === undefined || found.message.includes(entry.message))
  );
}

function entryText(entry: CodeEntry): string {
  if (typeof entry === 'string') return entry;
  const path = entry.path === undefined ? '' : `@${entry.path}`;
  const message = entry.message === undefined ? '' : ` ~${JSON.stringify(entry.message)}`;
  return `${entry.code}${path}${message}`;
}

function compare(scenario: Scenario, seen: Observed): ScenarioFailure[] {
  const failures: ScenarioFailure[] = [];
  const expect = scenario.expect;
  const came = seen.issues.length === 0 ? '[]' : seen.issues.map(issueText).join(', ');
  const check = (key: string, expected: unknown, received: unknown): void => {
    if (expected === undefined) return;
    if (JSON.stringify(expected) !== JSON.stringify(received))
      failures.push({ expectation: key, expected: shown(expected), received: shown(received) });
  };
  check('valid', expect.valid, seen.valid);
  for (const entry of expect.codes ?? [])
    if (!seen.issues.some((i) => matches(i, entry)))
      failures.push({ expectation: 'codes', expected: entryText(entry), received: came });
  for (const entry of expect.absent ?? [])
    if (seen.issues.some((i) => matches(i, entry)))
      failures.push({ expectation: 'absent', expected: entryText(entry), received: came });
  const c = seen.cofinancing;
  check('maximum', expect.maximum, c?.maximum.amount);
  check('eligibleBase', expect.eligibleBase, c?.eligibleBase.amount);
  check('uncapped', expect.uncapped, c?.uncapped.amount);
  if (expect.granted !== undefined)
    check('granted', expect.granted, c === undefined ? undefined : (c.granted?.amount ?? null));
  check('capped', expect.capped, c?.capped);
  check('rate', expect.rate, c?.rate);
  check('decision', expect.decision, seen.decision);
  check('nextStep', expect.nextStep, seen.nextStep);
  check('exclusions', expect.exclusions, seen.exclusions);
  check('total', expect.total, seen.total);
  check('light', expect.light, seen.light);
  check('reasons', expect.reasons, seen.reasons);
  check('onTime', expect.onTime, seen.onTime);
  if (expect.deadline !== undefined)
    check('deadline', instantOf(expect.deadline)?.toISOString() ?? expect.deadline, seen.deadline);
  check('status', expect.status, seen.status);
  check('calls', expect.calls, seen.calls);
  return failures;
}

/** The rules a scenario tests: those whose codes it expects or rules out; exclusions it expects. */
function rulesTouched(scenario: Scenario, decision: ScenarioDecision): string[] {
  if (decision !== 'validate' && decision !== 'assess') return [];
  const named = [...(scenario.expect.codes ?? []), ...(scenario.expect.absent ?? [])].map((e) =>
    typeof e === 'string' ? e : e.code,
  );
  return [
    ...applicationRules
      .filter((r) => r.codes.some((code) => named.includes(code)))
      .map((r) => r.id),
    ...(decision === 'assess' ? (scenario.expect.exclusions ?? []) : []),
  ];
}

function runOne(scenario: Scenario, index: number, options: RunScenariosOptions): ScenarioOutcome {
  const decision = decisionsOf(scenario)[0] as ScenarioDecision;
  const seen = observe(scenario, decision, options);
  const failures = compare(scenario, seen);
  return Object.freeze({
    name: scenario.name,
    index,
    decision,
    passed: failures.length === 0,
    failures: Object.freeze(failures),
    touches: Object.freeze({
      rules: rulesTouched(scenario, decision),
      codes: (scenario.expect.codes ?? []).map((e) => (typeof e === 'string' ? e : e.code)),
      parameterVersions: versionsRead(seen.reads, Object.keys(scenario.parameters ?? {})),
    }),
  });
}

/**
 * Runs scenarios (a scenario file as parsed, plain data): checks the whole file first
 * ({@link safeCheckScenarios}; nothing runs when it has a problem), then makes each scenario's
 * decision with the library's own functions and compares every expectation, and tells what
 * each scenario touched (rules, issue codes, parameter versions) for {@link scenarioCoverage}.
 *
 * @param document - The scenario file: `{ scenarios: [...] }`.
 * @param options - `proposals` (what `from:` names), `locale`.
 * @returns `{ success: true, data: run, warnings }` with one outcome per scenario, or
 *   `{ success: false, issues }` with every problem of the file.
 * @throws Nothing for a problem of its input.
 * @example
 * ```ts
 * const run = safeRunScenarios(
 *   {
 *     scenarios: [
 *       {
 *         name: 'Twee oproepen in 2024',
 *         source: { quote: 'In 2024 mikken ze op 18 april en 10 oktober', url: 'https://www.vlaio.be/nl/nieuws/vlaio-verwelkomt-team-programma-innovatieve-overheidsopdrachten' },
 *         calls: { year: 2024 },
 *         expect: { calls: ['2024-1', '2024-2'], status: 'announced' },
 *       },
 *     ],
 *   },
 *   { proposals: () => undefined },
 * );
 * run.success && [run.data.passed, run.data.failed];
 * //=> [1, 0]
 * ```
 */
export function safeRunScenarios(
  document: unknown,
  options: RunScenariosOptions,
): Result<ScenarioRun> {
  const checked = safeCheckScenarios(document, options);
  if (!checked.success) return checked;
  const given = optionsOf(options);
  const proposals: unknown = given.proposals;
  if (typeof proposals !== 'function')
    return safely(given.locale, () =>
      refuse('invalid_type', { expected: 'function', received: typeName(proposals) }, [
        'proposals',
      ]),
    );
  const outcomes = checked.data.scenarios.map((scenario, i) => runOne(scenario, i, given));
  const passed = outcomes.filter((o) => o.passed).length;
  return safely(given.locale, () => ({
    success: true,
    data: frozenDeep({ outcomes, passed, failed: outcomes.length - passed }),
    warnings: [],
  }));
}

/**
 * The throwing twin of {@link safeRunScenarios}.
 *
 * @param document - The scenario file.
 * @param options - `proposals`, `locale`.
 * @returns `{ success: true, data: run, warnings }`.
 * @throws {@link PioRulesError} with every problem of the file.
 * @example
 * ```ts
 * const run = runScenarios(
 *   {
 *     scenarios: [
 *       {
 *         name: 'Snelle scan: groen',
 *         assumption: { parameter: 'criteria.scoringScheme' },
 *         'quick-scan': {
 *           solutionExists: 'no',
 *           rdNeeded: true,
 *           endUserAndSupportBase: true,
 *           procurementForeseen: true,
 *         },
 *         expect: { light: 'green' },
 *       },
 *     ],
 *   },
 *   { proposals: () => undefined },
 * );
 * run.data.passed;
 * //=> 1
 * ```
 */
export function runScenarios(
  document: unknown,
  options: RunScenariosOptions,
): Success<ScenarioRun> {
  return orThrow(safeRunScenarios(document, options));
}
