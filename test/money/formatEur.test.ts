import { describe, expect, it } from 'vitest';
import { eur, formatEur } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('formatEur', () => {
  it.each([
    ['1234567.89', '€ 1.234.567,89', '€1,234,567.89'],
    ['1100000', '€ 1.100.000,00', '€1,100,000.00'],
    ['0', '€ 0,00', '€0.00'],
    ['0.5', '€ 0,50', '€0.50'],
    ['999', '€ 999,00', '€999.00'],
    ['1000', '€ 1.000,00', '€1,000.00'],
    ['-12.5', '€ -12,50', '-€12.50'],
    ['-1234.56', '€ -1.234,56', '-€1,234.56'],
    ['10000000000000', '€ 10.000.000.000.000,00', '€10,000,000,000,000.00'],
  ])('formats %s', (amount, nl, en) => {
    expect(formatEur(eur(amount))).toBe(nl);
    for (const locale of ['nl', 'nl-BE', 'nl-NL'])
      expect(formatEur(eur(amount), { locale })).toBe(nl);
    for (const locale of ['en', 'en-GB', 'en-US'])
      expect(formatEur(eur(amount), { locale })).toBe(en);
  });

  it('writes plain ASCII spaces, the same on every host', () => {
    expect(formatEur(eur('1234.5'))).toMatch(/^[€ \d.,-]+$/);
    expect(formatEur(eur('1234.5'))).not.toContain('\u00a0');
  });

  it('refuses what is not a Money', () => {
    expectCode(() => formatEur('1.00' as never), 'invalid_amount');
    expectCode(() => formatEur({ amount: '1.001', currency: 'EUR' }), 'amount_precision');
  });
});
