export { en } from './en.js';
export { formatIssueMessage } from './formatIssueMessage.js';
export { defaultLocale, locales, pickText } from './Locale.js';
export type { Locale, LocalizedText } from './Locale.js';
export type { MessageParams, MessageTable } from './MessageTable.js';
export { nl } from './nl.js';
