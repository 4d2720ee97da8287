import { findCall } from '../calls/find.js';
import type { Call, CallCalendar } from '../calls/types.js';
import {
  computeCore,
  type CoreLine,
  expertiseVerdict,
  type ExpertiseVerdict,
  type RulesAt,
} from '../cofinancing/core.js';
import type { CofinancingResult } from '../cofinancing/types.js';
import type { Outcome } from '../issues/Result.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { zonedDate } from '../time/zoned.js';
import { timeZoneOf } from '../parameters/read.js';
import type { OrganisationType } from '../vocabulary/index.js';
import type { PartialApplication } from './schema/types.js';

/** What the rules need besides the proposal: the options of the validation, resolved. */
export interface RuleContext {
  /** The instant to judge by when the proposal has no `submittedAt` (a draft checked "now"). */
  readonly at: Date | undefined;
  /** The calls calendar. */
  readonly calendar: CallCalendar;
  /** The parameter registry. */
  readonly parameters: ParameterRegistry;
  /** The organisation types that may apply. */
  readonly eligibleOrganisationTypes: readonly OrganisationType[];
}

/** The instant a proposal is judged by, and where it comes from. */
export interface Judgement {
  /** The instant. */
  readonly instant: Date;
  /** `'submission'`: the proposal's `submittedAt`; `'option'`: the caller's `at`. */
  readonly by: 'submission' | 'option';
}

/**
 * Everything the rules compare, worked out once per validation: the proposal as far as it
 * parsed, the call, the instant to judge by, the date whose rules apply, and the computations of
 * the cofinancing and of the external expertise from the already parsed amounts. Rules read
 * these; none computes them again.
 */
export interface Facts {
  /** The proposal, or the parts of it that parsed. */
  readonly application: PartialApplication;
  /** The options, resolved. */
  readonly context: RuleContext;
  /** The proposal's call, when its id parsed and the calendar knows it. */
  readonly call: Call | undefined;
  /** The instant to judge the deadline by, when there is one. */
  readonly judgement: Judgement | undefined;
  /** The date whose parameter versions apply: the call's deadline date, else the judgement's. */
  readonly rules: RulesAt;
  /** The cofinancing computation, when the procurement's lines and VAT treatment all parsed. */
  readonly cofinancing: Outcome<CofinancingResult> | undefined;
  /**
   * The external expertise compared with its indicative maximum, when its requested amount
   * parsed (the comparison only: a validation's result does not carry its explanation).
   */
  readonly expertise: Outcome<ExpertiseVerdict> | undefined;
}

/**
 * Works out the facts of a proposal once.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @param context - The resolved options.
 * @returns The facts.
 * @internal
 */
export function factsOf(application: PartialApplication, context: RuleContext): Facts {
  const call =
    application.callId === undefined ? undefined : findCall(context.calendar, application.callId);
  const judgement: Judgement | undefined =
    application.submittedAt !== undefined
      ? { instant: application.submittedAt, by: 'submission' }
      : context.at !== undefined
        ? { instant: context.at, by: 'option' }
        : undefined;
  const rules: RulesAt =
    call !== undefined
      ? { date: call.deadlineDate, callId: call.id, callStatus: call.status }
      : judgement !== undefined
        ? { date: zonedDate(judgement.instant, timeZoneOf(context.parameters)), callId: null }
        : { date: null, callId: null };
  return {
    application,
    context,
    call,
    judgement,
    rules,
    cofinancing: cofinancingOf(application, context.parameters, rules),
    expertise: expertiseOf(application, context.parameters, rules),
  };
}

function cofinancingOf(
  application: PartialApplication,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<CofinancingResult> | undefined {
  const procurement = application.procurement;
  const costs = procurement?.costs;
  if (procurement?.vat === undefined || costs === undefined || costs.length === 0) return undefined;
  const lines: CoreLine[] = [];
  for (let i = 0; i < costs.length; i += 1) {
    const line = costs[i];
    // A salvaged proposal may have lines without a category or amount: then nothing to compute.
    if (line?.category === undefined || line.amount === undefined) return undefined;
    const path = Object.freeze(['procurement', 'costs', i]);
    lines.push(
      line.label === undefined
        ? { path, category: line.category, amount: line.amount }
        : { path, category: line.category, amount: line.amount, label: line.label },
    );
  }
  const requested = application.support?.cofinancing?.requested;
  return computeCore(
    requested === undefined
      ? { lines, vat: procurement.vat }
      : { lines, vat: procurement.vat, requested },
    registry,
    rules,
  );
}

function expertiseOf(
  application: PartialApplication,
  registry: ParameterRegistry,
  rules: RulesAt,
): Outcome<ExpertiseVerdict> | undefined {
  const requested = application.support?.externalExpertise?.requested;
  return requested === undefined ? undefined : expertiseVerdict(requested, registry, rules);
}
