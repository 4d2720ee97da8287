import type { CallCalendar } from '../calls/types.js';
import type { CofinancingResult } from '../cofinancing/types.js';
import type { Locale } from '../i18n/Locale.js';
import { createIssue } from '../issues/createIssue.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { isPioRulesError } from '../issues/PioRulesError.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { toInstant, type InstantInput } from '../time/toInstant.js';
import { cofinancingFor } from './cofinancingFor.js';
import { guardInput } from './input/guardInput.js';
import { mapZodIssues } from './input/mapZodIssues.js';
import { salvage } from './input/salvage.js';
import type { ApplicationRuleContext } from './rules/ApplicationRule.js';
import { checkApplicationRules } from './rules/applicationRules.js';
import { applicationSchema } from './schema/applicationSchema.js';
import type { OrganisationType } from './schema/enums.js';
import type { Application, PartialApplication } from './schema/types.js';

/** Options of {@link validateApplication} and {@link parseApplication}. */
export interface ValidateApplicationOptions {
  /**
   * The instant to judge by when the proposal has no `submittedAt` (for a draft: "now", given by
   * the caller). A `Date`, epoch milliseconds or an ISO 8601 string with offset.
   */
  readonly at?: InstantInput | undefined;
  /** Language of the messages: `'nl-BE'` (default) or `'en'`. */
  readonly locale?: Locale | undefined;
  /** The calls calendar (default: the built-in one). */
  readonly calendar?: CallCalendar | undefined;
  /** The parameter registry (default: the built-in one). */
  readonly parameters?: ParameterRegistry | undefined;
  /** The organisation types that may apply (default: all types of the format). */
  readonly eligibleOrganisationTypes?: readonly OrganisationType[] | undefined;
}

/** The successful output of {@link validateApplication}. */
export interface ValidApplication {
  /** Always `true`. */
  readonly success: true;
  /** The parsed proposal: amounts as `Money`, `submittedAt` as a `Date`. */
  readonly application: Application;
  /** Advice that does not fail the proposal (indicative cap or maximum exceeded, no time to judge by). */
  readonly warnings: readonly PioIssue[];
  /** The cofinancing computation for the proposal's costs, with its explanation. */
  readonly cofinancing: CofinancingResult;
}

/** The failed output of {@link validateApplication}: every problem, errors first. */
export interface InvalidApplication {
  /** Always `false`. */
  readonly success: false;
  /** Every problem found, structural and business rules together; errors first, then warnings. */
  readonly issues: readonly PioIssue[];
}

/** What {@link validateApplication} returns. */
export type ApplicationValidationResult = ValidApplication | InvalidApplication;

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorsFirst(issues: readonly PioIssue[]): PioIssue[] {
  return [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
}

function contextOf(
  options: ValidateApplicationOptions,
  locale: Locale,
  issues: PioIssue[],
): ApplicationRuleContext {
  let at: Date | undefined;
  if (options.at !== undefined) {
    try {
      at = toInstant(options.at);
    } catch (error) {
      /* v8 ignore start -- toInstant throws only PioRulesError */
      if (!isPioRulesError(error)) throw error;
      /* v8 ignore stop */
      for (const issue of error.issues)
        issues.push(createIssue(issue.code, { params: { ...issue.params, option: 'at' }, locale }));
    }
  }
  return {
    at,
    locale,
    calendar: options.calendar,
    parameters: options.parameters,
    eligibleOrganisationTypes: options.eligibleOrganisationTypes,
  };
}

function validate(
  input: unknown,
  options: ValidateApplicationOptions,
): ApplicationValidationResult {
  const locale: Locale = options.locale === 'en' ? 'en' : 'nl-BE';
  const guarded = guardInput(input, locale);
  if (guarded.refused) return { success: false, issues: guarded.issues };
  const issues: PioIssue[] = [...guarded.issues];
  const context = contextOf(options, locale, issues);
  const parsed = applicationSchema.safeParse(guarded.value);
  let application: PartialApplication | undefined;
  if (parsed.success) {
    application = parsed.data;
  } else {
    issues.push(...mapZodIssues(parsed.error.issues, guarded.value, locale));
    if (isObject(guarded.value))
      application = salvage(applicationSchema, guarded.value) as PartialApplication;
  }
  if (application !== undefined) issues.push(...checkApplicationRules(application, context));
  if (parsed.success && !issues.some((i) => i.severity === 'error')) {
    const cofinancing = cofinancingFor(parsed.data, context);
    /* v8 ignore start -- a valid proposal has a procurement whose computation succeeded */
    if (cofinancing?.success !== true) {
      const reason = 'no cofinancing result';
      return {
        success: false,
        issues: [createIssue('invalid_input', { locale, params: { reason } })],
      };
    }
    /* v8 ignore stop */
    return {
      success: true,
      application: parsed.data,
      warnings: issues,
      cofinancing: cofinancing.result,
    };
  }
  return { success: false, issues: errorsFirst(issues) };
}

/**
 * Validates a project proposal (projectvoorstel) completely, in one pass: the structure of the
 * JSON document (types, required fields, unknown keys, lengths, patterns) and every business rule
 * (known call, on time, eligible organisation, general interest, market distortion, enterprise
 * numbers, distinct partners, procurement foreseen, support requested, no cofinancing for a
 * commercially available solution, cofinancing within 50% and the indicative cap, external
 * expertise within its indicative maximum). The rules run on whatever parts of the document
 * parsed, so a proposal with a typo still hears that it is late.
 *
 * Any input is safe: it is first walked once, bounded (at most 1,000,000 characters of text,
 * 10,000 values, depth 32: otherwise `input_too_large` at once), cycles are refused
 * (`invalid_input`), and `__proto__`, `constructor` and `prototype` keys are reported as
 * `unknown_key` and never copied, so they reach no prototype.
 *
 * @param input - Anything: usually the result of `JSON.parse`.
 * @param options - `at` (judge a draft at this instant; a bad one is reported as `invalid_time`
 *   or `ambiguous_time` with `params.option` `'at'`), `locale`, `calendar`, `parameters`,
 *   `eligibleOrganisationTypes`.
 * @returns `{ success: true, application, warnings, cofinancing }`, or
 *   `{ success: false, issues }` with every problem, errors first.
 * @throws Never.
 * @example
 * ```ts
 * const result = validateApplication(JSON.parse(text), { locale: 'en' });
 * result.success ? result.cofinancing.maximum.amount : result.issues.map((i) => i.code);
 * //=> '750000.00'
 * validateApplication(null).success;
 * //=> false
 * ```
 */
export function validateApplication(
  input: unknown,
  options: ValidateApplicationOptions = {},
): ApplicationValidationResult {
  const safeOptions: ValidateApplicationOptions = isObject(options) ? options : {};
  try {
    return validate(input, safeOptions);
  } catch (error) {
    // A last safety net (a broken calendar or registry object, say): validation never throws.
    const locale: Locale = safeOptions.locale === 'en' ? 'en' : 'nl-BE';
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : typeof error;
    const reason = `an unexpected error while validating (${detail.slice(0, 200)})`;
    return {
      success: false,
      issues: [createIssue('invalid_input', { locale, params: { reason } })],
    };
  }
}
