import { describe, expect, it } from 'vitest';
import { issue, type IssueData } from '../../src/issues/issue.js';
import { attempt, Refusal, refuse } from '../../src/issues/Refusal.js';
import { refusalOf } from './refusalOf.js';

describe('refuse', () => {
  it('throws a Refusal carrying one issue as data, at the path given', () => {
    const issues = refusalOf(() => refuse('unknown_call', { callId: '2031-9' }, ['callId']));
    expect(issues).toEqual([
      { code: 'unknown_call', severity: 'error', path: ['callId'], params: { callId: '2031-9' } },
    ]);
  });

  it('refuses at the root when no path is given', () => {
    expect(refusalOf(() => refuse('required', {}))[0]?.path).toEqual([]);
  });
});

describe('Refusal', () => {
  it('is an Error named Refusal whose message is the first code', () => {
    const refusal = new Refusal([issue('required', {}), issue('no_cost_lines', {})]);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal.name).toBe('Refusal');
    expect(refusal.message).toBe('required');
    expect(refusal.issues).toHaveLength(2);
    expect(new Refusal([]).message).toBe('refused');
  });
});

describe('attempt', () => {
  it('returns what the function returns and adds nothing', () => {
    const issues: IssueData[] = [];
    expect(attempt(issues, () => 42)).toBe(42);
    expect(issues).toEqual([]);
  });

  it('collects the issues of a refusal and returns undefined, so the next check still runs', () => {
    const issues: IssueData[] = [];
    expect(attempt(issues, () => refuse('required', {}, ['a']))).toBeUndefined();
    expect(attempt(issues, () => refuse('required', {}, ['b']))).toBeUndefined();
    expect(issues.map((i) => i.path)).toEqual([['a'], ['b']]);
  });

  it('lets any other exception pass on', () => {
    const issues: IssueData[] = [];
    expect(() =>
      attempt(issues, () => {
        throw new RangeError('boom');
      }),
    ).toThrow(RangeError);
    expect(issues).toEqual([]);
  });
});
