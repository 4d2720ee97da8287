import { describe, expect, it } from 'vitest';
import {
  applicationInputLimits,
  textLimits,
  validateApplication,
  type ApplicationValidationResult,
} from '../../src/applications/index.js';
import { createIssue } from '../../src/issues/index.js';
import type { CallCalendar } from '../../src/calls/index.js';
import { guardInput } from '../../src/applications/input/guardInput.js';
import { EXAMPLE_AT, validDocument } from './fixtures.js';

const limits = { maxTextLength: 1_000_000, maxNodes: 10_000, maxDepth: 32 };

function issuesOf(input: unknown, options = {}) {
  const result: ApplicationValidationResult = validateApplication(input, options);
  return result.success ? [] : result.issues;
}

function withDoc(change: (doc: any) => void): any {
  const doc = validDocument();
  change(doc);
  return doc;
}

describe('validateApplication refusing input that is too large', () => {
  it('says which limit was passed, where, and what the limits are', () => {
    expect(issuesOf('x'.repeat(1_000_001)).map((i) => [i.code, i.path, i.params])).toEqual([
      ['input_too_large', [], { reason: 'more than 1000000 characters of text', ...limits }],
    ]);
    expect(applicationInputLimits).toEqual(limits);
  });

  it('reads exactly 1,000,000 characters of text', () => {
    expect(issuesOf('x'.repeat(1_000_000)).map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('refuses objects nested deeper than 32 levels', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i += 1) deep = { a: deep };
    const issue = issuesOf(deep)[0];
    expect(issue?.code).toBe('input_too_large');
    expect(issue?.params['reason']).toBe('nested deeper than 32 levels');
    expect(issue?.path).toHaveLength(32);
  });

  it('refuses an object with more than 10,000 values, naming the count', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 10_001; i += 1) wide[`k${String(i)}`] = i;
    expect(issuesOf(wide)[0]?.params['reason']).toBe('more than 10000 values');
  });

  it('refuses a list that would pass 10,000 values at the list, counting forbidden keys', () => {
    const doc = (n: number): unknown =>
      JSON.parse(`{"constructor":1,"prototype":1,"partners":[${Array(n).fill('0').join(',')}]}`);
    // root, constructor, prototype and the list are 4 values; 9,996 items make 10,000.
    const refused = issuesOf(doc(9_997));
    expect(refused.map((i) => [i.code, i.path, i.params['reason']])).toEqual([
      ['input_too_large', ['partners'], 'more than 10000 values'],
    ]);
    expect(issuesOf(doc(9_996)).map((i) => i.code)).not.toContain('input_too_large');
  });

  it('refuses a cycle at the path where it closes', () => {
    const doc = validDocument();
    doc.project.self = doc.project;
    expect(issuesOf(doc).map((i) => [i.code, i.path, i.params])).toEqual([
      ['invalid_input', ['project', 'self'], { reason: 'a cyclic reference' }],
    ]);
  });

  it('refuses a value that throws when read, with one issue', () => {
    const doc = validDocument();
    Object.defineProperty(doc.project, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(doc).map((i) => [i.code, i.path, i.params])).toEqual([
      ['invalid_input', [], { reason: 'a value that cannot be read (a getter or proxy threw)' }],
    ]);
  });

  it('reports a forbidden key inside a list at its full path', () => {
    const doc = withDoc((d) => {
      d.procurement.costs[1] = JSON.parse(
        '{"category":"rd-services","amount":"950000.00","constructor":1}',
      );
    });
    expect(issuesOf(doc, { at: EXAMPLE_AT }).map((i) => [i.code, i.path, i.params])).toEqual([
      ['unknown_key', ['procurement', 'costs', 1, 'constructor'], { key: 'constructor' }],
    ]);
  });
});

