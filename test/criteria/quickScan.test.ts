import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainQuickScan,
  innovationQuickScan,
  quickScanReasonCodes,
  quickScanReasonLights,
  type QuickScanAnswers,
  type QuickScanReasonCode,
} from '../../src/criteria/index.js';
import { expectCode } from '../helpers/expectCode.js';

const ideal: QuickScanAnswers = {
  solutionExists: 'no',
  rdNeeded: 'Sensoren die jaren in riolen werken',
  endUserAndSupportBase: true,
  procurementForeseen: true,
};

describe('innovationQuickScan', () => {
  it('is green with no reason for the ideal PIO case: a full proposal', () => {
    expect(innovationQuickScan(ideal)).toEqual({
      light: 'green',
      reasons: [],
      nextStep: 'full-proposal',
    });
  });

  it('is green for a solution that exists partly when something must still be developed', () => {
    expect(innovationQuickScan({ ...ideal, solutionExists: 'partly', rdNeeded: true }).light).toBe(
      'green',
    );
  });

  it.each([
    [{ solutionExists: 'yes' }, 'red', ['solution_available'], 'not-a-pio-project'],
    [{ solutionExists: 'unknown' }, 'orange', ['market_unknown'], 'external-expertise'],
    [{ rdNeeded: false }, 'red', ['no_rd_needed'], 'not-a-pio-project'],
    [{ rdNeeded: '   ' }, 'red', ['no_rd_needed'], 'not-a-pio-project'],
    [
      { endUserAndSupportBase: false },
      'orange',
      ['no_end_user_or_support_base'],
      'external-expertise',
    ],
    [{ procurementForeseen: false }, 'red', ['no_procurement_foreseen'], 'not-a-pio-project'],
  ] as const)('answers %o give %s', (change, light, reasons, nextStep) => {
    expect(innovationQuickScan({ ...ideal, ...change })).toEqual({ light, reasons, nextStep });
  });

  it('lists every reason in the order of the questions and lets red win over orange', () => {
    expect(
      innovationQuickScan({
        solutionExists: 'unknown',
        rdNeeded: '',
        endUserAndSupportBase: false,
        procurementForeseen: false,
      }),
    ).toEqual({
      light: 'red',
      reasons: [
        'market_unknown',
        'no_rd_needed',
        'no_end_user_or_support_base',
        'no_procurement_foreseen',
      ],
      nextStep: 'not-a-pio-project',
    });
  });

  it('follows the rule table for every combination of answers', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('yes', 'partly', 'no', 'unknown'),
        fc.oneof(fc.boolean(), fc.string({ maxLength: 5 })),
        fc.boolean(),
        fc.boolean(),
        (solutionExists, rdNeeded, endUserAndSupportBase, procurementForeseen) => {
          const result = innovationQuickScan({
            solutionExists,
            rdNeeded,
            endUserAndSupportBase,
            procurementForeseen,
          });
          const expected = [
            solutionExists === 'yes' && 'solution_available',
            solutionExists === 'unknown' && 'market_unknown',
            !(typeof rdNeeded === 'string' ? rdNeeded.trim() !== '' : rdNeeded) && 'no_rd_needed',
            !endUserAndSupportBase && 'no_end_user_or_support_base',
            !procurementForeseen && 'no_procurement_foreseen',
          ].filter((r): r is QuickScanReasonCode => r !== false);
          expect(result.reasons).toEqual(expected);
          const light = expected.some((r) => quickScanReasonLights[r] === 'red')
            ? 'red'
            : expected.length > 0
              ? 'orange'
              : 'green';
          expect(result.light).toBe(light);
          expect(result.nextStep).toBe(
            { red: 'not-a-pio-project', orange: 'external-expertise', green: 'full-proposal' }[
              light
            ],
          );
        },
      ),
    );
  });

  it('has a light for every reason code', () => {
    expect(Object.keys(quickScanReasonLights).sort()).toEqual([...quickScanReasonCodes].sort());
  });

  it('throws every problem of malformed answers', () => {
    const error = expectCode(
      () =>
        innovationQuickScan({
          solutionExists: 'maybe',
          rdNeeded: 3,
          procurementForeseen: 'yes',
          extra: 1,
        } as never),
      'invalid_value',
    );
    expect(error.issues.map((i) => [i.code, i.path[0]])).toEqual([
      ['invalid_value', 'solutionExists'],
      ['invalid_value', 'rdNeeded'],
      ['required', 'endUserAndSupportBase'],
      ['invalid_value', 'procurementForeseen'],
      ['unknown_key', 'extra'],
    ]);
    expect(error.issues[0]?.params).toEqual({
      received: '"maybe"',
      expected: "'yes', 'partly', 'no' or 'unknown'",
    });
    expect(
      expectCode(
        () => innovationQuickScan({ ...ideal, solutionExists: 'x'.repeat(50) } as never),
        'invalid_value',
      ).issues[0]?.params['received'],
    ).toBe('a long text');
    expect(
      expectCode(() => innovationQuickScan({ ...ideal, rdNeeded: null } as never), 'invalid_value')
        .issues[0]?.params['received'],
    ).toBe('null');
    expectCode(() => innovationQuickScan(null as never), 'invalid_type');
  });
});

describe('explainQuickScan', () => {
  it('explains an orange result in Dutch by default', () => {
    const text = explainQuickScan(
      innovationQuickScan({ ...ideal, solutionExists: 'unknown', endUserAndSupportBase: false }),
    );
    expect(text.split('\n')).toEqual([
      'Snelle zelftest: is dit een PIO-project?',
      'Resultaat: oranje.',
      '- U weet nog niet wat de markt vandaag biedt: een marktverkenning of state-of-the-art brengt dat eerst in kaart.',
      '- Er is nog geen eindgebruiker of draagvlak: een gebruikersbevraging of workshops kunnen dat opbouwen.',
      'Volgende stap: Vraag eerst externe expertise in het voortraject (workshops, state-of-the-art, marktconsultatie, gebruikersbevraging) en schrijf daarna een volledig voorstel.',
    ]);
  });

  it('explains a red result in English', () => {
    const text = explainQuickScan(innovationQuickScan({ ...ideal, solutionExists: 'yes' }), {
      locale: 'en',
    });
    expect(text).toContain('Result: red.');
    expect(text).toContain('A solution already exists on the market');
    expect(text).toContain('Next step: This is not a PIO project.');
  });
});
