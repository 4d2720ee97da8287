import type { QuickScanReasonCode } from '../vocabulary/index.js';

/**
 * The light each reason of the quick self-check gives: `red` (not a PIO project) or `orange`
 * (external expertise first). The worst light of all reasons found is the result; no reason is
 * `green`.
 *
 * | code | answer | light |
 * | --- | --- | --- |
 * | `solution_available` | a solution already exists on the market (`yes`) | red |
 * | `market_unknown` | not known whether one exists (`unknown`) | orange |
 * | `no_rd_needed` | nothing left to research or develop | red |
 * | `no_end_user_or_support_base` | no end user or support base | orange |
 * | `no_procurement_foreseen` | no procurement foreseen | red |
 *
 * @internal
 */
export const quickScanReasonLights: { readonly [K in QuickScanReasonCode]: 'red' | 'orange' } =
  Object.freeze({
    solution_available: 'red',
    market_unknown: 'orange',
    no_rd_needed: 'red',
    no_end_user_or_support_base: 'orange',
    no_procurement_foreseen: 'red',
  });
