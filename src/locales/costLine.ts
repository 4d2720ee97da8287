import type { Formatter } from './Formatter.js';

/**
 * A cost line as an explanation step names it, in any language: where it is, its category's
 * label, its label between quotes, and its amount (`costs[0] (O&O-diensten, "Prototype"):
 * € 1.800.000,00`).
 *
 * @internal
 */
export function costLine(
  x: {
    readonly line: string;
    readonly category: string;
    readonly label: string | null;
    readonly amount: string;
  },
  f: Formatter,
): string {
  const label = x.label === null ? '' : `, ${f.quote(x.label)}`;
  return `${x.line} (${f.label('costCategory', x.category)}${label}): ${f.amount(x.amount)}`;
}
