import { refuse } from '../issues/Refusal.js';
import { shown } from '../issues/typeName.js';
import { locales, type Locale } from '../vocabulary/index.js';

export type { Locale } from '../vocabulary/index.js';

/**
 * A language as callers give it: a BCP 47 tag as a browser reports it (`navigator.language`):
 * `'nl'`, `'nl-BE'`, `'nl-NL'`, `'en'`, `'en-US'`, `'en-GB'`, ...
 */
export type LocaleTag = string;

/** The default language: the users are Flemish civil servants. */
export const defaultLocale: Locale = 'nl';

// A well-formed tag: a language subtag, then subtags of 1 to 8 letters or digits.
const TAG = /^([a-z]{2,3})(?:-[a-z\d]{1,8})*$/i;

/**
 * The one rule by which every function of this library picks its language: a BCP 47 tag whose
 * language is Dutch (`nl`, `nl-BE`, `nl-NL`, ...) gives `'nl'`, one whose language is English
 * (`en`, `en-US`, `en-GB`, ...) gives `'en'`; anything else gives `undefined`, which every
 * function reports as `unsupported_locale`.
 *
 * @param tag - A language tag, as a browser or an `Accept-Language` header gives it.
 * @returns `'nl'`, `'en'`, or `undefined` for a language this library does not speak.
 * @example
 * ```ts
 * negotiateLocale('nl-BE');
 * //=> 'nl'
 * negotiateLocale('en-GB');
 * //=> 'en'
 * negotiateLocale('fr');
 * //=> undefined
 * ```
 */
export function negotiateLocale(tag: unknown): Locale | undefined {
  if (typeof tag !== 'string' || tag.length > 64) return undefined;
  const language = TAG.exec(tag)?.[1]?.toLowerCase();
  return (locales as readonly string[]).includes(language ?? '') ? (language as Locale) : undefined;
}

/**
 * The locale of an options object's `locale` (default Dutch).
 *
 * @throws Refusal `unsupported_locale`.
 * @internal
 */
export function localeOf(tag: unknown): Locale {
  if (tag === undefined) return defaultLocale;
  const locale = negotiateLocale(tag);
  if (locale === undefined)
    return refuse('unsupported_locale', { received: shown(tag), expected: [...locales] }, [
      'locale',
    ]);
  return locale;
}
