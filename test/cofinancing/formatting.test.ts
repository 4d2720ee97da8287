import { describe, expect, it } from 'vitest';
import { percentOf } from '../../src/cofinancing/percentOf.js';
import { exact, money, percent } from '../../src/cofinancing/StepTextTable.js';

describe('percentOf', () => {
  it.each([
    ['0.5', '50'],
    ['0.50', '50'],
    ['0.21', '21'],
    ['0.125', '12.5'],
    ['0.0625', '6.25'],
    ['1', '100'],
    ['0', '0'],
    ['0.001', '0.1'],
  ])('writes the rate %s as %s%%', (rate, expected) => {
    expect(percentOf(rate)).toBe(expected);
  });
});

describe('step text formatting', () => {
  it('formats exact decimals without rounding, in both locales', () => {
    expect(exact({ v: '-1234.5' }, 'v', 'nl-BE')).toBe('€ -1.234,50');
    expect(exact({ v: '-1234.5' }, 'v', 'en')).toBe('-€1,234.50');
    expect(exact({ v: '0.0049' }, 'v', 'en')).toBe('€0.0049');
    expect(exact({ v: 12 }, 'v', 'en')).toBe('?');
  });

  it('renders a missing amount or percentage as ?', () => {
    expect(money({}, 'v', 'nl-BE')).toBe('?');
    expect(percent({}, 'v', 'en')).toBe('?%');
  });
});
