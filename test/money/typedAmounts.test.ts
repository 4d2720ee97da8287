import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocate,
  eur,
  multiply,
  parseEur,
  safeParseEur,
  type Money,
} from '../../src/money/index.js';
import { isPioRulesError } from '../../src/index.js';
import { cents, fromCents, toCents } from './cents.js';

// The one rule of docs/amounts.md, checked against an oracle written here without the library's
// regular expressions: a Dutch reader and an English reader each read a text, or do not.

const locales = ['nl', 'nl-BE', 'nl-NL', 'en', 'en-GB', 'en-US'] as const;
const locale = fc.constantFrom(...locales);

/** An exact number: `n / 10^scale`. */
interface Exact {
  readonly n: bigint;
  readonly scale: number;
}

const isDigits = (text: string): boolean =>
  text !== '' && [...text].every((c) => c >= '0' && c <= '9');

/** How a reader with this decimal sign and this group sign reads a bare number, if at all. */
function readAs(body: string, decimalSign: string, groupSign: string): Exact | undefined {
  const parts = body.split(decimalSign);
  if (parts.length > 2) return undefined;
  const [whole = '', decimals] = parts;
  if (decimals !== undefined && !isDigits(decimals)) return undefined;
  const groups = whole.split(groupSign);
  if (!groups.every(isDigits)) return undefined;
  const [first = '', ...rest] = groups;
  if (rest.length === 0) {
    if (first.length > 1 && first.startsWith('0')) return undefined;
  } else if (first.length > 3 || first.startsWith('0') || rest.some((g) => g.length !== 3)) {
    return undefined;
  }
  return { n: BigInt(groups.join('') + (decimals ?? '')), scale: decimals?.length ?? 0 };
}

const dutchReader = (body: string) => readAs(body, ',', '.');
const englishReader = (body: string) => readAs(body, '.', ',');
const same = (a: Exact, b: Exact): boolean =>
  a.n * 10n ** BigInt(b.scale) === b.n * 10n ** BigInt(a.scale);
/** The cents of an exact number, or `undefined` when it is not exact to the cent. */
const centsOf = (x: Exact): bigint | undefined =>
  (x.n * 100n) % 10n ** BigInt(x.scale) === 0n ? (x.n * 100n) / 10n ** BigInt(x.scale) : undefined;
const exactOf = (decimal: string): Exact => {
  const [whole = '', fraction = ''] = decimal.replace('-', '').split('.');
  return { n: BigInt(whole + fraction), scale: fraction.length };
};

type Expected =
  | { readonly cents: bigint }
  | { readonly refused: 'malformed' | 'precision' | 'amount_out_of_range' }
  | { readonly refused: 'ambiguous'; readonly readings: readonly [Exact, Exact] };

/** What the documented rule says of a text of digits, points, commas and spaces. */
function oracle(text: string): Expected {
  const body = text.trim();
  const dutch = body.includes(' ') ? undefined : dutchReader(body);
  const english = body.includes(' ') ? undefined : englishReader(body);
  if (dutch !== undefined && english !== undefined && !same(dutch, english))
    return { refused: 'ambiguous', readings: [dutch, english] };
  const one = dutch ?? english;
  if (one === undefined) return { refused: 'malformed' };
  const c = centsOf(one);
  if (c === undefined) return { refused: 'precision' };
  if (c > 10n ** 15n) return { refused: 'amount_out_of_range' };
  return { cents: c };
}

/** What the library did with a text, in the oracle's terms. */
function outcome(text: string, tag: (typeof locales)[number]): Expected {
  const result = safeParseEur(text, { locale: tag });
  if (result.success) return { cents: toCents(result.data) };
  expect(result.issues).toHaveLength(1);
  const [found] = result.issues;
  if (found?.code === 'amount_out_of_range') return { refused: 'amount_out_of_range' };
  expect(found?.code).toBe('invalid_amount');
  const params = found?.code === 'invalid_amount' ? found.params : undefined;
  expect(params?.received).toBe(JSON.stringify(text));
  if (params?.typed === 'ambiguous') {
    const [dutch = '', english = ''] = params.readings ?? [];
    return { refused: 'ambiguous', readings: [exactOf(dutch), exactOf(english)] };
  }
  expect(params?.readings).toBeUndefined();
  return { refused: params?.typed === 'precision' ? 'precision' : 'malformed' };
}

function expectAsOracle(text: string, tag: (typeof locales)[number]): void {
  const expected = oracle(text);
  const actual = outcome(text, tag);
  if ('readings' in expected && 'readings' in actual) {
    expect(same(actual.readings[0], expected.readings[0]), text).toBe(true);
    expect(same(actual.readings[1], expected.readings[1]), text).toBe(true);
  } else {
    expect(actual, text).toEqual(expected);
  }
}

const digit = fc.constantFrom('0', '0', '1', '2', '5', '9');
const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: digit, minLength, maxLength });

/** Random texts over digits, points, commas and spaces. */
const noise = fc.string({
  unit: fc.constantFrom('0', '1', '5', '9', '.', ',', ' '),
  maxLength: 14,
});

