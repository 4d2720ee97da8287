/**
 * The category of a cost line:
 * - `'rd-services'`: O&O-diensten (solution design, development, prototyping);
 * - `'validation'`: validation or testing in a test environment (proeftuin, pilot);
 * - `'off-the-shelf'`: buying a commercially available solution, licence or product as is;
 * - `'other'`: anything else.
 *
 * Which categories are eligible is the parameter `cofinancing.eligibleCategories`.
 */
export type CostCategory = 'rd-services' | 'validation' | 'off-the-shelf' | 'other';

/**
 * Every cost category, in a stable order.
 *
 * @example
 * ```ts
 * costCategories.includes('validation');
 * //=> true
 * ```
 */
export const costCategories: readonly CostCategory[] = Object.freeze([
  'rd-services',
  'validation',
  'off-the-shelf',
  'other',
]);
