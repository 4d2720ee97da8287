import { optionsOf } from '../input/options.js';
import { renderedOrThrown, formatterOf } from '../locales/render.js';
import { decimalOf } from './internal.js';
import type { Money } from './Money.js';
import type { MoneyOptions } from './options.js';

/**
 * Formats an amount for people: `"€ 1.234.567,89"` (Dutch) or `"€1,234,567.89"` (English);
 * negative amounts as `"€ -12,50"` and `"-€12.50"`. Built by hand, not with `Intl`, so the text is
 * the same on every host; spaces are plain ASCII spaces. `parseEur` reads it back.
 *
 * @param money - The amount.
 * @param options - The `locale` (a BCP 47 tag; default Dutch).
 * @returns The formatted amount.
 * @throws {@link PioRulesError} `invalid_amount` for a value that is not a Money;
 *   `unsupported_locale`.
 * @example
 * ```ts
 * formatEur(eur('1234567.89'));
 * //=> '€ 1.234.567,89'
 * formatEur(eur('1234567.89'), { locale: 'en-GB' });
 * //=> '€1,234,567.89'
 * ```
 */
export function formatEur(money: Money, options: MoneyOptions = {}): string {
  return renderedOrThrown(options?.locale, (locale) => {
    optionsOf(options);
    return formatterOf(locale).amount(decimalOf(money).toFixed(2));
  });
}
