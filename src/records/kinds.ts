import { applicationRules } from '../applications/rules/index.js';
import type { ApplicationRuleId } from '../applications/rules/ApplicationRule.js';
import { safeValidateApplication } from '../applications/validateApplication.js';
import type { ValidatedApplication } from '../applications/validateApplication.js';
import type { CallCalendar } from '../calls/types.js';
import { explainCofinancing } from '../cofinancing/explainCofinancing.js';
import { safeComputeCofinancing } from '../cofinancing/safeComputeCofinancing.js';
import { expertiseCore } from '../cofinancing/core.js';
import type {
  CofinancingInput,
  CofinancingResult,
  ExpertiseSupport,
} from '../cofinancing/types.js';
import { safeAssessApplication } from '../criteria/assessApplication.js';
import { exclusionCriteria } from '../criteria/exclusionCriteria.js';
import { explainQuickScan } from '../criteria/explainQuickScan.js';
import { safeInnovationQuickScan } from '../criteria/innovationQuickScan.js';
import { quickScanReasonLights } from '../criteria/quickScanReasonLights.js';
import type {
  Assessment,
  AssessmentResult,
  QuickScanAnswers,
  QuickScanResult,
} from '../criteria/types.js';
import type { Application } from '../applications/schema/types.js';
import { decisionBodyVersionIn } from '../parameters/read.js';
import { registryOf } from '../parameters/registry.js';
import { attempt } from '../issues/Refusal.js';
import { toInstant } from '../time/instant.js';
import type { PioIssue } from '../issues/issue.js';
import type { Result } from '../issues/Result.js';
import { localeOf } from '../locales/Locale.js';
import type { LocaleTag } from '../locales/Locale.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { calendarOf } from '../calls/calendar.js';
import { findCall } from '../calls/find.js';
import {
  deadlineParameters,
  recordedVersion,
  runOnTime,
  timeZoneParameter,
  type OnTimeDecision,
} from './onTimeKind.js';
import type {
  ComputationTraceStep,
  DecisionKind,
  JsonValue,
  RecordedIssue,
  RecordedOutcome,
  RecordedParameter,
  RuleTraceStep,
  TraceStep,
} from './types.js';

/** What every kind's safe function returns, by kind. */
export interface KindResults {
  readonly validation: Result<ValidatedApplication>;
  readonly cofinancing: Result<CofinancingResult>;
  readonly 'quick-scan': Result<QuickScanResult>;
  readonly assessment: Result<AssessmentResult>;
  readonly 'on-time': Result<OnTimeDecision>;
}

/** The options a decision runs with, resolved from a record or a caller. @internal */
export interface DecisionContext {
  readonly at: unknown;
  readonly locale: LocaleTag | undefined;
  readonly parameters: ParameterRegistry | undefined;
  readonly calendar: CallCalendar | undefined;
}

/** A decision, run: the safe function's result and what a record keeps of it. @internal */
export interface Decided<K extends DecisionKind = DecisionKind> {
  readonly result: KindResults[K];
  readonly outcome: RecordedOutcome;
  readonly used: readonly RecordedParameter[];
  readonly steps: readonly TraceStep[];
}

/** Whether a kind reads the calls calendar. @internal */
export const readsCalendar: Readonly<Record<DecisionKind, boolean>> = {
  validation: true,
  cofinancing: false,
  'quick-scan': false,
  assessment: true,
  'on-time': true,
};

/** The kinds, in the order the docs list them. @internal */
export const decisionKinds: readonly DecisionKind[] = [
  'validation',
  'cofinancing',
  'assessment',
  'quick-scan',
  'on-time',
];

function recordedIssue(found: PioIssue): RecordedIssue {
  return {
    code: found.code,
    severity: found.severity,
    path: found.path,
    params: found.params as unknown as { readonly [key: string]: JsonValue },
  };
}

function outcomeOf<T>(
  result: Result<T>,
  data: (value: T) => Record<string, JsonValue>,
): RecordedOutcome {
  return result.success
    ? { success: true, data: data(result.data), warnings: result.warnings.map(recordedIssue) }
    : { success: false, issues: result.issues.map(recordedIssue) };
}

/**
 * The figures of a cofinancing result that make the decision (rule values such as the rate and
 * the cap are in the record's `rules.used`, so a change of rules alone is no change of outcome).
 */
