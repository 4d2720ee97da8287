import { calendarOf } from '../calls/calendar.js';
import type { CallCalendar } from '../calls/types.js';
import type { CofinancingResult } from '../cofinancing/types.js';
import { guard } from '../input/guard.js';
import { optionsOf } from '../input/options.js';
import { issue, type IssueData } from '../issues/issue.js';
import { attempt, refuse } from '../issues/Refusal.js';
import type { Result, Success } from '../issues/Result.js';
import { typeName } from '../issues/typeName.js';
import { fromZodIssues } from '../issues/zod.js';
import { orThrow, safely } from '../locales/edge.js';
import type { LocaleTag } from '../locales/Locale.js';
import { registryOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { deepFreeze } from '../shared/deepFreeze.js';
import { toInstant, type InstantInput } from '../time/instant.js';
import {
  organisationTypes,
  publicOrganisationTypes,
  type OrganisationType,
} from '../vocabulary/index.js';
import { factsOf, type RuleContext } from './facts.js';
import { withField } from './fields.js';
import { runRules } from './rules/index.js';
import { salvage } from './salvage.js';
import { APPLICATION_SCHEMA_VERSION, applicationObjectSchema } from './schema/applicationSchema.js';
import type { Application, PartialApplication } from './schema/types.js';

/** Options of {@link validateApplication} and {@link safeValidateApplication}. */
export interface ValidateApplicationOptions {
  /**
   * The instant to judge by when the proposal has no `submittedAt` (for a draft: "now", given by
   * the caller). A `Date`, epoch milliseconds or an ISO 8601 string with offset. A draft late at
   * this instant gets `submitted_after_deadline` at path `['submittedAt']` with
   * `params.judgedBy: 'option'` ("Beoordeeld op ..." / "Judged on ...").
   */
  readonly at?: InstantInput | undefined;
  /** The language of the messages (a BCP 47 tag: `'nl-BE'`, `'en-GB'`, ...; default Dutch). */
  readonly locale?: LocaleTag | undefined;
  /** The calls calendar (default: the built-in one). */
  readonly calendar?: CallCalendar | undefined;
  /** The parameter registry (default: the built-in one). */
  readonly parameters?: ParameterRegistry | undefined;
  /**
   * The organisation types that may apply (default: the public-sector types,
   * `vocabulary.publicOrganisationTypes`, which are those of `organisationEligibility`; the
   * private types of the format, such as `company`, are not eligible unless listed here).
   */
  readonly eligibleOrganisationTypes?: readonly OrganisationType[] | undefined;
}

/** A valid proposal: as parsed, and its cofinancing computation. */
export interface ValidatedApplication {
  /** The parsed proposal: amounts as `Money`, `submittedAt` as a `Date`. */
  readonly application: Application;
  /** The cofinancing computation for the proposal's costs, with its explanation. */
  readonly cofinancing: CofinancingResult;
}

function isObject(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The options, resolved; a bad `at` is reported (at path `at`) and the proposal still checked. */
function contextOf(options: ValidateApplicationOptions, found: IssueData[]): RuleContext {
  const calendar = calendarOf(options.calendar);
  const given: unknown = options.eligibleOrganisationTypes;
  // Only an absent option means the default (`null` is refused, as for every other option); the
  // default is the library's own list, so only a given one is checked.
  if (given !== undefined) checkTypes(given);
  const types = (given ?? publicOrganisationTypes) as readonly OrganisationType[];
  return {
    at: options.at === undefined ? undefined : attempt(found, () => toInstant(options.at, ['at'])),
    calendar,
    parameters: registryOf(options.parameters),
    eligibleOrganisationTypes: types,
  };
}

/** Refuses a given `eligibleOrganisationTypes` that is not a list of organisation types. */
function checkTypes(types: unknown): void {
  if (!Array.isArray(types))
    refuse('invalid_type', { expected: 'array', received: typeName(types) }, [
      'eligibleOrganisationTypes',
    ]);
  // Measured by its length before it is read, so a sparse list of 2^32 - 1 is refused at once.
  const maximum = organisationTypes.length * 4;
  if (types.length > maximum)
    refuse('too_long', { maximum, unit: 'items' }, ['eligibleOrganisationTypes']);
  (types as readonly unknown[]).forEach((t, i) => {
    if (!(organisationTypes as readonly unknown[]).includes(t))
      refuse(
        'invalid_value',
        {
          received: typeof t === 'string' ? JSON.stringify(t.slice(0, 60)) : typeName(t),
          expected: [...organisationTypes],
          enum: 'organisationType',
        },
        ['eligibleOrganisationTypes', i],
      );
  });
}

/**
 * The structure's issues; a wrong `schemaVersion` is named as such, and an issue at a field of
 * the format names that field in `params.field` (its message says what the field means).
 */
function structureIssues(found: IssueData[]): IssueData[] {
  return found.map((i) =>
    i.code === 'invalid_value' && i.path.length === 1 && i.path[0] === 'schemaVersion'
      ? issue(
          'unsupported_schema_version',
          { received: i.params.received, expected: [APPLICATION_SCHEMA_VERSION] },
          { path: i.path },
        )
      : withField(i),
  );
}

/**
 * Validates a project proposal (projectvoorstel) completely, in one pass, and returns the one
 * result shape: the structure of the JSON document (types, required fields, unknown keys,
 * lengths, patterns) and every business rule (known call, on time, eligible organisation,
 * general interest, market distortion, enterprise numbers, distinct partners, procurement
 * foreseen, support requested, no cofinancing for a commercially available solution,
 * cofinancing within 50% and the indicative cap, external expertise within its indicative
 * maximum). The rules run on whatever parts of the document parsed, so a proposal with a typo
 * still hears that it is late.
 *
 * How it runs, top to bottom: the input is guarded once (bounded: 1,000,000 characters, 10,000
 * values, depth 32; cycles and unreadable values refused; `__proto__`, `constructor` and
 * `prototype` keys reported as `unknown_key` and never copied); parsed by the zod schema of the
 * format (structure issues through the one zod mapper); the facts are worked out once (the call,
 * the instant to judge by, the date whose rules apply, the cofinancing computed from the parsed
 * amounts); the rules compare the facts; the edge renders every issue in `locale`.
 *
 * @param input - Anything: usually the result of `JSON.parse`.
 * @param options - `at` (judge a draft at this instant; a bad one is reported at path `at`),
 *   `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns `{ success: true, data: { application, cofinancing }, warnings }`, or
 *   `{ success: false, issues }` with every problem, errors first.
 * @example
 * ```ts
 * safeValidateApplication(null).success;
 * //=> false
 * safeValidateApplication({ schemaVersion: '1' }, { locale: 'en' }).success;
 * //=> false
 * ```
 */
export function safeValidateApplication(
  input: unknown,
  options: ValidateApplicationOptions = {},
): Result<ValidatedApplication> {
  return safely(options?.locale, () => {
    const given = optionsOf(options);
    const { value, issues: guarded } = guard(input);
    const found: IssueData[] = [...guarded];
    const context = contextOf(given, found);
    const parsed = applicationObjectSchema().safeParse(value);
    if (!parsed.success) found.push(...structureIssues(fromZodIssues(parsed.error.issues, value)));
    const application: PartialApplication | undefined = parsed.success
      ? parsed.data
      : isObject(value)
        ? (salvage(applicationObjectSchema(), value) as PartialApplication)
        : undefined;
    const facts = application === undefined ? undefined : factsOf(application, context);
    if (facts !== undefined) found.push(...runRules(facts));
    const errors = found.filter((i) => i.severity === 'error');
    // Without errors the proposal parsed and has a procurement whose computation succeeded
    // (`no_procurement_foreseen` and the computation's own issues are errors).
    if (errors.length > 0 || !parsed.success || facts?.cofinancing?.success !== true)
      return { success: false, issues: found };
    return {
      success: true,
      data: Object.freeze({
        // The library's own copy (zod made every object of it from the guarded copy).
        application: deepFreeze(parsed.data),
        cofinancing: facts.cofinancing.data,
      }),
      // The computation's own advice (requested above the maximum) is what the rule
      // `cofinancing-within-limits` reports at the proposal's path: said once, by the rule.
      warnings: found,
    };
  });
}

/**
 * Validates a project proposal completely: {@link safeValidateApplication}, throwing.
 *
 * @param input - Anything: usually the result of `JSON.parse`.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns The success of {@link safeValidateApplication}.
 * @throws {@link PioRulesError} with every issue of an invalid proposal (its `code` is the first
 *   error's).
 * @example
 * ```ts
 * validateApplication({ schemaVersion: '2' });
 * //=> throws PioRulesError (unsupported_schema_version)
 * ```
 */
export function validateApplication(
  input: unknown,
  options: ValidateApplicationOptions = {},
): Success<ValidatedApplication> {
  return orThrow(safeValidateApplication(input, options));
}
