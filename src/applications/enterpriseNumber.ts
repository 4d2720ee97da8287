import { optionsOf } from '../input/options.js';
import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import { renderedOrThrown } from '../locales/render.js';
import type { LocaleTag } from '../locales/Locale.js';

/**
 * The written forms of a KBO enterprise number (ondernemingsnummer) this library accepts, as
 * people write them: ten digits, the first `0` or `1`, grouped `0207.123.407`, `0207 123 407`
 * or not at all (`0207123407`); or the old nine-digit form (`207.123.407`, `207 123 407`,
 * `207123407`), which is the same number with a `0` before it. Either may follow `BE` or `BE `
 * (the VAT number: `BE 0207.123.407`, `BE0207123407`; `be` too). Both gaps hold the same
 * separator. Only `[0-9]` digits, so the pattern means the same in every regular-expression
 * dialect. The check digits are not part of the pattern (see {@link isValidEnterpriseNumber}).
 */
export const ENTERPRISE_NUMBER_PATTERN =
  '^(?:[Bb][Ee] ?)?[01]?[0-9]{3}(?:\\.[0-9]{3}\\.[0-9]{3}| [0-9]{3} [0-9]{3}|[0-9]{6})$';

// A JSON Schema pattern has no flags: `[Bb][Ee]`, not `be` with `i`.
// eslint-disable-next-line regexp/use-ignore-case
const FORM = new RegExp(ENTERPRISE_NUMBER_PATTERN);

/** The longest accepted form, `BE 0207.123.407`. */
const LONGEST_FORM = 15;

/**
 * The ten digits of an enterprise number written in one of the accepted forms.
 *
 * @param value - Anything.
 * @returns The ten digits (`'0207123407'`; a nine-digit number gets its leading `0`), or
 *   `undefined` when `value` is not in an accepted form.
 * @internal
 */
export function enterpriseNumberDigits(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > LONGEST_FORM || !FORM.test(value))
    return undefined;
  const digits = value.replace(/[^0-9]/g, '');
  return digits.length === 9 ? `0${digits}` : digits;
}

/** Ten digits in the dotted form, `dddd.ddd.ddd`. */
function dotted(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * The canonical dotted form, `dddd.ddd.ddd`, of an enterprise number written in an accepted form
 * (whatever its check digits). Only for a text {@link ENTERPRISE_NUMBER_PATTERN} accepts.
 *
 * @internal
 */
export function dottedEnterpriseNumber(written: string): string {
  return dotted(enterpriseNumberDigits(written) as string);
}

/**
 * Whether the check digits of an enterprise number in its dotted form (`dddd.ddd.ddd`, as a
 * parsed proposal holds it) are valid.
 *
 * @internal
 */
export function dottedCheckDigitsValid(dotted: string): boolean {
  return checkDigitsValid(`${dotted.slice(0, 4)}${dotted.slice(5, 8)}${dotted.slice(9)}`);
}

function checkDigitsValid(digits: string): boolean {
  // The first eight digits fit easily in a JS integer: this is exact integer arithmetic.
  const base = Number(digits.slice(0, 8));
  const check = Number(digits.slice(8));
  return check === 97 - (base % 97);
}

/**
 * Tells whether a value is a valid KBO enterprise number: written in one of the accepted forms
 * ({@link ENTERPRISE_NUMBER_PATTERN}: `0207.123.407`, `0207 123 407`, `0207123407`, `BE` before
 * it, or the old nine-digit `207.123.407`), and its check digits hold: the last two digits are 97
 * minus the first eight modulo 97 (`0207.123.407`: 02071234 mod 97 = 90, 97 - 90 = 07).
 *
 * @param value - Anything.
 * @returns `true` for a well-formed number with valid check digits.
 * @example
 * ```ts
 * isValidEnterpriseNumber('0207.123.407');
 * //=> true
 * isValidEnterpriseNumber('BE 207 123 407');
 * //=> true
 * isValidEnterpriseNumber('0207.123.408');
 * //=> false
 * ```
 */
export function isValidEnterpriseNumber(value: unknown): boolean {
  const digits = enterpriseNumberDigits(value);
  return digits !== undefined && checkDigitsValid(digits);
}

/**
 * Writes a valid enterprise number in its canonical dotted form, `0207.123.407`: the same forms
 * as {@link isValidEnterpriseNumber} are read (`BE 0207.123.407`, `BE0207123407`,
 * `0207 123 407`, `0207123407`, `207.123.407`), and the check digits must hold.
 *
 * @param value - An enterprise number in an accepted form.
 * @param options - The `locale` of the messages.
 * @returns The number as `dddd.ddd.ddd`.
 * @throws {@link PioRulesError} `invalid_enterprise_number` when the form or the check digits
 *   are wrong; `invalid_type` (at `options`) for options that are not an object;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * normalizeEnterpriseNumber('BE0207123407');
 * //=> '0207.123.407'
 * normalizeEnterpriseNumber('207.123.407');
 * //=> '0207.123.407'
 * normalizeEnterpriseNumber('0207123408');
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
    return dotted(digits);
  });
}

/** Options of {@link normalizeEnterpriseNumber}. */
export interface NormalizeEnterpriseNumberOptions {
  /** The language of the messages (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}
