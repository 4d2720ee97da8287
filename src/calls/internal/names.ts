/**
 * Day, month and ordinal names, by hand: formatting never depends on the host's `Intl` data or
 * language.
 *
 * @module
 */

/** Weekday names by `getUTCDay()` index (0 = Sunday). */
export const weekdayNames = {
  nl: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** Month names, January first. */
export const monthNames = {
  nl: [
    'januari',
    'februari',
    'maart',
    'april',
    'mei',
    'juni',
    'juli',
    'augustus',
    'september',
    'oktober',
    'november',
    'december',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
} as const;

/** Ordinals 1 to 4 (index 0 = first). */
export const ordinalNames = {
  nl: ['eerste', 'tweede', 'derde', 'vierde'],
  en: ['first', 'second', 'third', 'fourth'],
} as const;

/**
 * Picks a name from a table.
 *
 * @param table - A name table.
 * @param index - Zero-based index.
 * @returns The name (`undefined` as text for an index out of range, which validated data never has).
 */
export function nameAt(table: readonly string[], index: number): string {
  return String(table[index]);
}

/**
 * The weekday of a calendar date, computed in UTC so the host zone plays no part.
 *
 * @param year - Full year.
 * @param month - 1 to 12.
 * @param day - 1 to 31.
 * @returns 0 (Sunday) to 6 (Saturday).
 */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
