import type { Locale } from '../i18n/Locale.js';
import { eur } from '../money/eur.js';
import { formatEur } from '../money/formatEur.js';
import type { CofinancingStepCode } from './stepCodes.js';
import type { CofinancingStepParams } from './types.js';

/**
 * A complete table of step texts: one function per step code. Typed as a complete map, so a
 * step code without a translation fails to compile.
 *
 * @internal
 */
export type StepTextTable = {
  readonly [K in CofinancingStepCode]: (params: CofinancingStepParams) => string;
};

function group(digits: string, separator: string): string {
  const parts: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    parts.unshift(digits.slice(Math.max(0, end - 3), end));
  return parts.join(separator);
}

/** A param as text; `?` when missing. @internal */
export function text(params: CofinancingStepParams, key: string): string {
  const value = params[key];
  return value === undefined || value === null ? '?' : String(value);
}

/** A param that holds an amount (`"1000000.00"`), formatted for the locale. @internal */
export function money(params: CofinancingStepParams, key: string, locale: Locale): string {
  const value = params[key];
  return typeof value === 'string' ? formatEur(eur(value), { locale }) : '?';
}

/**
 * A param that holds an exact decimal with any number of decimals (`"999999.995"`), formatted
 * like an amount but without rounding (at least two decimals).
 *
 * @internal
 */
export function exact(params: CofinancingStepParams, key: string, locale: Locale): string {
  const value = params[key];
  if (typeof value !== 'string' || !/^-?\d+(?:\.\d+)?$/.test(value)) return '?';
  const negative = value.startsWith('-');
  const [whole = '0', fraction = ''] = value.replace('-', '').split('.');
  const cents = fraction.padEnd(2, '0');
  const sign = negative ? '-' : '';
  if (locale === 'en') return `${sign}€${group(whole, ',')}.${cents}`;
  return `€ ${sign}${group(whole, '.')},${cents}`;
}

/** A param that holds a percentage (`"12.5"`), with the locale's decimal sign. @internal */
export function percent(params: CofinancingStepParams, key: string, locale: Locale): string {
  const value = text(params, key);
  return `${locale === 'en' ? value : value.replace('.', ',')}%`;
}

/** A param that holds a date `YYYY-MM-DD`: as is in English, `DD/MM/YYYY` in Dutch. @internal */
export function date(params: CofinancingStepParams, key: string, locale: Locale): string {
  const value = text(params, key);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null || locale === 'en') return value;
  return `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}`;
}
