import { optionsOf } from '../input/options.js';
import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import { renderedOrThrown } from '../locales/render.js';
import type { LocaleTag } from '../locales/Locale.js';

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
 * @internal
 */
export function enterpriseNumberDigits(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > 12 || !FORM.test(value)) return undefined;
  return value.length === 10 ? value : value.replaceAll('.', '');
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
 * @param options - The `locale` of the messages.
 * @returns The number as `dddd.ddd.ddd`.
 * @throws {@link PioRulesError} `invalid_enterprise_number` when the form or the check digits
 *   are wrong; `invalid_type` (at `options`) for options that are not an object;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * normalizeEnterpriseNumber('0123456749');
 * //=> '0123.456.749'
 * normalizeEnterpriseNumber('0123456748');
 * //=> throws PioRulesError (invalid_enterprise_number)
 * ```
 */
export function normalizeEnterpriseNumber(
  value: string,
  options: NormalizeEnterpriseNumberOptions = {},
): string {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    const digits = enterpriseNumberDigits(value);
    if (digits === undefined || !checkDigitsValid(digits))
      return refuse('invalid_enterprise_number', { received: shown(value, 40) });
    return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
  });
}

/** Options of {@link normalizeEnterpriseNumber}. */
export interface NormalizeEnterpriseNumberOptions {
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}