/** Texts that look like numbers: groups of digits, one separator, maybe a decimal part. */
const nearNumbers = fc
  .tuple(
    fc.array(digits(1, 4), { minLength: 1, maxLength: 5 }),
    fc.constantFrom('.', ',', ' '),
    fc.option(fc.tuple(fc.constantFrom('.', ','), digits(0, 4)), { nil: undefined }),
    fc.constantFrom('', ' ', '  '),
  )
  .map(
    ([groups, separator, decimals, padding]) =>
      `${padding}${groups.join(separator)}${decimals === undefined ? '' : decimals.join('')}${padding}`,
  );

/** `1234567` with a separator between groups of three: `1.234.567`. */
function grouped(euros: bigint, separator: string): string {
  const text = euros.toString();
  const first = text.length % 3 || 3;
  const parts = [text.slice(0, first)];
  for (let i = first; i < text.length; i += 3) parts.push(text.slice(i, i + 3));
  return parts.join(separator);
}

/**
 * Every accepted spelling of an amount: plain, Dutch with and without groups, English grouped;
 * two decimals, one when the second is 0, none when there are no cents, trailing zeros; the
 * euro sign or `EUR` before or after, with and without spaces, the minus sign where it may go.
 * A whole number with one group separator is left out: it is ambiguous (tested below).
 */
function spellings(c: bigint): string[] {
  const size = c < 0n ? -c : c;
  const euros = size / 100n;
  const two = (size % 100n).toString().padStart(2, '0');
  const decimals = [two, `${two}00`, ...(two.endsWith('0') ? [two.slice(0, 1)] : [])];
  const plain = euros.toString();
  const dutch = grouped(euros, '.');
  const english = grouped(euros, ',');
  const bodies = [
    ...decimals.flatMap((d) => [
      `${plain}.${d}`,
      `${plain},${d}`,
      `${dutch},${d}`,
      `${english}.${d}`,
    ]),
    ...(two === '00' ? [plain] : []),
    ...(two === '00' && euros >= 1_000_000n ? [dutch, english] : []),
  ];
  const affixed = (b: string): string[] => [
    b,
    `€${b}`,
    `€ ${b}`,
    `${b} €`,
    `${b}€`,
    `EUR ${b}`,
    `${b} EUR`,
    `eur${b}`,
    `\u00a0€\u00a0${b}\u00a0`,
    `  ${b}  `,
  ];
  if (c >= 0n) return bodies.flatMap(affixed);
  return bodies.flatMap((b) => [
    ...affixed(b).map((text) => `-${text}`),
    `€ -${b}`,
    `€-${b}`,
    `EUR -${b}`,
    `- € ${b}`,
    `-${b} EUR`,
  ]);
}

