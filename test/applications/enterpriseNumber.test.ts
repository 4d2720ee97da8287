import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  enterpriseNumberDigits,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from '../../src/applications/index.js';
import { expectCode } from '../helpers/expectCode.js';

/** Check digits computed independently, with BigInt. */
function withCheckDigits(first8: string): string {
  const check = 97n - (BigInt(first8) % 97n);
  return `${first8}${check.toString().padStart(2, '0')}`;
}

describe('isValidEnterpriseNumber', () => {
  it('accepts a valid number with and without dots', () => {
    expect(isValidEnterpriseNumber('0123.456.749')).toBe(true);
    expect(isValidEnterpriseNumber('0123456749')).toBe(true);
    expect(isValidEnterpriseNumber('1000.000.093')).toBe(isValidEnterpriseNumber('1000000093'));
  });

  it('refuses wrong check digits, one unit off on either side', () => {
    expect(isValidEnterpriseNumber('0123.456.748')).toBe(false);
    expect(isValidEnterpriseNumber('0123.456.750')).toBe(false);
  });

  it('uses 97 as check digits when the first eight digits are a multiple of 97', () => {
    expect(isValidEnterpriseNumber('0000009797')).toBe(true);
    expect(isValidEnterpriseNumber('0000009700')).toBe(false);
  });

  it('refuses other forms and types', () => {
    for (const value of [
      '123456749',
      '2123456749',
      'BE0123456749',
      '0123 456 749',
      '0123.456749',
      '0123456.749',
      '01234567490',
      '',
      123456749,
      null,
      undefined,
      { toString: () => '0123456749' },
    ])
      expect(isValidEnterpriseNumber(value)).toBe(false);
  });

  it('agrees with an independent BigInt computation for 2,000 random numbers', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[01]\d{7}$/),
        fc.integer({ min: 0, max: 99 }),
        (first8, check) => {
          const number = `${first8}${String(check).padStart(2, '0')}`;
          expect(isValidEnterpriseNumber(number)).toBe(number === withCheckDigits(first8));
          expect(isValidEnterpriseNumber(withCheckDigits(first8))).toBe(true);
        },
      ),
      { numRuns: 2_000, seed: 97 },
    );
  });
});

describe('normalizeEnterpriseNumber', () => {
  it('writes the dotted form', () => {
    expect(normalizeEnterpriseNumber('0123456749')).toBe('0123.456.749');
    expect(normalizeEnterpriseNumber('0123.456.749')).toBe('0123.456.749');
  });

  it('throws invalid_enterprise_number for a wrong number', () => {
    const error = expectCode(
      () => normalizeEnterpriseNumber('0123456748'),
      'invalid_enterprise_number',
    );
    expect(error.issues[0]?.params).toEqual({ received: '0123456748' });
    expectCode(() => normalizeEnterpriseNumber(42 as never), 'invalid_enterprise_number');
  });
});

describe('enterpriseNumberDigits', () => {
  it('gives the ten digits of an accepted form, whatever its check digits', () => {
    expect(enterpriseNumberDigits('0123.456.748')).toBe('0123456748');
    expect(enterpriseNumberDigits('x'.repeat(1_000))).toBeUndefined();
  });
});