describe('validateApplication structural issues', () => {
  it('shows a wrong value quoted, cut after 60 characters, or as its type', () => {
    const received = (value: unknown) =>
      issuesOf(withDoc((d) => (d.applicant.organisationType = value)))[0]?.params['received'];
    expect(received('x'.repeat(60))).toBe(JSON.stringify('x'.repeat(60)));
    expect(received('x'.repeat(61))).toBe(JSON.stringify(`${'x'.repeat(60)}…`));
    expect(received(5)).toBe('5');
    expect(received(true)).toBe('true');
    expect(received({})).toBe('object');
  });

  it('calls a key present with the value undefined missing', () => {
    const issues = issuesOf(
      withDoc((d) => {
        d.project = undefined;
        d.applicant.organisationType = undefined;
      }),
    );
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['required', ['applicant', 'organisationType']],
      ['required', ['project']],
    ]);
  });

  it('reads the rest of a proposal whose applicant is null', () => {
    const issues = issuesOf(
      withDoc((d) => {
        d.applicant = null;
        d.submittedAt = '2024-10-11T00:00:00+02:00';
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['invalid_type', 'submitted_after_deadline']);
  });

  it('reads a procurement given as undefined as absent, even when other parts do not parse', () => {
    const issues = issuesOf(
      withDoc((d) => {
        d.procurement = undefined;
        d.project.title = 5;
      }),
    );
    expect(issues.map((i) => i.code)).toEqual(['invalid_type', 'no_procurement_foreseen']);
  });

  it('counts a lone low surrogate, and a high one before a non-surrogate, as one character each', () => {
    const title = (text: string) =>
      issuesOf(withDoc((d) => (d.project.title = text))).map((i) => i.code);
    for (const unit of ['x\uDC00', '\uDC00\uDC00', '\uD800\uE000']) {
      expect(title(unit.repeat(textLimits.title / 2))).toEqual([]);
      expect(title(`${unit.repeat(textLimits.title / 2)}x`)).toEqual(['too_long']);
    }
  });

  it('counts characters beyond the Basic Multilingual Plane as one, at both ends of the range', () => {
    for (const char of ['\u{10000}', '\u{10FFFF}']) {
      const title = (n: number) =>
        issuesOf(withDoc((d) => (d.project.title = char.repeat(n)))).map((i) => i.code);
      expect(title(textLimits.title)).toEqual([]);
      expect(title(textLimits.title + 1)).toEqual(['too_long']);
    }
  });
});

describe('validateApplication options', () => {
  it('marks a bad at with option "at"', () => {
    const issue = issuesOf(validDocument(), { at: '2024-10-01' }).find(
      (i) => i.code === 'ambiguous_time',
    );
    expect(issue?.params).toEqual({ received: '2024-10-01', option: 'at' });
  });

  it('treats options that are not an object as none', () => {
    const doc = withDoc((d) => delete d.submittedAt);
    expect(validateApplication(doc, 'en' as never)).toEqual(validateApplication(doc));
  });

  it('turns an unexpected error into invalid_input, in the requested language, cut to 200 characters', () => {
    const calendar = {
      kind: 'pio-call-calendar',
      get entries(): never {
        throw new RangeError('x'.repeat(300));
      },
    } as unknown as CallCalendar;
    const result = validateApplication(validDocument(), { calendar, locale: 'en' });
    const reason = `an unexpected error while validating (${`RangeError: ${'x'.repeat(300)}`.slice(0, 200)})`;
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.issues.map((i) => [i.code, i.params])).toEqual([['invalid_input', { reason }]]);
      expect(result.issues[0]?.message).toBe(
        createIssue('invalid_input', { params: { reason }, locale: 'en' }).message,
      );
    }
  });
});

describe('guardInput copies', () => {
  it('into plain objects that never take a prototype from the input', () => {
    const input = JSON.parse(
      '{"a":{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},"b":[1,{"c":"d"}]}}',
    );
    const guarded = guardInput(input, 'en');
    const copy = guarded.value as { a: Record<string, unknown> };
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(Object.keys(copy.a)).toEqual(['b']);
    expect(copy.a['polluted']).toBeUndefined();
    expect(Object.hasOwn(copy.a, 'constructor')).toBe(false);
    expect(copy.a['b']).toEqual([1, { c: 'd' }]);
    expect(copy.a['b']).not.toBe(input.a.b);
    expect(guarded.issues.map((i) => i.path)).toEqual([
      ['a', '__proto__'],
      ['a', 'constructor'],
    ]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
