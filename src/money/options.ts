import type { LocaleTag } from '../locales/Locale.js';

/**
 * The options every money function takes, last: the language of its messages. Options that are
 * not an object (`null`, a string, a list) are refused with `invalid_type` at path `options`.
 */
export interface MoneyOptions {
  /** The language of the messages of a `PioRulesError` (a BCP 47 tag; default Dutch). */
  readonly locale?: LocaleTag | undefined;
}