function cofinancingFigures(r: CofinancingResult): Record<string, JsonValue> {
  return {
    ruleDate: r.ruleDate,
    callId: r.callId,
    vat: r.vat,
    eligibleBase: r.eligibleBase.amount,
    vatAmount: r.vatAmount.amount,
    uncapped: r.uncapped.amount,
    maximum: r.maximum.amount,
    capped: r.capped,
    ...(r.requested === undefined ? {} : { requested: r.requested.amount }),
    ...(r.granted === undefined ? {} : { granted: r.granted.amount }),
    excluded: r.excluded.map((line) => ({ path: [...line.path], reason: line.reason })),
    ...(r.phases === undefined
      ? {}
      : {
          phases: r.phases.map((p) => ({
            id: p.id,
            eligibleBase: p.eligibleBase.amount,
            share: p.share.amount,
          })),
        }),
  };
}

/**
 * The lookups of a proposal's validation beside the cited versions: the deadline of its call
 * (`calls.timeZone`, `calls.deadlineTimeOfDay`, `calls.projection` of the calendar's registry),
 * or, without a call, the programme's zone (`calls.timeZone` of the registry) that dates the
 * instant it is judged by.
 */
function lookupsOf(application: unknown, c: DecisionContext): RecordedParameter[] {
  const given = application as { callId?: unknown; submittedAt?: unknown } | null | undefined;
  const calendar = calendarOf(c.calendar);
  const call = typeof given?.callId === 'string' ? findCall(calendar, given.callId) : undefined;
  if (call !== undefined) return deadlineParameters(calendar.parameters, call);
  // Without a call, the rules' date is the date of the instant judged by in the programme's zone.
  const judged =
    attempt([], () => toInstant(given?.submittedAt, [])) ??
    (c.at === undefined ? undefined : attempt([], () => toInstant(c.at, [])));
  return judged === undefined ? [] : timeZoneParameter(registryOf(c.parameters));
}

function usedOf(
  results: readonly (CofinancingResult | ExpertiseSupport)[],
  lookups: readonly RecordedParameter[] = [],
): RecordedParameter[] {
  const seen = new Set<string>();
  const used: RecordedParameter[] = [];
  for (const p of lookups) {
    const key = `${p.id}@${p.validFrom}`;
    if (seen.has(key)) continue;
    seen.add(key);
    used.push(p);
  }
  for (const r of results)
    for (const p of r.parameters) {
      const key = `${p.id}@${p.validFrom}`;
      if (seen.has(key)) continue;
      seen.add(key);
      used.push({
        id: p.id,
        validFrom: p.validFrom,
        value: p.value,
        status: p.status,
        source: p.source,
      });
    }
  return used;
}

function computationSteps(
  r: CofinancingResult | ExpertiseSupport,
  locale: LocaleTag | undefined,
): ComputationTraceStep[] {
  const lines = explainCofinancing(r, { locale });
  return r.explanation.map((s, i) => ({
    type: 'computation',
    code: s.code,
    params: s.params as unknown as { readonly [key: string]: JsonValue },
    parameters: s.parameters.map((p) => ({ id: p.id, validFrom: p.validFrom })),
    assumption: s.assumption,
    text: lines[i] ?? '',
  }));
}

/** The input paths each rule of a proposal reads (`[]` marks every item of a list). */
const ruleReads: Readonly<Record<ApplicationRuleId, readonly string[]>> = {
  'known-call': ['callId'],
  'on-time': ['callId', 'submittedAt'],
  'eligible-organisation': [
    'applicant.organisationType',
    'applicant.subjectToProcurementLaw',
    'partners[].organisationType',
  ],
  'general-interest': ['applicant.economicActivities'],
  'no-market-distortion': ['applicant.economicActivities'],
  'valid-enterprise-numbers': ['applicant.enterpriseNumber', 'partners[].enterpriseNumber'],
  'partners-distinct': ['applicant.enterpriseNumber', 'partners[].enterpriseNumber'],
  'procurement-foreseen': ['procurement'],
  'support-requested': ['support.guidance', 'support.externalExpertise', 'support.cofinancing'],
  'not-off-the-shelf': ['project.solutionMaturity', 'support.cofinancing.requested'],
  'cofinancing-within-limits': [
    'procurement.vat',
    'procurement.costs',
    'support.cofinancing.requested',
  ],
  'expertise-within-indicative-max': ['support.externalExpertise.requested'],
};

/** The rule that reported an issue: by its code (a code two rules share, by its path). */
function ruleOfIssue(found: PioIssue): ApplicationRuleId | 'structure' {
  const owners = applicationRules.filter((r) => r.codes.includes(found.code));
  if (owners.length === 0) return 'structure';
  if (owners.length === 1) return (owners[0] as (typeof owners)[number]).id;
  return found.path[0] === 'support' && found.path[1] === 'externalExpertise'
    ? 'expertise-within-indicative-max'
    : 'cofinancing-within-limits';
}

