import * as z from 'zod/mini';
import { lazily } from '../input/lazily.js';
import type { RuleContext } from '../applications/facts.js';
import { applicationObjectSchema } from '../applications/schema/applicationSchema.js';
import type { Application } from '../applications/schema/types.js';
import { calendarOf } from '../calls/calendar.js';
import type { CallCalendar } from '../calls/types.js';
import { guard } from '../input/guard.js';
import { withPathPrefix, type IssueData, type IssuePath } from '../issues/issue.js';
import { attempt } from '../issues/Refusal.js';
import { fromZodIssues } from '../issues/zod.js';
import type { LocaleTag } from '../locales/Locale.js';
import { registryOf } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { toInstant, type InstantInput } from '../time/instant.js';
import {
  organisationTypes,
  publicOrganisationTypes,
  type OrganisationType,
} from '../vocabulary/index.js';

/**
 * Options of {@link safeAssessApplication} and {@link assessApplication}: those of
 * `validateApplication`, so the exclusion rules judge a proposal exactly as validation does.
 */
export interface AssessApplicationOptions {
  /**
   * The instant to judge by when the proposal has no `submittedAt` (for a draft: "now", given by
   * the caller); it also picks the scoring scheme in force then. A `Date`, epoch milliseconds or
   * an ISO 8601 string with offset.
   */
  readonly at?: InstantInput | undefined;
  /** The language of the messages (a BCP 47 tag: `'nl-BE'`, `'en-GB'`, ...; default Dutch). */
  readonly locale?: LocaleTag | undefined;
  /** The calls calendar (default: the built-in one). */
  readonly calendar?: CallCalendar | undefined;
  /** The parameter registry: rules and scoring scheme (default: the built-in one). */
  readonly parameters?: ParameterRegistry | undefined;
  /**
   * The organisation types that may apply (default: the public-sector types,
   * `vocabulary.publicOrganisationTypes`, which are those of `organisationEligibility`).
   */
  readonly eligibleOrganisationTypes?: readonly OrganisationType[] | undefined;
}

/**
 * The guarded copy of a value, its issues placed at `path`; `undefined` when the guard refused
 * it (the refusal is in `found`).
 */
function guardedAt(
  value: unknown,
  path: IssuePath,
  found: IssueData[],
): { value: unknown } | undefined {
  const refused: IssueData[] = [];
  const guarded = attempt(refused, () => guard(value));
  found.push(...[...refused, ...(guarded?.issues ?? [])].map((i) => withPathPrefix(path, i)));
  return guarded === undefined ? undefined : { value: guarded.value };
}

const typesSchema = lazily(() =>
  z.array(z.enum(organisationTypes, { error: 'enum:organisationType' })),
);

/** The options of an assessment, resolved as far as they are right. @internal */
export interface ResolvedOptions {
  /** The context of the application rules, when every option is right. */
  readonly context: RuleContext | undefined;
  /** The registry, when the `parameters` option is right. */
  readonly parameters: ParameterRegistry | undefined;
  /** The instant of the `at` option; `undefined` also when it is wrong (see `atRefused`). */
  readonly at: Date | undefined;
  /** `true` when the `at` option was given and refused. */
  readonly atRefused: boolean;
}

/**
 * The options resolved into the context of the application rules; every problem is added to
 * `found` (a bad `at`, calendar, registry or list of organisation types), and the context is
 * then `undefined`.
 *
 * @internal
 */
export function resolveOptions(
  options: AssessApplicationOptions,
  found: IssueData[],
): ResolvedOptions {
  const before = found.length;
  const at =
    options.at === undefined ? undefined : attempt(found, () => toInstant(options.at, ['at']));
  const atRefused = options.at !== undefined && at === undefined;
  const calendar = attempt(found, () => calendarOf(options.calendar));
  const parameters = attempt(found, () => registryOf(options.parameters));
  let types: readonly OrganisationType[] = publicOrganisationTypes;
  if (options.eligibleOrganisationTypes !== undefined) {
    const path = ['eligibleOrganisationTypes'];
    const given = guardedAt(options.eligibleOrganisationTypes, path, found);
    const parsed = given === undefined ? undefined : typesSchema().safeParse(given.value);
    if (given !== undefined && parsed !== undefined && !parsed.success)
      found.push(...fromZodIssues(parsed.error.issues, given.value, path));
    if (parsed?.success === true) types = parsed.data;
  }
  const context =
    found.length > before || calendar === undefined || parameters === undefined
      ? undefined
      : { at, calendar, parameters, eligibleOrganisationTypes: types };
  return { context, parameters, at, atRefused };
}

/** A guarded copy with every `Money` written as its amount and every `Date` as ISO 8601. */
function asDocument(value: unknown): unknown {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? value : value.toISOString();
  if (Array.isArray(value)) return value.map(asDocument);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Readonly<Record<string, unknown>>;
  const keys = Object.keys(record);
  if (keys.length === 2 && record['currency'] === 'EUR' && typeof record['amount'] === 'string')
    return record['amount'];
  return Object.fromEntries(keys.map((key) => [key, asDocument(record[key])]));
}

/**
 * The proposal to assess, checked as `validateApplication` checks one: a parsed proposal (amounts
 * as `Money`, `submittedAt` as a `Date`) is written back as its document and parsed by the
 * proposal's schema, so whatever the caller passes, the rules read a complete, well-formed
 * proposal. Every problem is added to `found`, at paths that start with `['application']`.
 *
 * @internal
 */
export function applicationOf(application: unknown, found: IssueData[]): Application | undefined {
  const path = ['application'];
  const guarded = guardedAt(application, path, found);
  if (guarded === undefined) return undefined;
  const document = asDocument(guarded.value);
  const parsed = applicationObjectSchema().safeParse(document);
  if (parsed.success) return parsed.data;
  found.push(...fromZodIssues(parsed.error.issues, document, path));
  return undefined;
}
