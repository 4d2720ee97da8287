/**
 * Small text helpers that every language's tables share: no words of any language here.
 *
 * @module
 */

/**
 * A name that begins a sentence: its first letter in upper case.
 *
 * @internal
 */
export const capital = (text: string): string => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

/**
 * The two readings of an ambiguous amount, when stored data still has them as two texts.
 *
 * @internal
 */
export const twoReadings = (readings: unknown): readonly [string, string] | undefined =>
  Array.isArray(readings) &&
  readings.length === 2 &&
  readings.every((reading) => typeof reading === 'string')
    ? (readings as [string, string])
    : undefined;
