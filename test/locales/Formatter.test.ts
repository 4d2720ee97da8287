import { describe, expect, it } from 'vitest';
import { pickText } from '../../src/locales/LocalizedText.js';
import { formatterOf } from '../../src/locales/render.js';

const nl = formatterOf('nl');
const en = formatterOf('en');

describe('the formatter of a language', () => {
  it('writes amounts rounded to the cent and exact amounts with all their decimals', () => {
    expect(nl.amount('1100000.00')).toBe('€ 1.100.000,00');
    expect(en.amount('1100000.00')).toBe('€1,100,000.00');
    expect(nl.amount('-0.5')).toBe('€ -0,50');
    expect(en.amount('-0.5')).toBe('-€0.50');
    expect(nl.amount('999999.995')).toBe('€ 999.999,99');
    expect(nl.exact('999999.995')).toBe('€ 999.999,995');
    expect(en.exact('12')).toBe('€12.00');
    expect(nl.amount('not a number')).toBe('not a number');
  });

  it('writes rates as percentages, moving the point without arithmetic', () => {
    expect(nl.percent('0.5')).toBe('50%');
    expect(nl.percent('0.125')).toBe('12,5%');
    expect(en.percent('0.125')).toBe('12.5%');
    expect(en.percent('1')).toBe('100%');
    expect(en.percent('0')).toBe('0%');
    expect(en.percent('0.0000001')).toBe('0.00001%');
    expect(en.percent('0.21000')).toBe('21%');
    expect(en.percent('-0.5')).toBe('-50%');
    expect(en.percent('x')).toBe('x%');
  });

  it('writes numbers with the language’s decimal sign', () => {
    expect(nl.number('7.5')).toBe('7,5');
    expect(en.number('7.5')).toBe('7.5');
    expect(nl.number(1000000)).toBe('1000000');
  });

  it('writes dates, days and times of day', () => {
    expect(nl.date('2024-10-10')).toBe('10 oktober 2024');
    expect(en.date('2024-10-10')).toBe('10 October 2024');
    expect(nl.day('2024-10-10')).toBe('donderdag 10 oktober 2024');
    expect(en.day('2024-10-13')).toBe('Sunday 13 October 2024');
    expect(en.day('0050-01-01')).toBe('Saturday 1 January 50');
    expect(nl.time('24:00')).toBe('24.00');
    expect(en.time('24:00')).toBe('24:00');
    expect(nl.dateAtTime('2024-10-10', '24:00')).toBe('donderdag 10 oktober 2024 om 24.00 uur');
    expect(en.dateAtTime('2024-10-10', '24:00')).toBe('Thursday 10 October 2024 at 24:00');
    expect(nl.date('10/10/2024')).toBe('10/10/2024');
    expect(nl.day('someday')).toBe('someday');
    // Not ten characters of the form YYYY-MM-DD (digits only): written as it is.
    for (const text of ['2024-1-10', '2024-10-1a', '2024/10/10', ' 024-10-10', '2024-10-100', ''])
      expect(nl.day(text)).toBe(text);
  });

  it('writes an instant in the local time of a zone, with seconds only when there are any', () => {
    expect(nl.instant('2024-10-11T07:00:00Z', 'Europe/Brussels')).toBe(
      'vrijdag 11 oktober 2024 om 09.00 uur',
    );
    expect(en.instant('2024-10-11T07:00:00Z', 'Europe/Brussels')).toBe(
      'Friday 11 October 2024 at 09:00',
    );
    expect(en.instant('2024-01-15T10:20:30Z', 'Europe/Brussels')).toBe(
      'Monday 15 January 2024 at 11:20:30',
    );
    expect(en.instant('2024-10-11T07:00:00Z', 'America/New_York')).toBe(
      'Friday 11 October 2024 at 03:00',
    );
    expect(en.instant('not an instant', 'Europe/Brussels')).toBe('not an instant');
  });

  it('writes an instant it cannot place in a zone as it is, never throwing', () => {
    expect(en.instant('2024-10-11T07:00:00Z', 'Mars/Olympus_Mons')).toBe('2024-10-11T07:00:00Z');
    expect(en.instant('2024-10-11T07:00:00Z', '?')).toBe('2024-10-11T07:00:00Z');
    expect(nl.instant('+275760-09-13T00:00:00.000Z', 'Europe/Brussels')).toBe(
      '+275760-09-13T00:00:00.000Z',
    );
  });

  it('joins lists with the language’s words', () => {
    expect(nl.list(['a', 'b', 'c'])).toBe('a, b of c');
    expect(en.list(['a', 'b', 'c'])).toBe('a, b or c');
    expect(nl.list(['a', 'b'], 'and')).toBe('a en b');
    expect(en.list(['a', 'b'], 'and')).toBe('a and b');
    expect(en.list(['a'])).toBe('a');
    expect(en.list([])).toBe('');
  });

  it('labels the values of closed lists, quoting a value the list does not have', () => {
    expect(nl.label('costCategory', 'rd-services')).toBe('O&O-diensten');
    expect(en.label('costCategory', 'rd-services')).toBe('R&D services');
    expect(nl.label('roundingMode', 'halfEven')).toBe('half naar even');
    expect(en.label('marketAnswer', 'later')).toBe('"later"');
    expect(en.label('marketAnswer', 'toString')).toBe('"toString"');
  });

  it('names kinds of values, written forms and counts, and writes an unknown name as it is', () => {
    expect(nl.type('money')).toBe('een bedrag');
    expect(en.type('nothing')).toBe('nothing');
    expect(en.type('?' as never)).toBe('?');
    expect(nl.format('call-id')).toBe('een oproep-id zoals "2024-2"');
    expect(en.format('?' as never)).toBe('?');
    expect(nl.count(1, 'characters')).toBe('1 teken');
    expect(nl.count(2, 'items')).toBe('2 elementen');
    expect(nl.count(1, 'items')).toBe('1 element');
    expect(en.count(2, 'characters')).toBe('2 characters');
    expect(en.count(1, 'items')).toBe('1 item');
    expect(en.count(5, '?' as never)).toBe('5');
  });

  it('names criteria by their labels, quoting an id the catalogue does not have', () => {
    expect(en.criterion('fit-with-pio')).not.toBe('fit-with-pio');
    expect(en.criterion('need')).not.toBe('need');
    expect(en.criterion('beauty')).toBe('"beauty"');
    expect(en.criterion('toString')).toBe('"toString"');
  });

  it('quotes text', () => {
    expect(nl.quote('x')).toBe('"x"');
    expect(nl.locale).toBe('nl');
    expect(en.locale).toBe('en');
  });
});

describe('pickText', () => {
  it('picks the text of a language from data in both', () => {
    expect(pickText({ nl: 'oproep', en: 'call' }, 'nl')).toBe('oproep');
    expect(pickText({ nl: 'oproep', en: 'call' }, 'en')).toBe('call');
  });
});
