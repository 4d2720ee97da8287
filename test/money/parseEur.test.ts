import { describe, expect, it } from 'vitest';
import { parseEur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

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
    ['12,50€', '12.50'],
    ['€\u00a01.000,00', '1000.00'],
  ])('reads nl-BE text %s', (text, amount) => {
    expect(parseEur(text).amount).toBe(amount);
    expect(parseEur(text, { locale: 'nl-BE' }).amount).toBe(amount);
  });

  it.each([
    ['€1,234,567.89', '1234567.89'],
    ['1234567.89 EUR', '1234567.89'],
    ['-€12.50', '-12.50'],
    ['€-12.50', '-12.50'],
    ['1,000', '1000.00'],
    ['0.5', '0.50'],
  ])('reads en text %s', (text, amount) => {
    expect(parseEur(text, { locale: 'en' }).amount).toBe(amount);
  });

  it.each([
    ['€1,234,567.89', 'nl-BE'],
    ['1.5', 'nl-BE'],
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

  it('refuses a value that is not a string', () => {
    expectCode(() => parseEur(12 as unknown as string), 'invalid_amount');
  });

  it('refuses an amount beyond 10^13 euro', () => {
    expectCode(() => parseEur('20.000.000.000.000,00'), 'amount_out_of_range');
  });
});
