/** The languages this library speaks: Flemish Dutch first, English second. */
export type Locale = 'nl-BE' | 'en';

/** Every supported locale, default first. */
export const locales: readonly Locale[] = ['nl-BE', 'en'];

/** The default locale: the users are Flemish civil servants. */
export const defaultLocale: Locale = 'nl-BE';

/** Text in both languages. */
export interface LocalizedText {
  /** Dutch (nl-BE). */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/**
 * Picks the text of a locale from a {@link LocalizedText}.
 *
 * @param text - The text in both languages.
 * @param locale - `'nl-BE'` or `'en'`.
 * @returns The text in that language (the other one when it is missing; `''` when neither is a
 *   string).
 * @example
 * ```ts
 * pickText({ nl: 'oproep', en: 'call' }, 'en');
 * //=> 'call'
 * ```
 */
export function pickText(text: LocalizedText, locale: Locale): string {
  // Never throws: a missing text falls back to the other language, then to ''.
  const { nl, en } = (typeof text === 'object' && text !== null ? text : {}) as Partial<
    Record<'nl' | 'en', unknown>
  >;
  const [first, second] = locale === 'en' ? [en, nl] : [nl, en];
  return typeof first === 'string' ? first : typeof second === 'string' ? second : '';
}
