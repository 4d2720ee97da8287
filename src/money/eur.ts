import { optionsOf } from '../input/options.js';
import { renderedOrThrown } from '../locales/render.js';
import { toMoney } from './internal.js';
import type { Money, MoneyInput } from './Money.js';
import type { MoneyOptions } from './options.js';

/**
 * Makes a `Money` (euro, exact to the cent).
 *
 * Accepts a decimal string (`"1234.56"`, `"-5"`; no exponent, no thousands separators, no
 * comma), a JS number whose shortest representation has at most two decimals, a decimal.js
 * `Decimal` from any copy or configuration of decimal.js, or a `Money` (from any copy of this
 * library, a clone or a JSON round trip: its amount is checked again). Digits after the second
 * decimal must be zeros (`"1.230"` is `1.23`; `"1.234"` is refused). The magnitude is at most
 * 10^13 euro. Amounts as people type them (`"€ 1.234,56"`) are read by `parseEur`.
 *
 * @param value - The amount.
 * @param options - The `locale` of the messages.
 * @returns The amount as a frozen `{ amount, currency: 'EUR' }`.
 * @throws {@link PioRulesError} `invalid_amount` (not an amount: `NaN`, `""`, `"12,50"`,
 *   `"1e3"`, an object), `amount_precision` (more than two decimals, `0.1 + 0.2`),
 *   `amount_out_of_range` (beyond 10^13 euro), `unsupported_locale`.
 * @example
 * ```ts
 * eur('1234.56').amount;
 * //=> '1234.56'
 * eur(1234.5);
 * //=> { amount: '1234.50', currency: 'EUR' }
 * eur(structuredClone(eur('1'))).amount;
 * //=> '1.00'
 * eur(0.1 + 0.2);
 * //=> throws PioRulesError (amount_precision)
 * ```
 */
export function eur(value: MoneyInput, options: MoneyOptions = {}): Money {
  return renderedOrThrown(options?.locale, () => {
    optionsOf(options);
    return toMoney(value);
  });
}
