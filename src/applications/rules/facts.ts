import { getCall } from '../../calls/index.js';
import type { Call } from '../../calls/types.js';
import type { CofinancingAt } from '../../cofinancing/types.js';
import type { IssueCode } from '../../issues/codes.js';
import { createIssue, type CreateIssueOptions } from '../../issues/createIssue.js';
import type { PioIssue } from '../../issues/PioIssue.js';
import { isZero } from '../../money/arithmetic.js';
import type { Money } from '../../money/Money.js';
import type { PartialApplication } from '../schema/types.js';
import type { ApplicationRuleContext } from './ApplicationRule.js';

/** The last call looked up per context. */
const callsSeen = new WeakMap<
  ApplicationRuleContext,
  { readonly calendar: unknown; readonly id: string; readonly call: Call | undefined }
>();

/**
 * The call of a proposal, when its id parsed and the calendar knows it.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @param context - The `calendar`.
 * @returns The call, or `undefined`.
 * @throws {@link PioRulesError} when the calendar's parameters have no value for the call.
 * @example
 * ```ts
 * callOf({ callId: '2024-2' }, {})?.deadlineDate;
 * //=> '2024-10-10'
 * ```
 * @internal
 */
export function callOf(
  application: PartialApplication,
  context: ApplicationRuleContext,
): Call | undefined {
  const id = application.callId;
  if (id === undefined) return undefined;
  const calendar = context.calendar;
  // Several rules ask for the call of one proposal in one context: look it up once. Kept per
  // context object (a validation makes its own) and checked against its calendar. Calls only
  // reach rules, never a result, so sharing one among them is safe.
  const known = callsSeen.get(context);
  if (known !== undefined && known.calendar === calendar && known.id === id) return known.call;
  const call = getCall(id, { calendar });
  if (typeof context === 'object' && context !== null)
    callsSeen.set(context, { calendar, id, call });
  return call;
}

/**
 * The instant a proposal is judged by: its `submittedAt`, else the context's `at`.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @param context - The `at`.
 * @returns The instant, or `undefined` when there is none.
 * @example
 * ```ts
 * judgementInstant({}, { at: new Date(0) })?.getTime();
 * //=> 0
 * ```
 * @internal
 */
export function judgementInstant(
  application: PartialApplication,
  context: ApplicationRuleContext,
): Date | undefined {
  return application.submittedAt ?? context.at;
}

/**
 * When the programme's parameters are read for a proposal: the deadline date of its call, else
 * the instant it is judged by, else the latest rules.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @param context - The `calendar` and `at`.
 * @returns The call or instant, or `undefined` for the latest rules.
 * @example
 * ```ts
 * rulesAt({}, {});
 * //=> undefined
 * ```
 * @internal
 */
export function rulesAt(
  application: PartialApplication,
  context: ApplicationRuleContext,
): CofinancingAt | undefined {
  return callOf(application, context) ?? judgementInstant(application, context);
}

/**
 * The cofinancing amount a proposal requests, when it is known and above zero.
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @returns The amount, or `undefined`.
 * @example
 * ```ts
 * requestedCofinancing({ support: { cofinancing: { requested: eur('0') } } });
 * //=> undefined
 * ```
 * @internal
 */
export function requestedCofinancing(application: PartialApplication): Money | undefined {
  const requested = application.support?.cofinancing?.requested;
  return requested === undefined || isZero(requested) ? undefined : requested;
}

/**
 * Makes an issue in the context's locale.
 *
 * @param context - The `locale` (default `'nl-BE'`).
 * @param code - The issue code.
 * @param options - Path, params, severity and source.
 * @returns The issue.
 * @example
 * ```ts
 * ruleIssue({ locale: 'en' }, 'required', {}).message;
 * //=> 'This field is required.'
 * ```
 * @internal
 */
export function ruleIssue(
  context: ApplicationRuleContext,
  code: IssueCode,
  options: Omit<CreateIssueOptions, 'locale'>,
): PioIssue {
  return createIssue(code, { ...options, locale: context.locale ?? 'nl-BE' });
}

/**
 * The partners of a proposal, when they are a list (`[]` for none or for a value of another
 * kind, which the structure check reports).
 *
 * @param application - The proposal, or the parts of it that parsed.
 * @returns The partners.
 * @example
 * ```ts
 * partnersOf({ partners: 5 } as never);
 * //=> []
 * ```
 * @internal
 */
export function partnersOf(
  application: PartialApplication,
): NonNullable<PartialApplication['partners']> {
  const { partners } = application;
  return Array.isArray(partners) ? (partners as NonNullable<PartialApplication['partners']>) : [];
}
