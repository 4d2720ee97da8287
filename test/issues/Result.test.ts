import { describe, expect, it, vi } from 'vitest';
import { issue } from '../../src/issues/issue.js';
import { outcome, succeed } from '../../src/issues/Result.js';

const warning = issue(
  'cap_overridden',
  { indicativeCap: '1.00', cap: '2.00' },
  { severity: 'warning' },
);
const error = issue('no_cost_lines', {});

describe('succeed', () => {
  it('makes the one success shape, without warnings by default', () => {
    expect(succeed(1)).toEqual({ success: true, data: 1, warnings: [] });
    expect(succeed('x', [warning])).toEqual({ success: true, data: 'x', warnings: [warning] });
  });
});

describe('outcome', () => {
  it('succeeds with the issues as warnings when none is an error', () => {
    expect(outcome([], () => 'data')).toEqual({ success: true, data: 'data', warnings: [] });
    expect(outcome([warning], () => 'data')).toEqual({
      success: true,
      data: 'data',
      warnings: [warning],
    });
  });

  it('fails with every issue, errors first, when one is an error, without making the data', () => {
    const data = vi.fn(() => 'data');
    const failed = outcome([warning, error], data);
    expect(failed).toEqual({ success: false, issues: [error, warning] });
    expect('data' in failed).toBe(false);
    expect(data).not.toHaveBeenCalled();
  });
});
