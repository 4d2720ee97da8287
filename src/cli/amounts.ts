import type { Result } from '../issues/index.js';
import type { Locale } from '../locales/index.js';
import { safeParseEur, type Money } from '../money/index.js';

const PLAIN_DECIMAL = /^-?\d+(?:\.\d{1,2})?$/;

/**
 * Reads an amount as typed on the command line, with the library's `safeParseEur` in the tool's
 * language: a plain decimal with at most two decimals (`1200000`, `1200000.50`) reads the same
 * in every language; anything else is read as people type it in that language (nl:
 * `1.200.000,50`, `€ 1.200.000`; en: `1,200,000.50`). So in Dutch `1.200` (three digits after
 * the dot) is twelve hundred, never 1.20; in English it is refused.
 *
 * @param text - What was typed.
 * @param locale - The language of `--lang`.
 * @returns The result of `safeParseEur`: the amount, or its issues (`invalid_amount`,
 *   `amount_out_of_range`) rendered in `locale`.
 */
export function parseAmountArgument(text: string, locale: Locale): Result<Money> {
  const trimmed = text.trim();
  // A plain decimal is handed over in the language's own way of writing: the dot of
  // `1200000.50` is the decimal sign, which Dutch writes as a comma.
  const typed =
    locale === 'nl' && PLAIN_DECIMAL.test(trimmed) ? trimmed.replace('.', ',') : trimmed;
  return safeParseEur(typed, { locale });
}
