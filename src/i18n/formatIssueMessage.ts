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
  return tables[locale][code](params);
}
