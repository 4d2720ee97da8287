import type { Locale, LocalizedText } from '../i18n/Locale.js';
import { D, type Dec } from '../money/decimal.js';
import type { CriteriaTextTable } from './text/CriteriaTextTable.js';
import { enTexts } from './text/en.js';
import { nlTexts } from './text/nl.js';

/** The criteria texts of a locale. @internal */
export function textsFor(locale: Locale): CriteriaTextTable {
  return locale === 'en' ? enTexts : nlTexts;
}

/** Builds a {@link LocalizedText} from the same entry of both text tables. @internal */
export function localized(pick: (table: CriteriaTextTable) => string): LocalizedText {
  return Object.freeze({ nl: pick(nlTexts), en: pick(enTexts) });
}

/** Tells whether a value is a plain object (not null, not an array). @internal */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DECIMAL = /^-?\d+(?:\.\d+)?$/;

/**
 * Reads a number or a decimal string (`'7.5'`) as an exact private decimal; anything else (NaN,
 * infinities, `'7,5'`, `'1e3'`) is `undefined`.
 *
 * @internal
 */
export function toDecimal(value: unknown): Dec | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? new D(value) : undefined;
  if (typeof value === 'string' && value.length <= 60 && DECIMAL.test(value)) return new D(value);
  return undefined;
}

/** A decimal as a canonical string: no exponent, no trailing zeros, no `-0`. @internal */
export function decimalString(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** A decimal string for people: a decimal comma in Dutch. @internal */
export function formatNumber(value: string, locale: Locale): string {
  return locale === 'en' ? value : value.replace('.', ',');
}

/** A weight (`'0.3'`) as a percentage for people (`'30%'`). @internal */
export function formatWeight(weight: string, locale: Locale): string {
  return `${formatNumber(decimalString(new D(weight).times(100)), locale)}%`;
}
