import { describe, expect, it } from 'vitest';
import { eur, formatEur } from '../../src/money/index.js';

describe('formatEur', () => {
  it.each([
    ['1234567.89', '€ 1.234.567,89', '€1,234,567.89'],
    ['0', '€ 0,00', '€0.00'],
    ['999', '€ 999,00', '€999.00'],
    ['1000', '€ 1.000,00', '€1,000.00'],
    ['-12.5', '€ -12,50', '-€12.50'],
    ['10000000000000', '€ 10.000.000.000.000,00', '€10,000,000,000,000.00'],
  ])('formats %s', (amount, nl, en) => {
    expect(formatEur(eur(amount))).toBe(nl);
    expect(formatEur(eur(amount), { locale: 'nl-BE' })).toBe(nl);
    expect(formatEur(eur(amount), { locale: 'en' })).toBe(en);
  });
});