describe('typed amounts: the one rule of docs/amounts.md', () => {
  it('reads every accepted spelling of any amount back to the same cents, in every locale', () => {
    fc.assert(
      fc.property(cents, locale, (c, tag) => {
        const m = fromCents(c);
        for (const text of spellings(c)) {
          const read = safeParseEur(text, { locale: tag });
          expect(read.success ? read.data : read.issues[0]?.message, text).toEqual(m);
        }
      }),
    );
  });

  it('gives every random text of digits, points, commas and spaces the oracle’s verdict', () => {
    fc.assert(
      fc.property(fc.oneof(noise, nearNumbers), locale, (text, tag) => expectAsOracle(text, tag)),
      {
        numRuns: 2000,
      },
    );
  });

  it('never reads a text as a number other than the Dutch or the English reading', () => {
    fc.assert(
      fc.property(fc.oneof(noise, nearNumbers), locale, (text, tag) => {
        const read = safeParseEur(text, { locale: tag });
        if (!read.success) return;
        const readings = [dutchReader(text.trim()), englishReader(text.trim())].filter(
          (x): x is Exact => x !== undefined,
        );
        expect(readings.length).toBeGreaterThan(0);
        for (const reading of readings) expect(centsOf(reading)).toBe(toCents(read.data));
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a whole number with one point or one comma before three digits, giving both readings', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.integer({ min: 0, max: 999 }),
        fc.boolean(),
        fc.boolean(),
        locale,
        (head, tail, comma, negative, tag) => {
          const three = String(tail).padStart(3, '0');
          const text = `${negative ? '-' : ''}€ ${head}${comma ? ',' : '.'}${three}`;
          const read = safeParseEur(text, { locale: tag });
          expect(read.success).toBe(false);
          if (read.success) return;
          const thousands = new Decimal(head).times(1000).plus(tail);
          const fraction = new Decimal(`${head}.${three}`);
          const [dutch, english] = comma ? [fraction, thousands] : [thousands, fraction];
          const sign = negative ? -1 : 1;
          expect(read.issues[0]?.params).toEqual({
            received: JSON.stringify(text),
            typed: 'ambiguous',
            readings: [dutch.times(sign).toFixed(), english.times(sign).toFixed()],
          });
          expect(read.issues[0]?.message).toMatch(
            tag.startsWith('en') ? /^Ambiguous amount: / : /^Dubbelzinnig bedrag: /,
          );
        },
      ),
    );
  });

  it('refuses 0.005 and 00.005 with invalid_amount (0.005 is not 5 euro)', () => {
    for (const tag of locales) {
      for (const text of ['0.005', '00.005', '0,005', '00,005', '€ 0.005', '-0.005']) {
        const read = safeParseEur(text, { locale: tag });
        expect(read.success, text).toBe(false);
        if (!read.success) expect(read.issues.map((i) => i.code)).toEqual(['invalid_amount']);
      }
    }
    expect(() => parseEur('0.005')).toThrow(/meer dan twee decimalen/);
    expect(() => parseEur('00.005', { locale: 'en' })).toThrow(/Invalid amount: "00\.005"/);
    const error = (() => {
      try {
        return parseEur('0.005');
      } catch (e) {
        return e;
      }
    })();
    expect(isPioRulesError(error) && error.issues[0]?.params).toEqual({
      received: '"0.005"',
      typed: 'precision',
    });
  });

  it('reads 1.50 as 1.50 and 1.500,00 as 1500, and refuses 1.500 as ambiguous', () => {
    for (const tag of locales) {
      expect(parseEur('1.50', { locale: tag }).data.amount).toBe('1.50');
      expect(parseEur('1.500,00', { locale: tag }).data.amount).toBe('1500.00');
      const ambiguous = safeParseEur('1.500', { locale: tag });
      expect(ambiguous.success ? undefined : ambiguous.issues[0]?.params).toEqual({
        received: '"1.500"',
        typed: 'ambiguous',
        readings: ['1500', '1.5'],
      });
    }
  });

  it('reads every example of docs/amounts.md as the table says, in every locale', () => {
    const root = resolve(import.meta.dirname, '../..');
    const doc = readFileSync(join(root, 'docs/amounts.md'), 'utf8');
    const rows = [...doc.matchAll(/^\| `([^`]+)` +\| ([^|]+)\|/gm)].map(
      ([, text = '', read = '']) => [text, read.trim()] as const,
    );
    expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(rows.map(([text]) => text)).toEqual(
      expect.arrayContaining(['1.500', '1.50', '1.500,00', '0.005', '00.005']),
    );
    for (const [text, read] of rows) {
      for (const tag of locales) {
        const result = safeParseEur(text, { locale: tag });
        if (read === 'refused') {
          expect(result.success, text).toBe(false);
          if (!result.success) expect(result.issues[0]?.code, text).toBe('invalid_amount');
        } else {
          expect(result.success ? result.data : result.issues, text).toEqual(eur(read));
        }
      }
    }
  });
});

describe('ratios and rates given as JS numbers', () => {
  // Numbers whose shortest text may use an exponent: 1e-7, 1.5e-10, 1e21, ...
  const rate = fc.oneof(
    fc.double({ min: 0, max: 1e25, noNaN: true, noDefaultInfinity: true }),
    fc
      .tuple(fc.integer({ min: 1, max: 99 }), fc.integer({ min: -30, max: 25 }))
      .map(([m, e]) => Number(`${String(m)}e${String(e)}`)),
    fc.constantFrom(1e-7, 1.5e-10, 1e21, 5e-324, Number.MAX_SAFE_INTEGER),
  );
  /** The number's shortest representation written out without an exponent. */
  const written = (x: number): string => new Decimal(String(x)).toFixed();
  const attempt = <T>(run: () => T): T | string => {
    try {
      return run();
    } catch (error) {
      return isPioRulesError(error) ? error.code : String(error);
    }
  };

  it('multiplies by a number exactly as by its shortest representation', () => {
    fc.assert(
      fc.property(
        cents,
        rate,
        fc.constantFrom('down', 'up', 'halfUp', 'halfEven'),
        (c, x, mode) => {
          fc.pre(written(x).length <= 60);
          const m: Money = fromCents(c);
          expect(attempt(() => multiply(m, x, mode))).toEqual(
            attempt(() => multiply(m, written(x), mode)),
          );
        },
      ),
    );
    expect(multiply(eur('1.00'), 1e-7, 'down').amount).toBe('0.00');
    expect(multiply(eur('1.00'), 1e-7, 'up').amount).toBe('0.01');
    expect(multiply(eur('1000000.00'), 1.5e-10, 'up').amount).toBe('0.01');
    expect(multiply(eur('0.00'), 1e21, 'halfEven').amount).toBe('0.00');
  });

  it('allocates by numbers exactly as by their shortest representations', () => {
    fc.assert(
      fc.property(cents, fc.array(rate, { minLength: 1, maxLength: 4 }), (c, ratios) => {
        fc.pre(ratios.every((x) => written(x).length <= 60));
        const m = fromCents(c);
        expect(attempt(() => allocate(m, ratios))).toEqual(
          attempt(() => allocate(m, ratios.map(written))),
        );
      }),
    );
    expect(allocate(eur('1.00'), [1e-7, 1]).map((x) => x.amount)).toEqual(['0.00', '1.00']);
    expect(allocate(eur('1.00'), [1.5e-10, 1e21]).map((x) => x.amount)).toEqual(['0.00', '1.00']);
  });
});
