import { optionsOf } from '../input/options.js';
import { safely, orThrow } from '../locales/edge.js';
import { refuse } from '../issues/Refusal.js';
import { succeed } from '../issues/Result.js';
import type { Result, Success } from '../issues/Result.js';
import { shown } from '../issues/typeName.js';
import { toMoney } from './internal.js';
import type { Money } from './Money.js';
import type { MoneyOptions } from './options.js';

// A number as a Dutch reader reads it (decimal comma, points between groups of three) and as
// an English reader does (decimal point, commas between groups of three); a plain decimal
// (`1234.56`) is the English way without groups. The integer part is `0` or starts with 1-9.
// Each pattern is linear: fixed separators between fixed-width digit groups.
const DUTCH = /^(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?$/;
const ENGLISH = /^(0|[1-9]\d*|[1-9]\d{0,2}(?:,\d{3})+)(?:\.(\d+))?$/;
const EUR_BEFORE = /^eur/i;
const EUR_AFTER = /eur$/i;

/** A reading: the number as a canonical decimal string (no trailing zeros) and its decimals. */
interface Reading {
  readonly value: string;
  readonly decimals: string;
}

function reading(match: RegExpExecArray | null, group: string): Reading | undefined {
  if (match === null) return undefined;
  const whole = (match[1] ?? '').split(group).join('');
  let decimals = match[2] ?? '';
  // Trailing zeros cut by a loop, not by a regular expression (linear in every case).
  let end = decimals.length;
  while (end > 0 && decimals[end - 1] === '0') end -= 1;
  decimals = decimals.slice(0, end);
  return { value: decimals === '' ? whole : `${whole}.${decimals}`, decimals };
}

/** The text without its minus sign and its euro sign (or `EUR`); a misplaced one stays in it. */
function number(text: string): { readonly negative: boolean; readonly body: string } {
  let rest = text.trim();
  let negative = false;
  const sign = (): void => {
    if (!negative && rest.startsWith('-')) {
      negative = true;
      rest = rest.slice(1).trimStart();
    }
  };
  sign();
  let currency = true;
  if (rest.startsWith('€')) rest = rest.slice(1);
  else if (EUR_BEFORE.test(rest)) rest = rest.slice(3);
  else currency = false;
  rest = rest.trimStart();
  if (currency) sign();
  else if (rest.endsWith('€')) rest = rest.slice(0, -1).trimEnd();
  else if (EUR_AFTER.test(rest)) rest = rest.slice(0, -3).trimEnd();
  return { negative, body: rest };
}

function read(text: unknown): Money {
  const received = typeof text === 'string' ? JSON.stringify(shown(text)) : shown(text);
  if (typeof text !== 'string' || text.length > 60)
    refuse('invalid_amount', { received, typed: 'malformed' });
  const { negative, body } = number(text);
  const dutch = reading(DUTCH.exec(body), '.');
  const english = reading(ENGLISH.exec(body), ',');
  const sign = negative ? '-' : '';
  if (dutch !== undefined && english !== undefined && dutch.value !== english.value)
    refuse('invalid_amount', {
      received,
      typed: 'ambiguous',
      readings: [`${sign}${dutch.value}`, `${sign}${english.value}`],
    });
  const one = dutch ?? english;
  if (one === undefined) return refuse('invalid_amount', { received, typed: 'malformed' });
  if (one.decimals.length > 2) refuse('invalid_amount', { received, typed: 'precision' });
  return toMoney(`${sign}${one.value}`);
}

/**
 * Reads an amount as people type it, written the Dutch way (`"€ 1.234.567,89"`, `"1234567,89"`,
 * `"1.234,5 EUR"`), the English way (`"€1,234,567.89"`, `"-€12.50"`) or as a plain decimal
 * (`"1234567.89"`); the result, or every problem. One rule, the same in every `locale` and on
 * the command line (docs/amounts.md):
 *
 * - a comma before the decimals and points between groups of three digits, or a point before
 *   the decimals and commas between groups of three; the first group is `0` (only before the
 *   decimals) or starts with 1-9, and a number without groups does not start with a zero;
 * - at most two decimals (zeros after them are allowed: `"0.500"`, `"1,5000"`);
 * - the euro sign or `EUR` before or after the number, a minus sign before the number or before
 *   the euro sign, spaces around them but not inside the number.
 *
 * A text that the Dutch and the English way read as different numbers is refused, never
 * guessed: `"1.500"` (1500, or 1.5), `"1,500"`, `"250.000"`, as every number of one to three
 * digits (not starting with 0), one point or one comma, and three digits. `"1.50"` is 1.50 (a
 * group has three digits) and `"1.500,00"` is 1500.
 *
 * @param text - What was typed.
 * @param options - The `locale` of the messages (it does not change how the text is read).
 * @returns `{ success: true, data, warnings }` or `{ success: false, issues }`: `invalid_amount`
 *   with `params.typed` `malformed`, `ambiguous` (and the two `readings`) or `precision`.
 * @example
 * ```ts
 * safeParseEur('€ 1.234.567,89').success;
 * //=> true
 * safeParseEur('1.50').success;
 * //=> true
 * const ambiguous = safeParseEur('1.500');
 * ambiguous.success ? [] : ambiguous.issues[0]?.params;
 * //=> { received: '"1.500"', typed: 'ambiguous', readings: ['1500', '1.5'] }
 * ```
 */
export function safeParseEur(text: string, options: MoneyOptions = {}): Result<Money> {
  return safely(options?.locale, () => {
    optionsOf(options);
    return succeed(read(text));
  });
}

/**
 * Reads an amount as people type it: {@link safeParseEur}, throwing.
 *
 * @param text - What was typed.
 * @param options - The `locale` of the messages (it does not change how the text is read).
 * @returns The success of {@link safeParseEur}: `data` is the amount.
 * @throws {@link PioRulesError} `invalid_amount` for malformed or ambiguous text or more than two
 *   decimals, `amount_out_of_range` beyond 10^13 euro, `unsupported_locale`.
 * @example
 * ```ts
 * parseEur('€ 1.234.567,89').data.amount;
 * //=> '1234567.89'
 * parseEur('€1,234,567.89', { locale: 'en' }).data.amount;
 * //=> '1234567.89'
 * parseEur('1.500,00').data.amount;
 * //=> '1500.00'
 * parseEur('1.500');
 * //=> throws PioRulesError (invalid_amount)
 * parseEur('0.005');
 * //=> throws PioRulesError (invalid_amount)
 * ```
 */
export function parseEur(text: string, options: MoneyOptions = {}): Success<Money> {
  return orThrow(safeParseEur(text, options));
}
