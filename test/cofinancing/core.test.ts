import { describe, expect, it } from 'vitest';
import {
  computeCore,
  expertiseCore,
  type CoreInput,
  type RulesAt,
} from '../../src/cofinancing/core.js';
import type { IssueData } from '../../src/issues/index.js';
import { eur } from '../../src/money/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
} from '../../src/parameters/index.js';

const latest: RulesAt = { date: null, callId: null };
const proposal = (amounts: readonly string[], rest: Partial<CoreInput> = {}): CoreInput => ({
  lines: amounts.map((amount, i) => ({
    path: ['procurement', 'costs', i],
    category: 'rd-services',
    amount: eur(amount),
  })),
  vat: 'excluded',
  ...rest,
});
const summary = (issues: readonly IssueData[]) => issues.map((i) => [i.code, i.path]);

describe('computeCore (the computation on checked lines, as validateApplication runs it)', () => {
  it('computes from lines at the paths of the proposal, with no text anywhere', () => {
    const outcome = computeCore(
      proposal(['1500000.00', '700000.00'], { requested: eur('1200000') }),
      defaultParameters,
      latest,
    );
    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(outcome.data.maximum.amount).toBe('1000000.00');
    expect(outcome.data.eligible.map((l) => l.path)).toEqual([
      ['procurement', 'costs', 0],
      ['procurement', 'costs', 1],
    ]);
    expect(outcome.data.explanation[1]?.params).toMatchObject({ line: 'procurement.costs[0]' });
    expect(outcome.warnings).toEqual([
      {
        code: 'requested_above_maximum',
        severity: 'warning',
        path: ['requested'],
        params: { requested: '1200000.00', maximum: '1000000.00', granted: '1000000.00' },
      },
    ]);
    expect('message' in (outcome.warnings[0] ?? {})).toBe(false);
  });

  it('uses the rules of the date and call it is given', () => {
    const outcome = computeCore(proposal(['100']), defaultParameters, {
      date: '2019-06-14',
      callId: '2019-1',
    });
    expect(outcome.success && [outcome.data.ruleDate, outcome.data.callId]).toEqual([
      '2019-06-14',
      '2019-1',
    ]);
    expect(outcome.success && outcome.data.explanation[0]?.code).toBe('parameters_at_call');
  });

  it('places a sum beyond 10^13 euro at the list of the lines', () => {
    const outcome = computeCore(
      proposal(['9000000000000', '9000000000000']),
      defaultParameters,
      latest,
    );
    expect(outcome.success || summary(outcome.issues)).toEqual([
      ['amount_out_of_range', ['procurement', 'costs']],
    ]);
  });

  it('fails with the issue of a missing parameter at the root', () => {
    const only = createParameterRegistry([getDefinition('cofinancing.maxRate')]).data;
    const none = computeCore(proposal(['1']), only, latest);
    expect(none.success || summary(none.issues)).toEqual([['unknown_parameter', []]]);
    const early = computeCore(proposal(['1']), defaultParameters, {
      date: '2010-01-01',
      callId: null,
    });
    expect(early.success || summary(early.issues)).toEqual([['no_parameter_value', []]]);
  });

  it('computes no lines as nothing to cofinance', () => {
    const outcome = computeCore({ lines: [], vat: 'non-recoverable' }, defaultParameters, latest);
    expect(
      outcome.success && [outcome.data.eligibleBase.amount, outcome.data.maximum.amount],
    ).toEqual(['0.00', '0.00']);
  });

  it('holds the frozen path of a line as it is given (a path of the library making)', () => {
    const path = Object.freeze(['procurement', 'costs', 0]);
    const outcome = computeCore(
      { lines: [{ path, category: 'validation', amount: eur('1'), label: 'x' }], vat: 'excluded' },
      defaultParameters,
      latest,
    );
    expect(outcome.success && outcome.data.eligible[0]?.path).toBe(path);
  });
});

describe('expertiseCore', () => {
  it('compares a checked amount with the indicative maximum, its warning as data', () => {
    const above = expertiseCore(eur('30000.01'), defaultParameters, latest);
    expect(above.success && above.data.aboveIndicativeMax).toBe(true);
    expect(above.success && above.warnings.map((w) => [w.code, w.path, w.params])).toEqual([
      [
        'expertise_above_indicative_max',
        ['requested'],
        { requested: '30000.01', maximum: '30000.00' },
      ],
    ]);
    const within = expertiseCore(eur('25000'), defaultParameters, {
      date: '2019-01-01',
      callId: null,
    });
    expect(within.success && [within.data.indicativeMax.amount, within.warnings]).toEqual([
      '25000.00',
      [],
    ]);
  });

  it('fails with the issue of a date without rules', () => {
    const none = expertiseCore(eur('1'), defaultParameters, { date: '2010-01-01', callId: null });
    expect(none.success || summary(none.issues)).toEqual([['no_parameter_value', []]]);
  });
});

describe('the parameter versions a computation cites', () => {
  const cited = (registry: Parameters<typeof computeCore>[1]) => {
    const outcome = computeCore(proposal(['100.00']), registry, latest);
    if (!outcome.success) throw new Error('the computation failed');
    return outcome.data;
  };

  it('are the registry’s own frozen citations, the same objects in every computation', () => {
    const a = cited(defaultParameters);
    const b = cited(defaultParameters);
    expect(a.parameters.map((p) => p.id)).toEqual([
      'cofinancing.eligibleCategories',
      'cofinancing.maxRate',
      'cofinancing.rounding',
      'cofinancing.cap',
    ]);
    a.parameters.forEach((p, i) => expect(p).toBe(b.parameters[i]));
    // A step that cites one version alone holds the registry's list of it, shared too.
    const rate = (r: typeof a) => r.explanation.find((s) => s.code === 'rate_applied')?.parameters;
    expect(rate(a)).toBe(rate(b));
    expect(rate(a)).toEqual([a.parameters[1]]);
    expect(Object.isFrozen(rate(a))).toBe(true);
    expect(Object.isFrozen(a.parameters[1])).toBe(true);
  });

  it('are made with each registry: another registry cites its own versions', () => {
    const mine = createParameterRegistry([], { base: defaultParameters }).data;
    const a = cited(defaultParameters);
    const b = cited(mine);
    expect(b.parameters).toEqual(a.parameters);
    expect(b.parameters[0]).not.toBe(a.parameters[0]);
    expect(cited(mine).parameters[0]).toBe(b.parameters[0]);
  });

  it('are made for the computation from a registry that is not of this copy of the library', () => {
    // As a registry made by another copy (ESM beside CJS) or by hand: a plain Map of definitions.
    const foreign = {
      kind: 'pio-parameter-registry',
      definitions: new Map(defaultParameters.definitions),
    } as const;
    const a = cited(defaultParameters);
    const b = cited(foreign);
    expect(b.parameters).toEqual(a.parameters);
    expect(b.parameters[0]).not.toBe(a.parameters[0]);
    expect(Object.isFrozen(b.parameters[0])).toBe(true);
    const rate = b.explanation.find((s) => s.code === 'rate_applied')?.parameters;
    expect(rate).toEqual([b.parameters[1]]);
    expect(Object.isFrozen(rate)).toBe(true);
  });
});
