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
    ['€1.234', '1234.00'],
    ['12,5', '12.50'],
    ['€ -12,50', '-12.50'],
    ['-€ 12,50', '-12.50'],
    ['EUR 0,01', '0.01'],
    ['eur 0,01', '0.01'],
    ['12,50€', '12.50'],
    ['€\u00a01.000,00', '1000.00'],
    ['  7  ', '7.00'],
  ])('reads Dutch text %s', (text, amount) => {
    expect(parseEur(text).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'nl-BE' }).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'nl-NL' }).data.amount).toBe(amount);
  });

  it.each([
    ['€1,234,567.89', '1234567.89'],
    ['1234567.89 EUR', '1234567.89'],
    ['-€12.50', '-12.50'],
    ['€-12.50', '-12.50'],
    ['1,000', '1000.00'],
    ['0.5', '0.50'],
  ])('reads English text %s', (text, amount) => {
    expect(parseEur(text, { locale: 'en' }).data.amount).toBe(amount);
    expect(parseEur(text, { locale: 'en-US' }).data.amount).toBe(amount);
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
    ['€1,234,567.89', 'nl-BE'],
    ['1.5', 'nl-BE'],
    ['1234.56', 'nl-BE'],
    ['1.234.56', 'nl-BE'],
    ['12.50,00', 'nl-BE'],
    ['1,234', 'nl-BE'],
    ['1,5', 'en'],
    ['1.234,56', 'en'],
    ['1,23,456.00', 'en'],
    ['', 'nl-BE'],
    ['€', 'nl-BE'],
    ['--12', 'nl-BE'],
    ['-€-12', 'nl-BE'],
    ['12 euro', 'nl-BE'],
    ['1,234,5', 'en'],
    ['12,345', 'nl-BE'],
    ['abc', 'en'],
    ['1'.repeat(61), 'en'],
  ] as const)('refuses %s in %s', (text, locale) => {
    expectCode(() => parseEur(text, { locale }), 'invalid_amount');
  });

  it('says which way of writing it read, in the caller’s language', () => {
    const nl = expectCode(() => parseEur('1234.56'), 'invalid_amount');
    expect(nl.issues[0]?.params).toEqual({ received: '"1234.56"', typed: 'nl' });
    expect(nl.issues[0]?.message).toBe(
      'Ongeldig bedrag: "1234.56" (verwacht: een bedrag zoals "€ 1.234.567,89" of "1234567,89").',
    );
    const en = expectCode(() => parseEur('1,5', { locale: 'en' }), 'invalid_amount');
    expect(en.issues[0]?.params).toEqual({ received: '"1,5"', typed: 'en' });
    expect(en.issues[0]?.message).toBe(
      'Invalid amount: "1,5" (expected: an amount such as "€1,234,567.89" or "1234567.89").',
    );
  });

  it('refuses a value that is not a string, and cuts what it shows of a long text', () => {
    expect(expectCode(() => parseEur(12 as never), 'invalid_amount').issues[0]?.params).toEqual({
      received: '12',
      typed: 'nl',
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

  it('reads back what formatEur writes, in both languages', () => {
    fc.assert(
      fc.property(cents, fc.constantFrom('nl', 'nl-BE', 'en', 'en-GB'), (c, locale) => {
        const m = fromCents(c);
        expect(parseEur(formatEur(m, { locale }), { locale }).data).toEqual(m);
      }),
    );
  });

  it('never reads the other language’s writing of an amount with decimals as the same amount', () => {
    fc.assert(
      fc.property(cents, (c) => {
        fc.pre(c % 100n !== 0n);
        const m = fromCents(c);
        const read = safeParseEur(formatEur(m, { locale: 'en' }), { locale: 'nl' });
        if (read.success) expect(read.data).not.toEqual(m);
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
    const failed = safeParseEur('1,5', { locale: 'en' });
    expect(failed.success).toBe(false);
    if (failed.success) return;
    expect(failed.issues).toHaveLength(1);
    expect(failed.issues[0]).toMatchObject({
      code: 'invalid_amount',
      severity: 'error',
      path: [],
      params: { received: '"1,5"', typed: 'en' },
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
