import { z } from 'zod';
import { eur } from '../../money/eur.js';
import type { Money } from '../../money/Money.js';
import { toInstant } from '../../time/toInstant.js';
import { ENTERPRISE_NUMBER_PATTERN } from '../enterpriseNumber.js';
import type { FormatKey } from './formats.js';

/** Maximum lengths of the texts of a proposal, in characters (Unicode code points). */
export const textLimits = {
  /** Names of organisations and people. */
  name: 200,
  /** The project title. */
  title: 200,
  /** The project summary. */
  summary: 2_000,
  /** Each answer to a guidance question (need, ideal solution, market scan, ...). */
  answer: 10_000,
  /** The label of a cost line. */
  label: 200,
  /** An e-mail address. */
  email: 254,
  /** A phone number. */
  phone: 30,
  /** A call id. */
  callId: 64,
} as const;

/** Pattern of an amount in a proposal: a non-negative decimal string with at most two decimals. */
export const AMOUNT_PATTERN = '^\\d{1,13}(?:\\.\\d{1,2})?$';

/**
 * Pattern of an instant in a proposal: ISO 8601 date and time (years 2000 to 2099, real
 * calendar days) with seconds and fraction optional and a required offset (`Z` or `±hh:mm`,
 * at most 14 hours).
 */
export const INSTANT_PATTERN =
  '^20(?:\\d{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|(?:[02468][048]|[13579][26])-02-29)T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,9})?)?(?:Z|[+-](?:0\\d|1[0-4]):[0-5]\\d)$';

/** Pattern of a call id: lowercase letters and digits in groups joined by single hyphens. */
export const CALL_ID_PATTERN = '^[\\da-z]+(?:-[\\da-z]+)*$';

/** Pattern of an e-mail address: something, `@`, and a domain with at least one dot. */
export const EMAIL_PATTERN = '^[^\\s@]+@[^\\s@.]+(?:\\.[^\\s@.]+)+$';

/** Pattern of a phone number: digits, spaces and `()./-`, optionally after a `+`. */
export const PHONE_PATTERN = '^\\+?[\\d ()./-]+$';

/** Pattern that a required text must match: at least one character that is not white space. */
export const NOT_BLANK_PATTERN = '\\S';

function codePointsAtMost(text: string, maximum: number): boolean {
  if (text.length <= maximum) return true;
  // Count code points (a surrogate pair is one character), stopping as soon as it is too long.
  let count = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i += 1;
    }
    count += 1;
    if (count > maximum) return false;
  }
  return true;
}

/**
 * A required text: not blank, at most `maximum` characters (code points, as JSON Schema counts).
 *
 * @param maximum - The maximum length.
 * @param description - What the text holds (English, Dutch in parentheses).
 * @returns The zod schema.
 * @example
 * ```ts
 * textSchema(5, 'A name').safeParse('Gent').success;
 * //=> true
 * ```
 */
export function textSchema(maximum: number, description: string) {
  return z
    .string()
    .min(1, { abort: true })
    .regex(new RegExp(NOT_BLANK_PATTERN), { error: 'not-blank' satisfies FormatKey })
    .refine((text) => codePointsAtMost(text, maximum), {
      params: { pioCode: 'too_long', maximum },
    })
    .meta({ maxLength: maximum, description });
}

/**
 * A string matching a pattern, at most `maximum` characters long.
 *
 * @param pattern - The pattern (anchored).
 * @param expected - The key of what the pattern asks for, in {@link formatExpectations}.
 * @param maximum - The maximum length.
 * @param description - What the value holds.
 * @returns The zod schema.
 * @example
 * ```ts
 * patternSchema(CALL_ID_PATTERN, 'call-id', 64, 'A call').safeParse('12').success;
 * //=> true
 * ```
 */
export function patternSchema(
  pattern: string,
  expected: FormatKey,
  maximum: number,
  description: string,
) {
  return z
    .string()
    .regex(new RegExp(pattern), { error: expected })
    .refine((text) => codePointsAtMost(text, maximum), {
      params: { pioCode: 'too_long', maximum },
    })
    .meta({ maxLength: maximum, description });
}

/**
 * An amount as a decimal string (`"1200000.00"`), read into a `Money`.
 *
 * @param description - What the amount is.
 * @returns The zod schema: input a string, output a `Money`.
 * @example
 * ```ts
 * amountSchema('Cost').parse('12.5').amount;
 * //=> '12.50'
 * ```
 */
export function amountSchema(description: string) {
  return z
    .string()
    .regex(new RegExp(AMOUNT_PATTERN), { error: 'amount' satisfies FormatKey })
    .transform((text): Money => eur(text))
    .meta({ description });
}

/**
 * An instant as an ISO 8601 string with offset (`"2024-10-10T16:30:00+02:00"`), read into a `Date`.
 *
 * @param description - What the instant is.
 * @returns The zod schema: input a string, output a `Date`.
 * @example
 * ```ts
 * instantSchema('When').parse('2024-10-10T16:30:00+02:00').toISOString();
 * //=> '2024-10-10T14:30:00.000Z'
 * ```
 */
export function instantSchema(description: string) {
  return z
    .string()
    .regex(new RegExp(INSTANT_PATTERN), { error: 'instant' satisfies FormatKey })
    .transform((text): Date => toInstant(text))
    .meta({ description });
}

/**
 * A KBO enterprise number, `0123.456.749` or `0123456749` (the check digits are a business rule).
 *
 * @param description - Whose number it is.
 * @returns The zod schema.
 * @example
 * ```ts
 * enterpriseNumberSchema('Number').safeParse('0123.456.749').success;
 * //=> true
 * ```
 */
export function enterpriseNumberSchema(description: string) {
  return z
    .string()
    .regex(new RegExp(ENTERPRISE_NUMBER_PATTERN), {
      error: 'enterprise-number' satisfies FormatKey,
    })
    .meta({ description });
}
