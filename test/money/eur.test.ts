import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { eur, isMoney, type Money } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

describe('eur', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['1000000', '1000000.00'],
    ['-5', '-5.00'],
    ['0', '0.00'],
    ['-0', '0.00'],
    ['007.10', '7.10'],
    ['1.230', '1.23'],
    ['10000000000000', '10000000000000.00'],
  ])('reads the decimal string %s', (input, amount) => {
    expect(eur(input).amount).toBe(amount);
  });

  it.each([
    [1234.5, '1234.50'],
    [12, '12.00'],
    [0.07, '0.07'],
    [-3.1, '-3.10'],
    [1e13, '10000000000000.00'],
  ])('reads the number %s through its shortest representation', (input, amount) => {
    expect(eur(input).amount).toBe(amount);
  });

  it('reads a Decimal from any copy or configuration of decimal.js', () => {
    const Other = Decimal.clone({ precision: 3, toExpPos: 2 });
    expect(eur(new Other('1234567.89')).amount).toBe('1234567.89');
    expect(eur(new Decimal('0.5')).amount).toBe('0.50');
  });

  it('returns a Money unchanged', () => {
    const m = eur('1');
    expect(eur(m)).toBe(m);
  });

  it('serialises to the plain two-decimal string', () => {
    expect(JSON.stringify({ m: eur('1000000') })).toBe('{"m":"1000000.00"}');
    expect(String(eur('2.5'))).toBe('2.50');
    // eslint-disable-next-line @typescript-eslint/restrict-template-expressions -- the point: Money in a template
    expect(`${eur('3')}`).toBe('3.00');
  });

  it('is frozen plain data', () => {
    const m = eur('1') as { amount: string };
    expect(Object.isFrozen(m)).toBe(true);
    expect(() => {
      m.amount = '2';
    }).toThrow(TypeError);
    expect(isMoney(m)).toBe(true);
    expect(isMoney({ currency: 'EUR', amount: '1.00' })).toBe(false);
  });

  it.each<[unknown, string]>([
    [Number.NaN, 'invalid_amount'],
    [Number.POSITIVE_INFINITY, 'invalid_amount'],
    [Number.NEGATIVE_INFINITY, 'invalid_amount'],
    ['', 'invalid_amount'],
    ['12,50', 'invalid_amount'],
    ['1e3', 'invalid_amount'],
    [' 12', 'invalid_amount'],
    ['+12', 'invalid_amount'],
    ['1.', 'invalid_amount'],
    ['.5', 'invalid_amount'],
    ['€12', 'invalid_amount'],
    [{}, 'invalid_amount'],
    [[], 'invalid_amount'],
    [null, 'invalid_amount'],
    [undefined, 'invalid_amount'],
    [true, 'invalid_amount'],
    [10n, 'invalid_amount'],
    [new Decimal(Number.NaN), 'invalid_amount'],
    [new Decimal(Number.POSITIVE_INFINITY), 'invalid_amount'],
    [0.1 + 0.2, 'amount_precision'],
    ['1.234', 'amount_precision'],
    [1.005, 'amount_precision'],
    [1e-7, 'amount_precision'],
    [new Decimal('0.001'), 'amount_precision'],
    ['10000000000000.01', 'amount_out_of_range'],
    ['-10000000000000.01', 'amount_out_of_range'],
    [1e14, 'amount_out_of_range'],
    [1e300, 'amount_out_of_range'],
    [new Decimal('1e20'), 'amount_out_of_range'],
    ['9'.repeat(100_000), 'amount_out_of_range'],
  ])('refuses %s with %s', (input, code) => {
    const error = expectCode(() => eur(input as Money), code as never);
    expect(error.message).toContain(code);
    expect(error.issues).toHaveLength(1);
  });

  it('puts the given path on the issue', () => {
    const error = expectCode(() => eur('x', { path: ['costs', 0, 'amount'] }), 'invalid_amount');
    expect(error.issues[0]?.path).toEqual(['costs', 0, 'amount']);
  });

  it('says what is wrong in Dutch and in English', () => {
    const error = expectCode(() => eur('12,50'), 'invalid_amount');
    expect(error.message).toContain('Ongeldig bedrag');
    expect(error.message).toContain('Invalid amount');
  });
});
