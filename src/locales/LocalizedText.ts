import type { Locale } from '../vocabulary/index.js';

/**
 * A text of the data in both languages: a parameter's description, a call's title, a criterion's
 * label. (Messages and explanations are not data: the locale tables render them.)
 */
export interface LocalizedText {
  /** Dutch. */
  readonly nl: string;
  /** English. */
  readonly en: string;
}

/**
 * The text of a locale.
 *
 * @internal
 */
export function pickText(text: LocalizedText, locale: Locale): string {
  return text[locale];
}
