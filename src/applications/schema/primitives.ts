import { z } from 'zod';
import { codePointsAtMost } from '../../input/text.js';
import { toInstant } from '../../time/instant.js';
import { ENTERPRISE_NUMBER_PATTERN } from '../enterpriseNumber.js';

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

/** A text at most `maximum` code points long (zod's own length counts UTF-16 units). */
function maxCodePoints(schema: z.ZodString, maximum: number): z.ZodString {
  return schema.refine((text) => codePointsAtMost(text, maximum), {
    params: { pio: 'too_long', maximum, unit: 'characters' },
  });
}

/**
 * A required text: not blank, at most `maximum` characters.
 *
 * @internal
 */
export function textSchema(maximum: number, description: string) {
  return maxCodePoints(
    z.string().min(1, { abort: true }).regex(new RegExp(NOT_BLANK_PATTERN), 'not-blank'),
    maximum,
  ).meta({ maxLength: maximum, description });
}

/**
 * A string matching a pattern (its {@link FormatName} in the error), at most `maximum`
 * characters long.
 *
 * @internal
 */
export function patternSchema(
  pattern: string,
  format: 'call-id' | 'email' | 'phone' | 'enterprise-number',
  maximum: number,
  description: string,
) {
  return maxCodePoints(z.string().regex(new RegExp(pattern), format), maximum).meta({
    maxLength: maximum,
    description,
  });
}

/**
 * An instant as an ISO 8601 string with offset (`"2024-10-10T16:30:00+02:00"`), read into a `Date`.
 *
 * @internal
 */
export function instantSchema(description: string) {
  return z
    .string()
    .regex(new RegExp(INSTANT_PATTERN), 'instant')
    .transform((text): Date => toInstant(text))
    .meta({ description });
}

/**
 * A KBO enterprise number, `0123.456.749` or `0123456749` (the check digits are a business rule).
 *
 * @internal
 */
export function enterpriseNumberSchema(description: string) {
  return z
    .string()
    .regex(new RegExp(ENTERPRISE_NUMBER_PATTERN), 'enterprise-number')
    .meta({ description });
}
