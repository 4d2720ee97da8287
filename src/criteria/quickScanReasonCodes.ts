/**
 * The reasons the quick self-check can give, in the order of the guidance questions. `red`
 * reasons make a proposal not a PIO project; `orange` ones call for external expertise first.
 *
 * | code | answer | light |
 * | --- | --- | --- |
 * | `solution_available` | a solution already exists on the market (`yes`) | red |
 * | `market_unknown` | not known whether one exists (`unknown`) | orange |
 * | `no_rd_needed` | nothing left to research or develop | red |
 * | `no_end_user_or_support_base` | no end user or support base | orange |
 * | `no_procurement_foreseen` | no procurement foreseen | red |
 */
export const quickScanReasonCodes = [
  'solution_available',
  'market_unknown',
  'no_rd_needed',
  'no_end_user_or_support_base',
  'no_procurement_foreseen',
] as const;

/** A reason of the quick self-check (`'solution_available'`, `'market_unknown'`, ...). */
export type QuickScanReasonCode = (typeof quickScanReasonCodes)[number];

/**
 * The light each quick-scan reason gives: `red` (not a PIO project) or `orange` (external
 * expertise first). The worst light of all reasons found is the result.
 *
 * @example
 * ```ts
 * quickScanReasonLights.market_unknown;
 * //=> 'orange'
 * ```
 */
export const quickScanReasonLights: { readonly [K in QuickScanReasonCode]: 'red' | 'orange' } =
  Object.freeze({
    solution_available: 'red',
    market_unknown: 'orange',
    no_rd_needed: 'red',
    no_end_user_or_support_base: 'orange',
    no_procurement_foreseen: 'red',
  });
