import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  explainQuickScan,
  innovationQuickScan,
  safeInnovationQuickScan,
  type QuickScanAnswers,
  type QuickScanReasonCode,
} from '../../src/criteria/index.js';
import { quickScanReasonLights } from '../../src/criteria/quickScanReasonLights.js';
import type { PioIssue } from '../../src/issues/index.js';
import { marketAnswers, quickScanReasonCodes } from '../../src/vocabulary/index.js';
import { expectCode } from '../helpers/expectCode.js';

const ideal: QuickScanAnswers = {
  solutionExists: 'no',
  rdNeeded: 'Sensoren die jaren in riolen werken',
  endUserAndSupportBase: true,
  procurementForeseen: true,
};

const scan = (answers: QuickScanAnswers) => innovationQuickScan(answers).data;

function issuesOf(answers: unknown, locale?: string): readonly PioIssue[] {
  const result = safeInnovationQuickScan(
    answers as QuickScanAnswers,
    locale === undefined ? {} : { locale },
  );
  return result.success ? [] : result.issues;
}

describe('innovationQuickScan', () => {
  it('is green with no reason for the ideal PIO case: a full proposal', () => {
    expect(innovationQuickScan(ideal)).toEqual({
      success: true,
      data: { light: 'green', reasons: [], nextStep: 'full-proposal' },
      warnings: [],
    });
  });

  it('is green for a solution that exists partly when something must still be developed', () => {
    expect(scan({ ...ideal, solutionExists: 'partly', rdNeeded: true }).light).toBe('green');
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
    expect(scan({ ...ideal, ...change })).toEqual({ light, reasons, nextStep });
  });

  it('lists every reason in the order of the questions and lets red win over orange', () => {
    expect(
      scan({
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
        fc.constantFrom(...marketAnswers),
        fc.oneof(fc.boolean(), fc.string({ maxLength: 5 })),
        fc.boolean(),
        fc.boolean(),
        (solutionExists, rdNeeded, endUserAndSupportBase, procurementForeseen) => {
          const result = scan({
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

  it('returns frozen plain data that survives JSON', () => {
    const result = scan({ ...ideal, solutionExists: 'yes' });
    expect(Object.isFrozen(result) && Object.isFrozen(result.reasons)).toBe(true);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('throws every problem of malformed answers, with the same issues as the safe twin', () => {
    const answers = {
      solutionExists: 'maybe',
      rdNeeded: 3,
      procurementForeseen: 'yes',
      extra: 1,
    } as never;
    const error = expectCode(() => innovationQuickScan(answers), 'invalid_value');
    expect(error.issues).toEqual(issuesOf(answers));
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['invalid_value', ['solutionExists']],
      ['invalid_type', ['rdNeeded']],
      ['required', ['endUserAndSupportBase']],
      ['invalid_type', ['procurementForeseen']],
      ['unknown_key', ['extra']],
    ]);
    expect(error.issues[0]?.params).toEqual({
      received: '"maybe"',
      expected: [...marketAnswers],
      enum: 'marketAnswer',
    });
  });
});

describe('safeInnovationQuickScan', () => {
  it('returns the same success as innovationQuickScan', () => {
    expect(safeInnovationQuickScan(ideal)).toEqual(innovationQuickScan(ideal));
  });

  it('names the answers allowed by their labels, in the locale asked for', () => {
    const [nl] = issuesOf({ ...ideal, solutionExists: 'misschien' });
    const [en] = issuesOf({ ...ideal, solutionExists: 'maybe' }, 'en-GB');
    expect(nl?.message).toBe(
      'Ongeldige waarde "misschien"; toegelaten: ja, gedeeltelijk, nee of onbekend.',
    );
    expect(en?.message).toContain('"maybe"');
    expect(en?.message).not.toContain('toegelaten');
  });

  it('shows a long wrong answer cut short, and a wrong kind of value by its kind', () => {
    const received = (value: unknown) => {
      const [found] = issuesOf({ ...ideal, solutionExists: value });
      return found?.code === 'invalid_value' ? found.params.received : found?.code;
    };
    expect(received('x'.repeat(40))).toBe(JSON.stringify('x'.repeat(40)));
    expect(received('x'.repeat(100))).toBe(JSON.stringify(`${'x'.repeat(60)}…`));
    expect(received(true)).toBe('true');
    expect(received(5)).toBe('5');
    const [notBoolean] = issuesOf({ ...ideal, procurementForeseen: {} });
    expect(notBoolean?.params).toEqual({ expected: 'boolean', received: 'object' });
    const [nothing] = issuesOf({ ...ideal, rdNeeded: null });
    expect(nothing?.code).toBe('invalid_type');
  });

  it('says what it expected instead of a non-object', () => {
    for (const answers of [null, 'yes', [], 5])
      expect(issuesOf(answers).map((i) => [i.code, i.path])).toEqual([['invalid_type', []]]);
  });

  it('bounds the text of rdNeeded and the input as a whole', () => {
    expect(issuesOf({ ...ideal, rdNeeded: 'x'.repeat(100_000) })).toEqual([]);
    expect(issuesOf({ ...ideal, rdNeeded: 'x'.repeat(100_001) }).map((i) => i.code)).toEqual([
      'too_long',
    ]);
    expect(issuesOf({ ...ideal, rdNeeded: 'x'.repeat(2_000_000) }).map((i) => i.code)).toEqual([
      'input_too_large',
    ]);
  });

  it('reports a key that could reach a prototype, and refuses the answers', () => {
    const answers = JSON.parse(
      `{"__proto__": {"light": "green"}, ${JSON.stringify(ideal).slice(1)}`,
    );
    expect(issuesOf(answers).map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', ['__proto__']],
    ]);
  });

  it('refuses an unsupported locale', () => {
    expect(issuesOf(ideal, 'fr').map((i) => [i.code, i.path])).toEqual([
      ['unsupported_locale', ['locale']],
    ]);
  });
});

describe('quickScanReasonLights', () => {
  it('has a light for every reason code', () => {
    expect(Object.keys(quickScanReasonLights).sort()).toEqual([...quickScanReasonCodes].sort());
    expect(Object.isFrozen(quickScanReasonLights)).toBe(true);
  });
});

describe('explainQuickScan', () => {
  it('explains an orange result in Dutch by default, one line per part', () => {
    expect(
      explainQuickScan(scan({ ...ideal, solutionExists: 'unknown', endUserAndSupportBase: false })),
    ).toEqual([
      'Snelle zelftest: is dit een PIO-project?',
      'Resultaat: oranje.',
      '- U weet nog niet wat de markt vandaag biedt: een marktverkenning of state-of-the-art brengt dat eerst in kaart.',
      '- Er is nog geen eindgebruiker of draagvlak: een gebruikersbevraging of workshops kunnen dat opbouwen.',
      'Volgende stap: Vraag eerst externe expertise in het voortraject (workshops, state-of-the-art, marktconsultatie, gebruikersbevraging) en schrijf daarna een volledig voorstel.',
    ]);
  });

  it('explains a red result in English', () => {
    const lines = explainQuickScan(scan({ ...ideal, solutionExists: 'yes' }), { locale: 'en-US' });
    expect(lines[1]).toBe('Result: red.');
    expect(lines[2]).toContain('A solution already exists on the market');
    expect(lines.at(-1)).toBe('Next step: This is not a PIO project.');
  });

  it('explains a green result and a result that went through JSON the same way', () => {
    const result = scan(ideal);
    expect(explainQuickScan(JSON.parse(JSON.stringify(result)), { locale: 'nl-BE' })).toEqual(
      explainQuickScan(result),
    );
    expect(explainQuickScan(result, { locale: 'en' })).toHaveLength(3);
  });

  it('refuses an unsupported locale, a result that is not an object and options that are not one', () => {
    expectCode(() => explainQuickScan(scan(ideal), { locale: 'fr' }), 'unsupported_locale');
    expectCode(() => explainQuickScan(null as never), 'invalid_type');
    expectCode(() => explainQuickScan(scan(ideal), 'en' as never), 'invalid_type');
    expect(
      expectCode(() => explainQuickScan({ light: 'red' } as never), 'invalid_type').issues[0]?.path,
    ).toEqual(['reasons']);
    expect(
      expectCode(
        () => explainQuickScan({ ...scan(ideal), reasons: ['no_rd_needed', 0] } as never),
        'invalid_value',
      ).issues[0]?.path,
    ).toEqual(['reasons', 1]);
    expectCode(() => explainQuickScan({ ...scan(ideal), light: 'blue' } as never), 'invalid_value');
    expectCode(
      () => explainQuickScan({ ...scan(ideal), reasons: new Array(2 ** 32 - 1) }),
      'input_too_large',
    );
  });
});