function outcomeOfIssues(found: readonly PioIssue[]): RuleTraceStep['outcome'] {
  if (found.some((i) => i.severity === 'error')) return 'fail';
  return found.length > 0 ? 'warning' : 'pass';
}

function ruleSteps(issues: readonly PioIssue[], locale: LocaleTag | undefined): RuleTraceStep[] {
  const language = localeOf(locale);
  const byRule = new Map<string, PioIssue[]>();
  for (const found of issues) {
    const id = ruleOfIssue(found);
    byRule.set(id, [...(byRule.get(id) ?? []), found]);
  }
  const structure = byRule.get('structure') ?? [];
  return [
    {
      type: 'rule',
      id: 'structure',
      outcome: outcomeOfIssues(structure),
      reads: ['*'],
      text:
        language === 'en'
          ? 'The proposal has the structure of the JSON format (application.schema.json).'
          : 'Het voorstel heeft de structuur van het JSON-formaat (application.schema.json).',
      issues: structure.map((i) => ({ code: i.code, path: i.path })),
    },
    ...applicationRules.map((rule): RuleTraceStep => {
      const found = byRule.get(rule.id) ?? [];
      return {
        type: 'rule',
        id: rule.id,
        outcome: outcomeOfIssues(found),
        reads: ruleReads[rule.id],
        text: rule.description[language],
        issues: found.map((i) => ({ code: i.code, path: i.path })),
      };
    }),
  ];
}

/** A validation, decided (what `recordValidation` runs, without the other kinds). @internal */
export function decideValidation(input: unknown, c: DecisionContext): Decided<'validation'> {
  const result = safeValidateApplication(input, {
    at: c.at as never,
    locale: c.locale,
    parameters: c.parameters,
    calendar: c.calendar,
  });
  const issues = result.success ? result.warnings : result.issues;
  const cofinancing = result.success ? [result.data.cofinancing] : [];
  // The external expertise is compared with its indicative maximum under the same rules as the
  // cofinancing (the validation's result does not carry that comparison, so it is made again).
  const requested = result.success
    ? result.data.application.support.externalExpertise?.requested
    : undefined;
  const expertise =
    result.success && requested !== undefined
      ? expertiseCore(requested, registryOf(c.parameters), {
          date: result.data.cofinancing.ruleDate,
          callId: result.data.cofinancing.callId,
        })
      : undefined;
  const explained: (CofinancingResult | ExpertiseSupport)[] = [...cofinancing];
  if (expertise?.success === true) explained.push(expertise.data);
  const lookups = lookupsOf(input, c);
  // The body named in the warning that the requested amount is above the indicative cap.
  const body =
    result.success && issues.some((i) => i.code === 'cofinancing_above_indicative_cap')
      ? decisionBodyVersionIn(registryOf(c.parameters), cofinancing[0]?.ruleDate)
      : undefined;
  if (body !== undefined) lookups.push(recordedVersion('decision.body', body.version));
  return {
    result,
    outcome: outcomeOf(result, (v) => ({
      callId: v.application.callId,
      cofinancing: cofinancingFigures(v.cofinancing),
    })),
    used: usedOf(explained, lookups),
    steps: [
      ...ruleSteps(issues, c.locale),
      ...explained.flatMap((r) => computationSteps(r, c.locale)),
    ],
  };
}

function decideCofinancing(input: unknown, c: DecisionContext): Decided<'cofinancing'> {
  const result = safeComputeCofinancing(input as CofinancingInput, {
    at: c.at as never,
    locale: c.locale,
    parameters: c.parameters,
  });
  const computed = result.success ? [result.data] : [];
  return {
    result,
    outcome: outcomeOf(result, cofinancingFigures),
    used: usedOf(computed),
    steps: computed.flatMap((r) => computationSteps(r, c.locale)),
  };
}

/** The questions of the quick scan, with the reasons each can give. */
const quickScanQuestions = [
  ['solutionExists', ['solution_available', 'market_unknown']],
  ['rdNeeded', ['no_rd_needed']],
  ['endUserAndSupportBase', ['no_end_user_or_support_base']],
  ['procurementForeseen', ['no_procurement_foreseen']],
] as const;

