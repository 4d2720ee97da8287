import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { add, allocate, eur, multiply, sum } from '../../src/money/index.js';
import { expectCode } from '../helpers/expectCode.js';

const paramsOf = (run: () => unknown, code: Parameters<typeof expectCode>[1]) =>
  expectCode(run, code).issues[0]?.params;

describe('money issues say what was received, as data', () => {
  it('for eur', () => {
    expect(expectCode(() => eur('12,50'), 'invalid_amount').issues[0]).toMatchObject({
      path: [],
      params: { received: '"12,50"' },
    });
    expect(paramsOf(() => eur(Number.NaN), 'invalid_amount')).toEqual({ received: 'NaN' });
    expect(paramsOf(() => eur(true as never), 'invalid_amount')).toEqual({ received: 'boolean' });
    expect(paramsOf(() => eur(undefined as never), 'invalid_amount')).toEqual({
      received: 'nothing',
    });
    expect(paramsOf(() => eur(1e14), 'amount_out_of_range')).toEqual({
      received: '100000000000000',
      maximum: '10000000000000',
    });
    expect(paramsOf(() => eur('1'.repeat(50)), 'amount_out_of_range')).toEqual({
      received: `${'1'.repeat(40)}…`,
      maximum: '10000000000000',
    });
    expect(paramsOf(() => eur('1.234'), 'amount_precision')).toEqual({ received: '1.234' });
    expect(paramsOf(() => eur(new Decimal('0.001')), 'amount_precision')).toEqual({
      received: '0.001',
    });
    expect(paramsOf(() => eur('x'.repeat(100)), 'amount_out_of_range')).toEqual({
      received: `${'x'.repeat(40)}…`,
      maximum: '10000000000000',
    });
  });

  it('for numbers too small to be cents', () => {
    expect(paramsOf(() => eur(1e-7), 'amount_precision')).toEqual({ received: '1e-7' });
  });

  it('refuses an object that only looks like a Decimal', () => {
    expectCode(() => eur({ toStringTag: '[object Decimal]' } as never), 'invalid_amount');
    const fake = { toStringTag: '[object Decimal]', toFixed: () => 'abc', isFinite: () => true };
    expect(paramsOf(() => eur(fake as never), 'invalid_amount')).toEqual({ received: '"abc"' });
  });

  it('for arithmetic, with the position of the argument', () => {
    expect(
      expectCode(() => add(eur('10000000000000'), eur('1')), 'amount_out_of_range').issues[0],
    ).toMatchObject({
      path: [],
      params: { received: '10000000000001', maximum: '10000000000000' },
    });
    expect(
      expectCode(() => sum([eur('1'), {} as never]), 'invalid_amount').issues[0],
    ).toMatchObject({ path: [1], params: { received: 'object' } });
  });

  it('for rates, ratios and rounding modes', () => {
    expect(paramsOf(() => multiply(eur('1'), '-0.5', 'down'), 'invalid_ratio')).toEqual({
      received: '-0.5',
      problem: 'malformed',
    });
    expect(paramsOf(() => allocate(eur('1'), []), 'invalid_ratio')).toEqual({
      received: '[]',
      problem: 'none',
    });
    expect(paramsOf(() => allocate(eur('1'), ['0', '0.0']), 'invalid_ratio')).toEqual({
      received: '0',
      problem: 'all_zero',
    });
    expect(
      paramsOf(() => multiply(eur('1'), '0.5', 'sideways' as never), 'invalid_rounding_mode'),
    ).toEqual({
      received: 'sideways',
      expected: ['down', 'halfUp', 'halfEven', 'up'],
    });
  });

  it('never carries a message or English text in its params', () => {
    const error = expectCode(() => eur('12,50'), 'invalid_amount');
    const params = JSON.stringify(error.issues[0]?.params);
    expect(params).not.toMatch(/expected|such as|decimal string/);
  });
});
