import type { EnumName, FormatName, TypeName } from '../issues/params.js';
import type { EnumValues, Locale } from '../vocabulary/index.js';

/**
 * Writes values for people in one language: amounts, rates, dates, instants in a time zone,
 * lists and the labels of closed lists. Built by hand, not with `Intl`, so every text is the
 * same on every host and Node build. Every template of a locale table gets one.
 */
export interface Formatter {
  /** The language. */
  readonly locale: Locale;
  /** An amount (`"1100000.00"`): `€ 1.100.000,00` / `€1,100,000.00`. */
  amount(decimal: string): string;
  /** An exact amount with any number of decimals, not rounded (at least two decimals). */
  exact(decimal: string): string;
  /** A rate as a percentage (`"0.5"`: `50%`; `"0.125"`: `12,5%` / `12.5%`). */
  percent(rate: string): string;
  /** A decimal number with the language's decimal sign. */
  number(decimal: string | number): string;
  /** A calendar date (`"2024-10-10"`): `10 oktober 2024` / `10 October 2024`. */
  date(isoDate: string): string;
  /** A calendar date with its weekday: `donderdag 10 oktober 2024` / `Thursday 10 October 2024`. */
  day(isoDate: string): string;
  /** A time of day (`"24:00"`): `24.00` / `24:00`. */
  time(hhmm: string): string;
  /** A date at a time of day: `donderdag 10 oktober 2024 om 24.00 uur`. */
  dateAtTime(isoDate: string, hhmm: string): string;
  /** An instant (ISO 8601) as local time in a zone: `vrijdag 11 oktober 2024 om 09.00 uur`. */
  instant(iso: string, timeZone: string): string;
  /** Items joined: `a, b of c` / `a, b or c` (`'and'`: `a, b en c`). */
  list(items: readonly string[], join?: 'or' | 'and'): string;
  /** The label of a value of a closed list; an unknown value is quoted as it is. */
  label<E extends EnumName>(list: E, value: EnumValues[E] | string): string;
  /** The kind of a value ("tekst", "een getal"). */
  type(name: TypeName): string;
  /** What a written form asks for. */
  format(name: FormatName): string;
  /**
   * The name of a field of the proposal's JSON format (`params.field`), with its article and in
   * lower case ("de titel" / "the title"); `undefined` for no field or one this version does not
   * know (a stored issue read back).
   */
  field(field: string | undefined): string | undefined;
  /**
   * A number of the items of a list field ("één kostenlijn", "50 partners"); `undefined` when
   * the field is not a list this version knows.
   */
  fieldItems(field: string | undefined, count: number): string | undefined;
  /** A count with its unit ("12 tekens"). */
  count(count: number, unit: 'characters' | 'items'): string;
  /** The label of a criterion or sub-criterion of the catalogue; an unknown id is quoted. */
  criterion(id: string): string;
  /** A text between quotes. */
  quote(text: string): string;
}
