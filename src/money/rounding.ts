import type Decimal from 'decimal.js';
import { receivedText } from '../issues/describe.js';
import { fail } from '../issues/PioRulesError.js';
import { D, type Dec } from './decimal.js';

/**
 * How an amount is rounded to the cent: `'down'` toward zero, `'up'` away from zero, `'halfUp'`
 * to nearest with ties away from zero, `'halfEven'` to nearest with ties to the even cent.
 */
export type RoundingMode = 'down' | 'halfUp' | 'halfEven' | 'up';

/** Every rounding mode. */
export const roundingModes: readonly RoundingMode[] = ['down', 'halfUp', 'halfEven', 'up'];

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  down: D.ROUND_DOWN,
  up: D.ROUND_UP,
  halfUp: D.ROUND_HALF_UP,
  halfEven: D.ROUND_HALF_EVEN,
};

/**
 * Rounds a decimal to the cent with a named mode.
 *
 * @internal
 */
export function roundToCent(value: Dec, mode: RoundingMode): Dec {
  const rounding = typeof mode === 'string' && Object.hasOwn(MODES, mode) ? MODES[mode] : undefined;
  if (rounding === undefined)
    return fail('invalid_rounding_mode', { received: receivedText(mode) });
  return value.toDecimalPlaces(2, rounding);
}
