import { memoize } from '../shared/memo.js';

/**
 * A rate as a percentage, by moving the decimal point two places (no arithmetic, so no rounding):
 * `"0.5"` gives `"50"`, `"0.125"` gives `"12.5"`, `"1"` gives `"100"`.
 *
 * @internal
 */
function movePoint(rate: string): string {
  const [whole = '0', fraction = ''] = rate.split('.');
  const padded = fraction.padEnd(2, '0');
  const integer = (whole + padded.slice(0, 2)).replace(/^0+(?=\d)/, '');
  let rest = padded.slice(2);
  while (rest.endsWith('0')) rest = rest.slice(0, -1);
  return rest === '' ? integer : `${integer}.${rest}`;
}

/** {@link movePoint}, remembered: a computation asks for the same few rates. @internal */
export const percentOf: (rate: string) => string = memoize(movePoint);
