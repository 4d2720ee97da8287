import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { eur, formatEur, parseEur, safeParseEur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';
import { cents, fromCents } from './cents.js';

describe('parseEur', () => {
  it.each([
    ['€ 1.234.567,89', '1234567.89'],
    ['1.234.567,89 EUR', '1234567.89'],
    ['1234567,89', '1234567.89'],
    ['€1.234.000', '1234000.00'],
    ['12,5', '12.50'],
    ['€ -12,50', '-12.50'],
    ['-€ 12,50', '-12.50'],
    ['EUR 0,01', '0.01'],
    ['eur 0,01', '0.01'],
    ['12,50€', '12.50'],
    ['€\u00a01.000,00', '1000.00'],
    ['  7  ', '7.00'],
    ['1.234,5', '1234.50'],
    ['1,5', '1.50'],
    ['0,05', '0.05'],
  ])('reads Dutch text %s, in every locale', (text, amount) => {
    expect(parseEur(text).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'nl-BE' }).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'nl-NL' }).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'en' }).data.amount).toBe(amount);
  });

  it.each([
    ['€1,234,567.89', '1234567.89'],
    ['1234567.89 EUR', '1234567.89'],
    ['-€12.50', '-12.50'],
    ['€-12.50', '-12.50'],
    ['1,000,000', '1000000.00'],
    ['0.5', '0.50'],
    ['1234.56', '1234.56'],
    ['1.5', '1.50'],
    ['1.50', '1.50'],
    ['0.500', '0.50'],
  ])('reads English text and plain decimals %s, in every locale', (text, amount) => {
    expect(parseEur(text, { locale: 'en' }).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'en-US' }).data.amount).toBe(amount);
    expect(parseEur(text).data.amount).toBe(amount);
  });

  it('returns the one success shape, its data a frozen Money', () => {
    const parsed = parseEur('€ 1.234,50');
    expect(parsed).toEqual({
      success: true,
      data: { amount: '1234.50', currency: 'EUR' },
      warnings: [],
    });
    expect(Object.isFrozen(parsed.data)).toBe(true);
  });

  it.each([
    ['1.234.56', 'malformed'],
    ['12.50,00', 'malformed'],
    ['1,23,456.00', 'malformed'],
    ['1.234,567.00', 'malformed'],
    ['1,234.567,00', 'malformed'],
    ['', 'malformed'],
    ['€', 'malformed'],
    ['--12', 'malformed'],
    ['-€-12', 'malformed'],
    ['€ 12 €', 'malformed'],
    ['+12', 'malformed'],
    ['12 euro', 'malformed'],
    ['1,234,5', 'malformed'],
    ['1 234,56', 'malformed'],
    ['007', 'malformed'],
    ['00,5', 'malformed'],
    ['0.005.000', 'malformed'],
    [',50', 'malformed'],
    ['12.', 'malformed'],
    ['1e3', 'malformed'],
    ['abc', 'malformed'],
    ['1'.repeat(61), 'malformed'],
    ['1,234', 'ambiguous'],
    ['12,345', 'ambiguous'],
    ['1.500', 'ambiguous'],
    ['€1.234', 'ambiguous'],
    ['250.000', 'ambiguous'],
    ['0.005', 'precision'],
    ['1.2345', 'precision'],
    ['1234,567', 'precision'],
  ] as const)('refuses %s in every locale (%s)', (text, typed) => {
    for (const locale of ['nl-BE', 'en'])
      expect(
        expectCode(() => parseEur(text, { locale }), 'invalid_amount').issues[0]?.params,
      ).toHaveProperty('typed', typed);
  });

  it('says why it refused a text, in the caller’s language', () => {
    const nl = expectCode(() => parseEur('1.234.56'), 'invalid_amount');
    expect(nl.issues[0]?.params).toEqual({ received: '"1.234.56"', typed: 'malformed' });
    expect(nl.issues[0]?.message).toBe(
      'Ongeldig bedrag: "1.234.56" (verwacht: een bedrag zoals "€ 1.234.567,89", "1234567,89" of "1234567.89").',
    );
    const en = expectCode(() => parseEur('1.234.56', { locale: 'en' }), 'invalid_amount');
    expect(en.issues[0]?.message).toBe(
      'Invalid amount: "1.234.56" (expected: an amount such as "€1,234,567.89", "1234567.89" or "1.234.567,89").',
    );
    const ambiguous = expectCode(() => parseEur('€ 1,500', { locale: 'en' }), 'invalid_amount');
    expect(ambiguous.issues[0]?.params).toEqual({
      received: '"€ 1,500"',
      typed: 'ambiguous',
      readings: ['1.5', '1500'],
    });
    expect(ambiguous.issues[0]?.message).toBe(
      'Ambiguous amount: "€ 1,500" is €1.50 written the Dutch way but €1,500.00 written the English way. Write the decimals or leave out the thousands separator (as in "1,500.00", "1.50" or "1500").',
    );
    expect(expectCode(() => parseEur('-1.234'), 'invalid_amount').issues[0]?.message).toBe(
      'Dubbelzinnig bedrag: "-1.234" is € -1.234,00 in Nederlandse schrijfwijze maar € -1,234 in Engelse. Schrijf de decimalen erbij of laat het scheidingsteken van de duizendtallen weg (zoals "1.500,00", "1,50" of "1500").',
    );
    const precision = expectCode(() => parseEur('0,125'), 'invalid_amount');
    expect(precision.issues[0]?.params).toEqual({ received: '"0,125"', typed: 'precision' });
    expect(precision.issues[0]?.message).toBe(
      'Ongeldig bedrag: "0,125" heeft meer dan twee decimalen; een bedrag is exact tot op de cent.',
    );
  });

  it('refuses a value that is not a string, and cuts what it shows of a long text', () => {
    expect(expectCode(() => parseEur(12 as never), 'invalid_amount').issues[0]?.params).toEqual({
      received: '12',
      typed: 'malformed',
    });
    expect(
      expectCode(() => parseEur(null as never), 'invalid_amount').issues[0]?.params,
    ).toHaveProperty('received', 'null');
    expect(
      expectCode(() => parseEur('1'.repeat(70)), 'invalid_amount').issues[0]?.params,
    ).toHaveProperty('received', JSON.stringify(`${'1'.repeat(60)}…`));
  });

  it('reads up to 60 characters and refuses longer text before parsing it', () => {
    expectCode(() => parseEur(`${' '.repeat(57)}1,00`), 'invalid_amount');
    expect(parseEur(`${' '.repeat(56)}1,00`).data.amount).toBe('1.00');
    expectCode(() => parseEur('1'.repeat(60)), 'amount_out_of_range');
    expectCode(() => parseEur('1'.repeat(61)), 'invalid_amount');
  });

  it('reads a sign before or after the euro sign, but not both or twice', () => {
    expect(parseEur('-EUR 5').data.amount).toBe('-5.00');
    expect(parseEur('EUR-5').data.amount).toBe('-5.00');
    expectCode(() => parseEur('5-'), 'invalid_amount');
    expectCode(() => parseEur('-€-5'), 'invalid_amount');
    expectCode(() => parseEur('€--5'), 'invalid_amount');
  });

  it('refuses an amount beyond 10^13 euro', () => {
    expectCode(() => parseEur('20.000.000.000.000,00'), 'amount_out_of_range');
  });

  it('reads back what formatEur writes in either language, in every locale', () => {
    const locales = fc.constantFrom('nl', 'nl-BE', 'en', 'en-GB');
    fc.assert(
      fc.property(cents, locales, locales, (c, written, read) => {
        const m = fromCents(c);
        expect(parseEur(formatEur(m, { locale: written }), { locale: read }).data).toEqual(m);
      }),
    );
  });
});

describe('safeParseEur', () => {
  it('returns the amount or every problem, never throwing', () => {
    expect(safeParseEur('€ 1.234.567,89')).toEqual({
      success: true,
      data: eur('1234567.89'),
      warnings: [],
    });
    const failed = safeParseEur('1,5.0', { locale: 'en' });
    expect(failed.success).toBe(false);
    if (failed.success) return;
    expect(failed.issues).toHaveLength(1);
    expect(failed.issues[0]).toMatchObject({
      code: 'invalid_amount',
      severity: 'error',
      path: [],
      params: { received: '"1,5.0"', typed: 'malformed' },
    });
    expect(failed.issues[0]?.message).toContain('Invalid amount');
  });

  it('is the result parseEur returns or throws', () => {
    expect(parseEur('12,50')).toEqual(safeParseEur('12,50'));
    const failed = safeParseEur('x', { locale: 'en' });
    const error = expectCode(() => parseEur('x', { locale: 'en' }), 'invalid_amount');
    expect(failed.success ? [] : failed.issues).toEqual(error.issues);
  });
});
