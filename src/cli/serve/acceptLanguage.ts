import { defaultLocale, negotiateLocale, type Locale } from '../../locales/index.js';

/**
 * The language of a response from an `Accept-Language` header, by the library's one locale rule:
 * the ranges in order of their weight (`q`, default 1; equal weights in the order given), the
 * first that `negotiateLocale` accepts; `*`, a weight of 0 and a malformed range are skipped.
 * Without any that it accepts: Dutch.
 *
 * @param header - The header, when given.
 * @returns `'nl'` or `'en'`.
 */
export function acceptLanguage(header: string | undefined): Locale {
  if (header === undefined || header.length > 1000) return defaultLocale;
  const ranges: { tag: string; q: number; at: number }[] = [];
  header.split(',').forEach((part, at) => {
    const [tag = '', ...params] = part.trim().split(';');
    let q = 1;
    for (const param of params) {
      const match = /^\s*q\s*=\s*(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)\s*$/i.exec(param);
      if (match !== null) q = Number(match[1]);
    }
    if (q > 0 && tag.trim() !== '*') ranges.push({ tag: tag.trim(), q, at });
  });
  ranges.sort((a, b) => b.q - a.q || a.at - b.at);
  for (const range of ranges) {
    const locale = negotiateLocale(range.tag);
    if (locale !== undefined) return locale;
  }
  return defaultLocale;
}
