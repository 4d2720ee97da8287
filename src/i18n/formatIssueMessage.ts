import type { IssueCode } from '../issues/codes.js';
import { en } from './en.js';
import type { Locale } from './Locale.js';
import type { MessageParams, MessageTable } from './MessageTable.js';
import { nl } from './nl.js';

const tables: Readonly<Record<Locale, MessageTable>> = { 'nl-BE': nl, en };

/**
 * Renders the human message of an issue code in a locale.
 *
 * @param code - The issue code.
 * @param params - The values the message uses.
 * @param locale - `'nl-BE'` (default) or `'en'`.
 * @returns The message text.
 * @example
 * ```ts
 * formatIssueMessage('unknown_call', { callId: '2031-9' }, 'en');
 * //=> 'Unknown call "2031-9".'
 * ```
 */
export function formatIssueMessage(
  code: IssueCode,
  params: MessageParams = {},
  locale: Locale = 'nl-BE',
): string {
  // Never throws: an unknown locale falls back to Dutch, an unknown code to `invalid_input`.
  const table = typeof locale === 'string' && Object.hasOwn(tables, locale) ? tables[locale] : nl;
  const render = typeof code === 'string' && Object.hasOwn(table, code) ? table[code] : undefined;
  const values = typeof params === 'object' && params !== null ? params : {};
  if (render === undefined) return table.invalid_input({ reason: 'unknown issue code' });
  return render(values);
}
