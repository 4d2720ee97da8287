import type { Locale } from '../i18n/index.js';
import { eur, parseEur, type Money } from '../money/index.js';

const PLAIN_DECIMAL = /^-?\d+(?:\.\d{1,2})?$/;

/**
 * Reads an amount as typed on the command line: a plain decimal with at most two decimals
 * (`1200000`, `1200000.50`, the same in every language), or else text as people type it in the
 * chosen language, read by `parseEur` (nl: `1.200.000,50`, `€ 1.200.000`; en: `1,200,000.50`).
 * So in Dutch `1.200` (three digits after the dot) is twelve hundred, never 1.20; in English it
 * is refused.
 *
 * @param text - What was typed.
 * @param locale - The language of `--lang`.
 * @returns The amount.
 * @throws `PioRulesError` `invalid_amount`, `amount_precision` or `amount_out_of_range`.
 * @example
 * ```ts
 * parseAmountArgument('1200000.50', 'nl-BE').amount;
 * //=> '1200000.50'
 * parseAmountArgument('1.200.000,50', 'nl-BE').amount;
 * //=> '1200000.50'
 * parseAmountArgument('1,200,000.50', 'en').amount;
 * //=> '1200000.50'
 * ```
 */
export function parseAmountArgument(text: string, locale: Locale): Money {
  const trimmed = text.trim();
  if (PLAIN_DECIMAL.test(trimmed)) return eur(trimmed);
  return parseEur(trimmed, { locale });
}
