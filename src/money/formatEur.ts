import type { Locale } from '../i18n/Locale.js';
import { checked } from './internal.js';
import type { Money } from './Money.js';

/** Options of {@link formatEur}. */
export interface FormatEurOptions {
  /** `'nl-BE'` (default) or `'en'`. */
  readonly locale?: Locale;
}

function group(digits: string, separator: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(separator);
}

/**
 * Formats an amount for people: `"€ 1.234.567,89"` (nl-BE) or `"€1,234,567.89"` (en); negative
 * amounts as `"€ -12,50"` and `"-€12.50"`. Built by hand, not with `Intl`, so the text is the
 * same on every host locale and Node build; spaces are plain ASCII spaces. `parseEur` reads it
 * back.
 *
 * @param money - The amount.
 * @param options - The `locale`.
 * @returns The formatted amount.
 * @example
 * ```ts
 * formatEur(eur('1234567.89'));
 * //=> '€ 1.234.567,89'
 * formatEur(eur('1234567.89'), { locale: 'en' });
 * //=> '€1,234,567.89'
 * ```
 */
export function formatEur(money: Money, options: FormatEurOptions = {}): string {
  const { amount } = checked(money);
  const negative = amount.startsWith('-');
  const digits = negative ? amount.slice(1) : amount;
  const whole = digits.slice(0, -3);
  const cents = digits.slice(-2);
  const sign = negative ? '-' : '';
  if (options?.locale === 'en') return `${sign}€${group(whole, ',')}.${cents}`;
  return `€ ${sign}${group(whole, '.')},${cents}`;
}
