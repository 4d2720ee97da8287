import { isoWeekday } from '../time/instant.js';
import { isTimeZone, zonedParts } from '../time/zoned.js';
import type { Locale } from '../vocabulary/index.js';
import type { Formatter } from './Formatter.js';
import type { CriteriaTexts, Labels, Words } from './LocaleTable.js';

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * The number written by `count` ASCII digits of `text` from `start`; -1 when one is not a digit.
 * (What `/^(\d{4})-(\d{2})-(\d{2})$/` would capture, without a regular expression: a message
 * with a date is rendered in every validation of a call whose deadline is not published.)
 */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i += 1) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

function group(digits: string, separator: string): string {
  // Left to right, in linear time: the first group holds what is left over after the threes.
  const first = digits.length % 3 || 3;
  const parts: string[] = [digits.slice(0, first)];
  for (let start = first; start < digits.length; start += 3)
    parts.push(digits.slice(start, start + 3));
  return parts.join(separator);
}

/** A decimal string times 100, as a decimal string, by moving the point (no arithmetic). */
function hundredfold(decimal: string): string {
  const negative = decimal.startsWith('-');
  const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
  const padded = fraction.padEnd(2, '0');
  const int = `${whole}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  // Trailing zeros cut by a loop: `/0+$/` is quadratic on a long run of zeros before a digit.
  let end = padded.length;
  while (end > 2 && padded[end - 1] === '0') end -= 1;
  const rest = padded.slice(2, end);
  return `${negative ? '-' : ''}${int}${rest === '' ? '' : `.${rest}`}`;
}

/**
 * The formatter of a language, from its words and labels.
 *
 * @internal
 */
export function createFormatter(
  locale: Locale,
  words: Words,
  labels: Labels,
  criteria: CriteriaTexts,
): Formatter {
  const money = (decimal: string, minimumDecimals: boolean): string => {
    if (!DECIMAL.test(decimal)) return decimal;
    const negative = decimal.startsWith('-');
    const [whole = '0', fraction = ''] = decimal.replace('-', '').split('.');
    const cents = minimumDecimals ? fraction.padEnd(2, '0') : fraction.padEnd(2, '0').slice(0, 2);
    const sign = negative ? '-' : '';
    if (locale === 'en') return `${sign}€${group(whole, ',')}.${cents}`;
    return `€ ${sign}${group(whole, '.')},${cents}`;
  };
  const number = (decimal: string | number): string =>
    String(decimal).replace('.', words.decimalSign);
  const parts = (isoDate: string): [number, number, number] | undefined => {
    if (isoDate.length !== 10 || isoDate[4] !== '-' || isoDate[7] !== '-') return undefined;
    const year = digitsAt(isoDate, 0, 4);
    const month = digitsAt(isoDate, 5, 2);
    const day = digitsAt(isoDate, 8, 2);
    return year < 0 || month < 0 || day < 0 ? undefined : [year, month, day];
  };
  const dateOf = (p: [number, number, number]): string =>
    words.date(p[2], words.months[p[1] - 1] ?? '', p[0]);
  const date = (isoDate: string): string => {
    const p = parts(isoDate);
    return p === undefined ? isoDate : dateOf(p);
  };
  const weekdayOf = (year: number, month: number, day: number): string =>
    words.weekdays[isoWeekday(year, month, day) - 1] ?? '';
  const day = (isoDate: string): string => {
    const p = parts(isoDate);
    return p === undefined ? isoDate : `${weekdayOf(p[0], p[1], p[2])} ${dateOf(p)}`;
  };
  const time = (hhmm: string): string => hhmm.replace(':', words.timeSeparator);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return {
    locale,
    amount: (decimal) => money(decimal, false),
    exact: (decimal) => money(decimal, true),
    percent: (rate) => `${DECIMAL.test(rate) ? number(hundredfold(rate)) : rate}%`,
    number,
    date,
    day,
    time,
    dateAtTime: (isoDate, hhmm) => words.dateAtTime(day(isoDate), time(hhmm)),
    instant(iso, timeZone) {
      const epoch = Date.parse(iso);
      // Not an instant, or a zone the IANA database does not know (a stored issue read back):
      // the text as it is, never an exception.
      if (!Number.isFinite(epoch) || !isTimeZone(timeZone)) return iso;
      const p = zonedParts(new Date(epoch), timeZone);
      if (!(p.year >= 0 && p.year <= 9999)) return iso;
      const clock = `${pad(p.hour)}:${pad(p.minute)}${p.second === 0 ? '' : `:${pad(p.second)}`}`;
      const isoDate = `${String(p.year).padStart(4, '0')}-${pad(p.month)}-${pad(p.day)}`;
      return words.dateAtTime(day(isoDate), time(clock).replace(/:/g, words.timeSeparator));
    },
    list(items, join = 'or') {
      if (items.length <= 1) return items.join('');
      return `${items.slice(0, -1).join(', ')} ${join === 'or' ? words.or : words.and} ${items.at(-1) ?? ''}`;
    },
    label(list, value) {
      const table = labels.enums[list] as Readonly<Record<string, string>>;
      return Object.hasOwn(table, value) ? (table[value] ?? value) : `"${value}"`;
    },
    // Unknown names (a stored issue read back without its params) are written as they are.
    type: (name) => (Object.hasOwn(labels.types, name) ? labels.types[name] : name),
    format: (name) => (Object.hasOwn(labels.formats, name) ? labels.formats[name] : name),
    field: (field) =>
      field !== undefined && Object.hasOwn(labels.fields, field)
        ? labels.fields[field as keyof Labels['fields']].name
        : undefined,
    fieldItems(field, count) {
      if (field === undefined || !Object.hasOwn(labels.fields, field)) return undefined;
      return labels.fields[field as keyof Labels['fields']].items?.(count);
    },
    count: (count, unit) =>
      Object.hasOwn(labels.units, unit) ? labels.units[unit](count) : number(count),
    criterion(id) {
      if (Object.hasOwn(criteria.criteria, id))
        return criteria.criteria[id as keyof CriteriaTexts['criteria']].label;
      if (Object.hasOwn(criteria.subCriteria, id))
        return criteria.subCriteria[id as keyof CriteriaTexts['subCriteria']].label;
      return `"${id}"`;
    },
    quote: (text) => `"${text}"`,
  };
}