function decideQuickScan(input: unknown, c: DecisionContext): Decided<'quick-scan'> {
  const result = safeInnovationQuickScan(input as QuickScanAnswers, { locale: c.locale });
  const steps: TraceStep[] = [];
  if (result.success) {
    const text = explainQuickScan(result.data, { locale: c.locale });
    for (const [question, reasons] of quickScanQuestions) {
      const found = result.data.reasons.filter((r) => (reasons as readonly string[]).includes(r));
      steps.push({
        type: 'rule',
        id: question,
        outcome: found.some((r) => quickScanReasonLights[r] === 'red')
          ? 'fail'
          : found.length > 0
            ? 'warning'
            : 'pass',
        reads: [question],
        text: text.join('\n'),
        issues: found.map((code) => ({ code, path: [question] })),
      });
    }
  }
  return {
    result,
    outcome: outcomeOf(result, (v) => ({
      light: v.light,
      reasons: [...v.reasons],
      nextStep: v.nextStep,
    })),
    used: [],
    steps,
  };
}

/** The parts of an assessment record's input: `{ application, assessment }`. */
function assessmentParts(input: unknown): { application: unknown; assessment: unknown } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { application: input, assessment: undefined };
  const { application, assessment } = input as { application?: unknown; assessment?: unknown };
  return { application, assessment };
}

function decideAssessment(input: unknown, c: DecisionContext): Decided<'assessment'> {
  const { application, assessment } = assessmentParts(input);
  const result = safeAssessApplication(application as Application, assessment as Assessment, {
    at: c.at as never,
    locale: c.locale,
    parameters: c.parameters,
    calendar: c.calendar,
  });
  const language = localeOf(c.locale);
  // The deadline of the proposal's call, read to check it (as a validation reads it).
  const used: RecordedParameter[] = result.success ? lookupsOf(application, c) : [];
  const steps: TraceStep[] = [];
  if (result.success) {
    const r = result.data;
    // The scoring scheme's version, with its value as the registry holds it.
    const def = registryOf(c.parameters).definitions.get(r.scheme.parameterId);
    const version = def?.versions.find((v) => v.validFrom === r.scheme.validFrom);
    if (version !== undefined) used.push(recordedVersion(r.scheme.parameterId, version));
    // Every exclusion criterion: those the result lists failed, the others passed.
    for (const criterion of exclusionCriteria) {
      const found = r.exclusions.find((e) => e.criterionId === criterion.id)?.issues ?? [];
      steps.push({
        type: 'rule',
        id: criterion.id,
        outcome: outcomeOfIssues(found),
        reads: criterion.ruleIds.flatMap((id) =>
          ruleReads[id].map((path) => `application.${path}`),
        ),
        text: criterion.label[language],
        issues: found.map((i) => ({ code: i.code, path: i.path })),
      });
    }
    for (const k of r.criteria)
      steps.push({
        type: 'rule',
        id: k.criterionId,
        outcome: k.passed ? 'pass' : 'fail',
        reads: k.subCriteria.map((sub) => `assessment.scores.${sub.id}`),
        text: `${k.label[language]}: ${k.score}${k.threshold === null ? '' : ` (>= ${k.threshold})`}`,
        issues: [],
      });
  }
  return {
    result,
    outcome: outcomeOf(result, (r) => ({
      decision: r.decision,
      callId: r.callId,
      total: r.total,
      totalPassed: r.totalPassed,
      nextStep: r.nextStep,
      exclusions: r.exclusions.map((e) => ({
        criterionId: e.criterionId,
        codes: e.issues.map((i) => i.code),
      })),
      criteria: r.criteria.map((k) => ({
        criterionId: k.criterionId,
        score: k.score,
        passed: k.passed,
      })),
    })),
    used,
    steps,
  };
}

function decideOnTime(input: unknown, c: DecisionContext): Decided<'on-time'> {
  const run = runOnTime(input, c.locale, c.calendar);
  const { result } = run;
  const steps: TraceStep[] = result.success
    ? [
        {
          type: 'rule',
          id: 'on-time',
          outcome: result.data.onTime ? 'pass' : 'fail',
          reads: run.by === 'submittedAt' ? ['submittedAt'] : [run.by, 'submittedAt'],
          text: run.text,
          issues: [],
        },
      ]
    : [];
  return {
    result,
    outcome: outcomeOf(result, (v) => ({ ...v })),
    used: run.used,
    steps,
  };
}

/**
 * Runs a decision of a kind with the safe function of that kind.
 *
 * @internal
 */
export function decide(kind: DecisionKind, input: unknown, context: DecisionContext): Decided {
  switch (kind) {
    case 'validation':
      return decideValidation(input, context);
    case 'cofinancing':
      return decideCofinancing(input, context);
    case 'quick-scan':
      return decideQuickScan(input, context);
    case 'assessment':
      return decideAssessment(input, context);
    case 'on-time':
      return decideOnTime(input, context);
  }
}
