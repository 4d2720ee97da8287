import { optionsOf } from '../input/options.js';
import { safely, orThrow } from '../locales/edge.js';
import { refuse } from '../issues/Refusal.js';
import { succeed } from '../issues/Result.js';
import type { Result, Success } from '../issues/Result.js';
import { shown } from '../issues/typeName.js';
import type { Locale } from '../vocabulary/index.js';
import { toMoney } from './internal.js';
import type { Money } from './Money.js';
import type { MoneyOptions } from './options.js';

// Each pattern is linear: fixed separators between fixed-width digit groups, no nested quantifiers.
const PATTERNS: Readonly<Record<Locale, RegExp>> = {
  nl: /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/,
  en: /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/,
};

function read(text: unknown, locale: Locale): Money {
  const refused = (): never =>
    refuse('invalid_amount', {
      received: typeof text === 'string' ? JSON.stringify(shown(text)) : shown(text),
      typed: locale,
    });
  if (typeof text !== 'string' || text.length > 60) return refused();
  let body = text.replace(/\s/g, '');
  let negative = false;
  if (body.startsWith('-')) {
    negative = true;
    body = body.slice(1);
  }
  if (body.startsWith('€')) body = body.slice(1);
  else if (body.endsWith('€')) body = body.slice(0, -1);
  else if (body.toUpperCase().endsWith('EUR')) body = body.slice(0, -3);
  else if (body.toUpperCase().startsWith('EUR')) body = body.slice(3);
  if (body.startsWith('-')) {
    if (negative) return refused();
    negative = true;
    body = body.slice(1);
  }
  if (!PATTERNS[locale].test(body)) return refused();
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const plain = body.split(group).join('').replace(decimal, '.');
  return toMoney(`${negative ? '-' : ''}${plain}`);
}

/**
 * Reads an amount as people type it, in the way of writing of `locale`: Dutch (default)
 * `"€ 1.234.567,89"`, `"1.234.567,89 EUR"`, `"1234567,89"`, `"€ -12,50"`; English
 * `"€1,234,567.89"`, `"-€12.50"`, `"1234567.89 EUR"`; the result, or every problem.
 *
 * The euro sign or `EUR` may stand before or after the number, with or without spaces; a minus
 * sign may stand before the number or before the euro sign. Thousands separators must group by
 * three, consistently; the decimal part has one or two digits. Everything else (the other
 * language's separators, `"1.5"` in Dutch, `"12.50,00"`, letters, two signs) is refused: text
 * is never guessed.
 *
 * @param text - What was typed.
 * @param options - The `locale`: how the text is written, and the language of the messages.
 * @returns `{ success: true, data, warnings }` or `{ success: false, issues }`.
 * @example
 * ```ts
 * safeParseEur('€ 1.234.567,89').success;
 * //=> true
 * safeParseEur('1,5', { locale: 'en' }).success;
 * //=> false
 * ```
 */
export function safeParseEur(text: string, options: MoneyOptions = {}): Result<Money> {
  return safely(options?.locale, ({ locale }) => {
    optionsOf(options);
    return succeed(read(text, locale));
  });
}

/**
 * Reads an amount as people type it: {@link safeParseEur}, throwing.
 *
 * @param text - What was typed.
 * @param options - The `locale`: how the text is written, and the language of the messages.
 * @returns The success of {@link safeParseEur}: `data` is the amount.
 * @throws {@link PioRulesError} `invalid_amount` for malformed or ambiguous text,
 *   `amount_out_of_range` beyond 10^13 euro, `unsupported_locale`.
 * @example
 * ```ts
 * parseEur('€ 1.234.567,89').data.amount;
 * //=> '1234567.89'
 * parseEur('€1,234,567.89', { locale: 'en' }).data.amount;
 * //=> '1234567.89'
 * parseEur('1,5', { locale: 'en' });
 * //=> throws PioRulesError (invalid_amount)
 * ```
 */
export function parseEur(text: string, options: MoneyOptions = {}): Success<Money> {
  return orThrow(safeParseEur(text, options));
}
