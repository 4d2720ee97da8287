import type { LocalizedText } from '../../i18n/Locale.js';

/** The key of a pattern of the proposal format. */
export type FormatKey =
  'not-blank' | 'amount' | 'instant' | 'enterprise-number' | 'call-id' | 'email' | 'phone';

/**
 * What each pattern of the proposal format asks for, in Dutch and English: the `expected` of an
 * `invalid_format` issue (its `format` param is the key).
 *
 * @example
 * ```ts
 * formatExpectations.amount.en;
 * //=> 'a non-negative amount in euro as a decimal string with at most two decimals, such as "1200000.00"'
 * ```
 */
export const formatExpectations: Readonly<Record<FormatKey, LocalizedText>> = {
  'not-blank': {
    nl: 'een tekst die niet leeg is',
    en: 'a text that is not blank',
  },
  amount: {
    nl: 'een niet-negatief bedrag in euro als decimale tekst met hoogstens twee decimalen, zoals "1200000.00"',
    en: 'a non-negative amount in euro as a decimal string with at most two decimals, such as "1200000.00"',
  },
  instant: {
    nl: 'een datum en tijd volgens ISO 8601 met tijdzone, zoals "2024-10-10T16:30:00+02:00"',
    en: 'an ISO 8601 date and time with offset, such as "2024-10-10T16:30:00+02:00"',
  },
  'enterprise-number': {
    nl: 'een KBO-ondernemingsnummer zoals "0123.456.749" of "0123456749"',
    en: 'a KBO enterprise number such as "0123.456.749" or "0123456749"',
  },
  'call-id': {
    nl: 'een oproep-id zoals "2024-2"',
    en: 'a call id such as "2024-2"',
  },
  email: {
    nl: 'een e-mailadres zoals "innovatie@stad.be"',
    en: 'an e-mail address such as "innovatie@stad.be"',
  },
  phone: {
    nl: 'een telefoonnummer zoals "+32 2 123 45 67"',
    en: 'a phone number such as "+32 2 123 45 67"',
  },
};
