import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTERPRISE_NUMBER_PATTERN,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from '../../src/applications/index.js';
import { enterpriseNumberDigits } from '../../src/applications/enterpriseNumber.js';
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
    expect(error.issues[0]?.path).toEqual([]);
    expectCode(() => normalizeEnterpriseNumber(42 as never), 'invalid_enterprise_number');
    expectCode(() => normalizeEnterpriseNumber(null as never), 'invalid_enterprise_number');
  });

  it('cuts a long received number to 40 characters', () => {
    const error = expectCode(
      () => normalizeEnterpriseNumber('9'.repeat(50)),
      'invalid_enterprise_number',
    );
    expect(error.issues[0]?.params).toEqual({ received: `${'9'.repeat(40)}…` });
    const huge = expectCode(
      () => normalizeEnterpriseNumber('9'.repeat(10_000_000)),
      'invalid_enterprise_number',
    );
    expect(huge.message.length).toBeLessThan(200);
  });

  it('says what is wrong in the locale', () => {
    expect(
      expectCode(() => normalizeEnterpriseNumber('1'), 'invalid_enterprise_number').message,
    ).toBe(
      'invalid_enterprise_number: Ongeldig ondernemingsnummer 1 (KBO: 10 cijfers met geldige controlecijfers, bv. 0123.456.749).',
    );
    for (const locale of ['en', 'en-US', 'en-GB'])
      expect(
        expectCode(() => normalizeEnterpriseNumber('1', { locale }), 'invalid_enterprise_number')
          .issues[0]?.message,
      ).toMatch(/^Invalid enterprise number 1 /);
  });

  it('refuses an unsupported locale, whatever the number', () => {
    expectCode(
      () => normalizeEnterpriseNumber('0123456749', { locale: 'fr' }),
      'unsupported_locale',
    );
    const error = expectCode(
      () => normalizeEnterpriseNumber('x', { locale: 'fr' }),
      'unsupported_locale',
    );
    expect(error.issues.map((i) => i.path)).toEqual([['locale']]);
  });

  it('refuses options that are not an object, at path options', () => {
    for (const options of ['en', 42, null, []]) {
      const error = expectCode(
        () => normalizeEnterpriseNumber('0123456749', options as never),
        'invalid_type',
      );
      expect(error.issues.map((i) => i.path)).toEqual([['options']]);
    }
    expect(normalizeEnterpriseNumber('0123456749', undefined)).toBe('0123.456.749');
  });
});

describe('ENTERPRISE_NUMBER_PATTERN', () => {
  it('accepts exactly the two written forms', () => {
    const form = new RegExp(ENTERPRISE_NUMBER_PATTERN);
    expect(['0123.456.749', '0123456749', '1999.999.999'].every((v) => form.test(v))).toBe(true);
    expect(
      ['123456749', '2123456749', 'BE0123456749', '0123.456749'].some((v) => form.test(v)),
    ).toBe(false);
  });
});

describe('enterpriseNumberDigits', () => {
  it('gives the ten digits of an accepted form, whatever its check digits', () => {
    expect(enterpriseNumberDigits('0123.456.748')).toBe('0123456748');
    expect(enterpriseNumberDigits('x'.repeat(1_000))).toBeUndefined();
  });
});
