import { describe, expect, it } from 'vitest';
import {
  computeCofinancing,
  computeExpertiseSupport,
  explainCofinancing,
  safeComputeCofinancing,
  safeComputeExpertiseSupport,
} from '../../src/cofinancing/index.js';
import { isPioRulesError } from '../../src/issues/index.js';

/** Values that break careless code: cycles, sparse and deep arrays, huge texts, odd kinds. */
function hostileValues(): [string, () => unknown][] {
  const deep = (n: number, wrap: (inner: unknown) => unknown) => {
    let value: unknown = 1;
    for (let i = 0; i < n; i += 1) value = wrap(value);
    return value;
  };
  return [
    [
      'a cycle',
      () => {
        const cyclic: Record<string, unknown> = { category: 'rd-services', amount: '1' };
        cyclic['self'] = cyclic;
        return cyclic;
      },
    ],
    [
      'a cyclic array',
      () => {
        const list: unknown[] = [];
        list.push(list);
        return list;
      },
    ],
    ['a sparse array of length 2^32 - 1', () => new Array<unknown>(2 ** 32 - 1)],
    ['a 20,000-deep array', () => deep(20_000, (inner) => [inner])],
    ['a 20,000-deep object', () => deep(20_000, (inner) => ({ costs: inner }))],
    ['a 10 MB text', () => 'x'.repeat(10_000_000)],
    ['a 10 MB digit text', () => '9'.repeat(10_000_000)],
    [
      '__proto__ from JSON',
      (): unknown => JSON.parse('{"__proto__": {"polluted": true}, "amount": "1"}'),
    ],
    ['null', () => null],
    ['NaN', () => Number.NaN],
    ['Infinity', () => Number.POSITIVE_INFINITY],
    ['-0', () => -0],
    ['a bigint', () => 10n],
    ['a symbol', () => Symbol('x')],
    ['a function', () => () => 1],
    ['an invalid Date', () => new Date(Number.NaN)],
    ['an object with constructor', () => ({ constructor: { prototype: { polluted: true } } })],
  ];
}

const line = (amount: unknown) => ({ category: 'rd-services', amount });

/** Where a hostile value is put: every argument and option of every public function. */
const places: [string, (value: unknown) => () => unknown][] = [
  ['the cofinancing input', (v) => () => safeComputeCofinancing(v as never)],
  ['costs', (v) => () => safeComputeCofinancing({ costs: v } as never)],
  ['a cost line', (v) => () => safeComputeCofinancing({ costs: [v] } as never)],
  ['an amount', (v) => () => safeComputeCofinancing({ costs: [line(v)] } as never)],
  [
    'a label',
    (v) => () => safeComputeCofinancing({ costs: [{ ...line('1'), label: v }] } as never),
  ],
  [
    'a category',
    (v) => () => safeComputeCofinancing({ costs: [{ category: v, amount: '1' }] } as never),
  ],
  ['estimatedCost', (v) => () => safeComputeCofinancing({ estimatedCost: v } as never)],
  ['phases', (v) => () => safeComputeCofinancing({ phases: v } as never)],
  [
    'a phase id',
    (v) => () =>
      safeComputeCofinancing({ phases: [{ id: v, label: 'A', costs: [line('1')] }] } as never),
  ],
  ['vat', (v) => () => safeComputeCofinancing({ estimatedCost: '1', vat: v } as never)],
  ['requested', (v) => () => safeComputeCofinancing({ estimatedCost: '1', requested: v } as never)],
  ['the options', (v) => () => safeComputeCofinancing({ estimatedCost: '1' }, v as never)],
  ['at', (v) => () => safeComputeCofinancing({ estimatedCost: '1' }, { at: v as never })],
  [
    'a call id',
    (v) => () =>
      safeComputeCofinancing(
        { estimatedCost: '1' },
        { at: { id: v, deadlineDate: '2024-04-18' } as never },
      ),
  ],
  [
    'a deadline date',
    (v) => () =>
      safeComputeCofinancing({ estimatedCost: '1' }, { at: { id: 'c', deadlineDate: v } as never }),
  ],
  [
    'parameters',
    (v) => () => safeComputeCofinancing({ estimatedCost: '1' }, { parameters: v as never }),
  ],
  [
    'capOverride',
    (v) => () => safeComputeCofinancing({ estimatedCost: '1' }, { capOverride: v as never }),
  ],
  ['locale', (v) => () => safeComputeCofinancing({ estimatedCost: '1' }, { locale: v as never })],
  [
    'the throwing twin',
    (v) => () => computeCofinancing({ costs: [line(v)] } as never, { at: v as never }),
  ],
  ['the expertise input', (v) => () => safeComputeExpertiseSupport(v as never)],
  ['the requested expertise', (v) => () => safeComputeExpertiseSupport({ requested: v } as never)],
  [
    'the expertise options',
    (v) => () => safeComputeExpertiseSupport({ requested: '1' }, v as never),
  ],
  [
    'the expertise at',
    (v) => () => computeExpertiseSupport({ requested: '1' }, { at: v as never }),
  ],
  ['a result to explain', (v) => () => explainCofinancing(v as never)],
  ['an explanation', (v) => () => explainCofinancing({ explanation: v } as never)],
  ['a step', (v) => () => explainCofinancing({ explanation: [v] } as never)],
  [
    'step params',
    (v) => () =>
      explainCofinancing({
        explanation: [{ code: 'cost_line_excluded', params: v, parameters: [], assumption: false }],
      } as never),
  ],
  [
    'a step param',
    (v) => () =>
      explainCofinancing({
        explanation: [
          {
            code: 'phase_share',
            params: { label: v, phaseId: v, base: '1.00', share: '1.00' },
            parameters: [],
            assumption: v,
          },
        ],
      } as never),
  ],
  ['the explain options', (v) => () => explainCofinancing({ explanation: [] }, v as never)],
];

describe('the public cofinancing functions given hostile values', () => {
  const prototypeKeys = () =>
    [Object.prototype, Array.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join());
  const before = prototypeKeys();

  for (const [where, call] of places)
    it(`return a result or throw PioRulesError for anything in ${where}`, () => {
      for (const [what, make] of hostileValues()) {
        const value = make();
        const started = Date.now();
        let outcome: unknown;
        try {
          outcome = call(value)();
        } catch (error) {
          expect(isPioRulesError(error), `${what}: threw ${String(error)}`).toBe(true);
          outcome = undefined;
        }
        expect(Date.now() - started, what).toBeLessThan(2_000);
        if (outcome !== undefined && !Array.isArray(outcome)) {
          const result = outcome as { success?: unknown; issues?: unknown[] };
          expect(typeof result.success, what).toBe('boolean');
          if (result.success === false) expect(result.issues?.length, what).toBeGreaterThan(0);
        }
        if (typeof value === 'object' && value !== null)
          expect(Object.isFrozen(value), what).toBe(false);
        expect(({} as { polluted?: unknown }).polluted, what).toBeUndefined();
      }
      expect(prototypeKeys()).toEqual(before);
    });
});

describe('explainCofinancing given a huge amount in a step', () => {
  // Writing an amount groups its digits by three (the locale's formatter), in linear time.
  it('writes a 10 MB amount in bounded time', () => {
    const amount = '9'.repeat(10_000_000);
    const started = Date.now();
    explainCofinancing({
      explanation: [
        { code: 'maximum', params: { maximum: amount }, parameters: [], assumption: false },
      ],
    });
    expect(Date.now() - started).toBeLessThan(2_000);
  });
});
