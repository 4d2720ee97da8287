import type { Locale } from '../i18n/Locale.js';
import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { eur } from './eur.js';
import type { Money } from './Money.js';

/** Options of {@link parseEur}. */
export interface ParseEurOptions {
  /** How the text is written: `'nl-BE'` (`1.234,56`, default) or `'en'` (`1,234.56`). */
  readonly locale?: Locale;
}

// Each pattern is linear: fixed separators between fixed-width digit groups, no nested quantifiers.
const PATTERNS: Readonly<Record<Locale, RegExp>> = {
  'nl-BE': /^(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2})?$/,
  en: /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d{1,2})?$/,
};
const FORMATS: Readonly<Record<Locale, string>> = {
  'nl-BE': '€ 1.234.567,89 or 1234567,89',
  en: '€1,234,567.89 or 1234567.89',
};

/**
 * Reads an amount as people type it. nl-BE: `"€ 1.234.567,89"`, `"1.234.567,89 EUR"`,
 * `"1234567,89"`, `"€ -12,50"`; en: `"€1,234,567.89"`, `"-€12.50"`, `"1234567.89 EUR"`.
 *
 * The euro sign or `EUR` may stand before or after the number, with or without spaces; a minus
 * sign may stand before the number or before the euro sign. Thousands separators must group
 * by three, consistently; the decimal part has one or two digits. Everything else (the other
 * locale's separators, `"1.5"` in nl-BE, `"12.50,00"`, letters, two signs) is refused: text is
 * never guessed.
 *
 * @param text - What was typed.
 * @param options - The `locale` the text is written in.
 * @returns The amount.
 * @throws {@link PioRulesError} `invalid_amount` for malformed or ambiguous text,
 *   `amount_out_of_range` beyond 10^13 euro.
 * @example
 * ```ts
 * parseEur('€ 1.234.567,89').amount;
 * //=> '1234567.89'
 * parseEur('€1,234,567.89', { locale: 'en' }).amount;
 * //=> '1234567.89'
 * parseEur('1,5', { locale: 'en' });
 * //=> throws PioRulesError (invalid_amount)
 * ```
 */
export function parseEur(text: string, options: ParseEurOptions = {}): Money {
  const given: unknown = options?.locale ?? 'nl-BE';
  const locale = (typeof given === 'string' ? given : '') as Locale;
  const refuse = (): never =>
    fail('invalid_amount', {
      received: typeof text === 'string' ? JSON.stringify(text.slice(0, 60)) : typeof text,
      expected: Object.hasOwn(FORMATS, locale) ? FORMATS[locale] : FORMATS['nl-BE'],
      locale: receivedText(given),
    });
  if (typeof text !== 'string' || text.length > 60 || !Object.hasOwn(PATTERNS, locale))
    return refuse();
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
    if (negative) return refuse();
    negative = true;
    body = body.slice(1);
  }
  if (!PATTERNS[locale].test(body)) return refuse();
  const [group, decimal] = locale === 'en' ? [',', '.'] : ['.', ','];
  const plain = body.split(group).join('').replace(decimal, '.');
  return eur(`${negative ? '-' : ''}${plain}`);
}
