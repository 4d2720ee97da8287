import { describeType } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';

/**
 * The two written forms of a KBO enterprise number (ondernemingsnummer) this library accepts:
 * `0123.456.749` and `0123456749`. Ten digits, the first `0` or `1`. The check digits are not
 * part of the pattern (see {@link isValidEnterpriseNumber}).
 */
export const ENTERPRISE_NUMBER_PATTERN = '^[01]\\d{3}(?:\\.\\d{3}\\.\\d{3}|\\d{6})$';

const FORM = new RegExp(ENTERPRISE_NUMBER_PATTERN);

/**
 * The ten digits of an enterprise number written in one of the accepted forms.
 *
 * @param value - Anything.
 * @returns The ten digits (`'0123456749'`), or `undefined` when `value` is not in an accepted form.
 * @example
 * ```ts
 * enterpriseNumberDigits('0123.456.749');
 * //=> '0123456749'
 * enterpriseNumberDigits('BE0123456749');
 * //=> undefined
 * ```
 */
export function enterpriseNumberDigits(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 12 || !FORM.test(value)) return undefined;
  return value.replaceAll('.', '');
}

function checkDigitsValid(digits: string): boolean {
  // The first eight digits fit easily in a JS integer: this is exact integer arithmetic.
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return check === 97 - (base % 97);
}

/**
 * Tells whether a value is a valid KBO enterprise number: `0123.456.749` or `0123456749`, ten
 * digits starting with `0` or `1`, whose last two digits equal 97 minus the first eight modulo 97.
 *
 * @param value - Anything.
 * @returns `true` for a well-formed number with valid check digits.
 * @example
 * ```ts
 * isValidEnterpriseNumber('0123.456.749');
 * //=> true
 * isValidEnterpriseNumber('0123.456.748');
 * //=> false
 * ```
 */
export function isValidEnterpriseNumber(value: unknown): boolean {
  const digits = enterpriseNumberDigits(value);
  return digits !== undefined && checkDigitsValid(digits);
}

/**
 * Writes a valid enterprise number in its canonical dotted form, `0123.456.749`.
 *
 * @param value - An enterprise number, `0123.456.749` or `0123456749`.
 * @returns The number as `dddd.ddd.ddd`.
 * @throws {@link PioRulesError} `invalid_enterprise_number` when the form or the check digits
 *   are wrong.
 * @example
 * ```ts
 * normalizeEnterpriseNumber('0123456749');
 * //=> '0123.456.749'
 * normalizeEnterpriseNumber('0123456748');
 * //=> throws PioRulesError (invalid_enterprise_number)
 * ```
 */
export function normalizeEnterpriseNumber(value: string): string {
  const digits = enterpriseNumberDigits(value);
  if (digits === undefined || !checkDigitsValid(digits)) {
    const received = typeof value === 'string' ? value.slice(0, 40) : describeType(value);
    return fail('invalid_enterprise_number', { received });
  }
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}
