import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ENTERPRISE_NUMBER_PATTERN,
  isValidEnterpriseNumber,
  normalizeEnterpriseNumber,
} from '../../src/applications/index.js';
import { enterpriseNumberDigits } from '../../src/applications/enterpriseNumber.js';
import { expectCode } from '../helpers/expectCode.js';
import { validate, validDocument } from './fixtures.js';

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
      '2123456749',
      'NL0123456749',
      'BE-0123456749',
      'BE  0123456749',
      '0123.456 749',
      '0123-456-749',
      '0123.456749',
      '0123456.749',
      '01234567490',
      '12345674',
      ' 0123456749',
      '0123456749 ',
      '0123456749\n',
      '٠١٢٣٤٥٦٧٤٩',
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
  it('accepts the forms people write, and no others', () => {
    const form = new RegExp(ENTERPRISE_NUMBER_PATTERN);
    const accepted = [
      '0207.123.407',
      '0207 123 407',
      '0207123407',
      'BE 0207.123.407',
      'BE0207123407',
      'BE 0207 123 407',
      'be0207.123.407',
      '207.123.407',
      '207 123 407',
      '207123407',
      'BE 207.123.407',
      '1999.999.999',
    ];
    for (const value of accepted) expect(form.test(value), value).toBe(true);
    const refused = ['2123456749', 'NL0123456749', '0123.456749', '0207.123 407', '20712340'];
    for (const value of refused) expect(form.test(value), value).toBe(false);
  });
});

describe('enterpriseNumberDigits', () => {
  it('gives the ten digits of an accepted form, whatever its check digits', () => {
    expect(enterpriseNumberDigits('0123.456.748')).toBe('0123456748');
    expect(enterpriseNumberDigits('x'.repeat(1_000))).toBeUndefined();
  });
});

/** The schema of `applicant.enterpriseNumber` in the shipped JSON Schema, compiled by ajv. */
const shipped = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../schemas/application.schema.json'), 'utf8'),
);
const schemaAccepts = new Ajv2020({ strict: true }).compile(
  shipped.properties.applicant.properties.enterpriseNumber,
);

/** A valid ten-digit number: `0` or `1`, seven digits, and the check digits. */
const validDigits = fc
  .tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^[0-9]{7}$/))
  .map(([first, rest]) => withCheckDigits(`${first}${rest}`));

/** Every form people write a number in (the nine-digit ones when it starts with `0`). */
function formsOf(digits: string): string[] {
  const groups = [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)];
  const nine = [digits.slice(1, 4), groups[1]!, groups[2]!];
  const bare = [groups.join('.'), groups.join(' '), digits];
  if (digits.startsWith('0')) bare.push(nine.join('.'), nine.join(' '), nine.join(''));
  return [...bare, ...bare.flatMap((form) => [`BE ${form}`, `BE${form}`, `be ${form}`])];
}

/** Changes of a written number that no accepted form allows. */
const spoilers: readonly ((form: string) => string)[] = [
  (form) => `${form}\n`,
  (form) => ` ${form}`,
  (form) => `${form} `,
  (form) => `${form}0`,
  (form) => `${form}.`,
  (form) => form.replace(/[0-9]$/, ''),
  (form) => form.replace(/[0-9]$/, '٧'),
  (form) => form.replace(/[0-9]/, '１'),
  (form) => form.replace(/[. ]/, '-'),
  (form) => form.replace(/[. ]/, '/'),
  (form) => form.replace(/[. ](?=[0-9]{3}$)/, ''),
  (form) => form.replace(/^(?:BE|be) ?/, 'NL'),
  (form) => `X${form}`,
];

describe('enterprise numbers as people write them', () => {
  it('the docs example 0207.123.407 passes the check: 02071234 mod 97 = 90, 97 - 90 = 07', () => {
    expect(2_071_234 % 97).toBe(90);
    expect(withCheckDigits('02071234')).toBe('0207123407');
    for (const form of formsOf('0207123407')) {
      expect(normalizeEnterpriseNumber(form), form).toBe('0207.123.407');
      expect(schemaAccepts(form), form).toBe(true);
    }
  });

  it('accepts a random valid number in every form, in the schema and the library alike', () => {
    fc.assert(
      fc.property(validDigits, (digits) => {
        const dotted = `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
        for (const form of formsOf(digits)) {
          expect(schemaAccepts(form), form).toBe(true);
          expect(isValidEnterpriseNumber(form), form).toBe(true);
          expect(normalizeEnterpriseNumber(form), form).toBe(dotted);
          expect(enterpriseNumberDigits(form), form).toBe(digits);
        }
      }),
      { numRuns: 300, seed: 207 },
    );
  });

  it('refuses random near misses in the schema and the library alike', () => {
    let refused = 0;
    fc.assert(
      fc.property(validDigits, fc.nat(), fc.constantFrom(...spoilers), (digits, pick, spoil) => {
        const forms = formsOf(digits);
        const written = spoil(forms[pick % forms.length]!);
        // A change may land on another accepted form (a dropped last digit of a nine-digit
        // form is not one, but of a ten-digit one with a leading 0 it can be): then both
        // accept it; otherwise both refuse it.
        const accepted = schemaAccepts(written);
        expect(enterpriseNumberDigits(written) !== undefined, JSON.stringify(written)).toBe(
          accepted,
        );
        if (accepted) return;
        refused += 1;
        expectCode(() => normalizeEnterpriseNumber(written), 'invalid_enterprise_number');
      }),
      { numRuns: 1_000, seed: 97 },
    );
    // Nearly every change spoils the form: the agreement is about refusals, not a formality.
    expect(refused).toBeGreaterThan(900);
  });

  it('refuses check digits one off in the library, while the schema reads the form', () => {
    fc.assert(
      fc.property(validDigits, fc.constantFrom(-1, 1), (digits, delta) => {
        const check = (Number(digits.slice(8)) + delta + 100) % 100;
        const wrong = `${digits.slice(0, 8)}${String(check).padStart(2, '0')}`;
        for (const form of formsOf(wrong)) {
          expect(schemaAccepts(form), form).toBe(true);
          expect(isValidEnterpriseNumber(form), form).toBe(false);
          expectCode(() => normalizeEnterpriseNumber(form), 'invalid_enterprise_number');
        }
      }),
      { numRuns: 200, seed: 1 },
    );
  });

  it('holds the dotted form in the parsed proposal, for the applicant and every partner', () => {
    const doc = validDocument();
    doc.applicant.enterpriseNumber = 'BE 0207.123.407';
    doc.partners = [
      { name: 'OCMW Kempenveld', organisationType: 'ocmw', enterpriseNumber: 'BE0207432124' },
      {
        name: 'Gemeente Netedonk',
        organisationType: 'municipality',
        enterpriseNumber: '207 999 969',
      },
    ];
    const result = validate(doc);
    expect(result.success ? [] : result.issues.map((i) => i.code)).toEqual([]);
    if (!result.success) return;
    expect(result.data.application.applicant.enterpriseNumber).toBe('0207.123.407');
    expect(result.data.application.partners?.map((p) => p.enterpriseNumber)).toEqual([
      '0207.432.124',
      '0207.999.969',
    ]);
  });
});
