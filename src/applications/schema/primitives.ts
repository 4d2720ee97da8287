import * as z from 'zod/mini';
import { described } from '../../input/described.js';
import { INVISIBLE_CHARACTERS, NOT_BLANK_PATTERN } from '../../input/patterns.js';
import { codePointsAtMost } from '../../input/text.js';
import { toInstant } from '../../time/instant.js';
import { dottedEnterpriseNumber, ENTERPRISE_NUMBER_PATTERN } from '../enterpriseNumber.js';

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
  '^20(?:[0-9]{2}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))|(?:[02468][048]|[13579][26])-02-29)T(?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]{1,9})?)?(?:Z|[+-](?:0[0-9]|1[0-4]):[0-5][0-9])$';

/** Pattern of a call id: lowercase letters and digits in groups joined by single hyphens. */
export const CALL_ID_PATTERN = '^[0-9a-z]+(?:-[0-9a-z]+)*$';

/**
 * Pattern of an e-mail address: something, `@`, and a domain with at least one dot; no part
 * holds a character that shows nothing (white space, control or zero-width characters).
 */
export const EMAIL_PATTERN = `^[^@${INVISIBLE_CHARACTERS}]+@[^@.${INVISIBLE_CHARACTERS}]+(?:\\.[^@.${INVISIBLE_CHARACTERS}]+)+$`;

/** Pattern of a phone number: digits, spaces and `()./-`, optionally after a `+`. */
export const PHONE_PATTERN = '^\\+?[0-9 ()./-]+$';

export { NOT_BLANK_PATTERN };

/** A text at most `maximum` code points long (zod's own length counts UTF-16 units). */
function maxCodePoints(maximum: number): z.core.$ZodCheck<string> {
  return z.refine((text: string) => codePointsAtMost(text, maximum), {
    params: { pio: 'too_long', maximum, unit: 'characters' },
  });
}

/**
 * A required text: not blank, at most `maximum` characters.
 *
 * @internal
 */
export function textSchema(maximum: number, description: string) {
  return described(
    z
      .string()
      .check(
        z.minLength(1, { abort: true }),
        z.regex(new RegExp(NOT_BLANK_PATTERN), 'not-blank'),
        maxCodePoints(maximum),
      ),
    { maxLength: maximum, description },
  );
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
  return described(z.string().check(z.regex(new RegExp(pattern), format), maxCodePoints(maximum)), {
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
  return described(
    z.pipe(
      z.string().check(z.regex(new RegExp(INSTANT_PATTERN), 'instant')),
      z.transform((text: string): Date => toInstant(text)),
    ),
    { description },
  );
}

/**
 * A KBO enterprise number in one of the forms people write (`BE 0207.123.407`, `0207 123 407`,
 * `0207123407`, `207.123.407`, ...: {@link ENTERPRISE_NUMBER_PATTERN}), read into its dotted
 * form `0207.123.407`. The check digits are a business rule (`valid-enterprise-numbers`).
 *
 * @internal
 */
export function enterpriseNumberSchema(description: string) {
  // The transform runs only on a text the pattern accepted.
  return described(
    z.pipe(
      z.string().check(z.regex(new RegExp(ENTERPRISE_NUMBER_PATTERN), 'enterprise-number')),
      z.transform((text: string): string => dottedEnterpriseNumber(text)),
    ),
    { description },
  );
}
