import { describe, expect, it } from 'vitest';
import { errorsFirst, issue, withPathPrefix } from '../../src/issues/issue.js';

describe('issue', () => {
  it('makes an error at the root by default, with nothing but code, severity, path and params', () => {
    const made = issue('required', {});
    expect(made).toEqual({ code: 'required', severity: 'error', path: [], params: {} });
    expect(Object.keys(made)).toEqual(['code', 'severity', 'path', 'params']);
    expect('message' in made).toBe(false);
  });

  it('keeps the severity and the source it is given, and leaves out a source it is not', () => {
    const source = { title: 'Reglement PIO', url: 'https://www.vlaio.be/pio' };
    const made = issue(
      'cap_overridden',
      { indicativeCap: '1000000.00', cap: '1200000.00' },
      {
        severity: 'warning',
        source,
      },
    );
    expect(made.severity).toBe('warning');
    expect(made.source).toBe(source);
    expect('source' in issue('required', {}, { source: undefined })).toBe(false);
  });

  it('copies the path, so a later change to the caller’s path changes nothing, and never freezes it', () => {
    const path: (string | number)[] = ['costs', 0];
    const made = issue('required', {}, { path });
    path.push('amount');
    expect(made.path).toEqual(['costs', 0]);
    expect(made.path).not.toBe(path);
    expect(Object.isFrozen(path)).toBe(false);
    expect(Object.isFrozen(made.path)).toBe(true);
  });

  it('freezes the issue and the params it is given (the library makes them fresh for each issue)', () => {
    const params = { key: 'x' };
    const made = issue('unknown_key', params);
    expect(Object.isFrozen(made)).toBe(true);
    expect(Object.isFrozen(made.params)).toBe(true);
    expect(made.params).toBe(params);
    expect(() => {
      (made as { severity: string }).severity = 'warning';
    }).toThrow(TypeError);
  });
});

describe('withPathPrefix', () => {
  it('places an issue inside the document it belongs to, leaving the original as it was', () => {
    const inner = issue('negative_amount', { amount: '-1.00' }, { path: [0, 'amount'] });
    const placed = withPathPrefix(['procurement', 'costs'], inner);
    expect(placed.path).toEqual(['procurement', 'costs', 0, 'amount']);
    expect(placed.params).toBe(inner.params);
    expect(placed.code).toBe('negative_amount');
    expect(inner.path).toEqual([0, 'amount']);
    expect(Object.isFrozen(placed)).toBe(true);
    expect(Object.isFrozen(placed.path)).toBe(true);
  });
});

describe('errorsFirst', () => {
  it('puts the errors before the warnings, each in the order found', () => {
    const w1 = issue('required', {}, { path: ['w1'], severity: 'warning' });
    const e1 = issue('required', {}, { path: ['e1'] });
    const w2 = issue('required', {}, { path: ['w2'], severity: 'warning' });
    const e2 = issue('required', {}, { path: ['e2'] });
    expect(errorsFirst([w1, e1, w2, e2]).map((i) => i.path[0])).toEqual(['e1', 'e2', 'w1', 'w2']);
    expect(errorsFirst([])).toEqual([]);
  });
});
