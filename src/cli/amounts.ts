import type { Result } from '../issues/index.js';
import type { Locale } from '../locales/index.js';
import { safeParseEur, type Money } from '../money/index.js';

/**
 * Reads an amount as typed on the command line (`--cost`, `--line CATEGORY=AMOUNT`,
 * `--requested`): the library's `safeParseEur`, so the one rule of docs/amounts.md, the same in
 * every language. `1.50` is 1.50 euro, `1.500,00` is 1500 euro, and `1.500` is refused as
 * ambiguous (1500 written the Dutch way, 1.5 the English way), in every language.
 *
 * @param text - What was typed.
 * @param locale - The language of `--lang`: the language of the messages only.
 * @returns The result of `safeParseEur`: the amount, or its issues (`invalid_amount`,
 *   `amount_out_of_range`) rendered in `locale`.
 */
export function parseAmountArgument(text: string, locale: Locale): Result<Money> {
  return safeParseEur(text, { locale });
}
