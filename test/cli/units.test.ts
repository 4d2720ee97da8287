import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAmountArgument } from '../../src/cli/amounts.js';
import { callJson, callLine } from '../../src/cli/commands/calls.js';
import { flagOfPath, parseCostLine } from '../../src/cli/commands/cofinancing.js';
import { parameterText } from '../../src/cli/commands/parameters.js';
import { commandOptions } from '../../src/cli/commands/registry.js';
import { validateExitCode } from '../../src/cli/commands/validate.js';
import {
  clip,
  CliError,
  FlagIssuesError,
  SHOWN_LENGTH,
  flagValue,
  inputError,
  usageError,
  withFlag,
} from '../../src/cli/errors.js';
import {
  BufferedWriter,
  describeError,
  formatIssueLine,
  jsonLine,
  jsonText,
} from '../../src/cli/output.js';
import { packageRoot, packageVersion, schemaPath } from '../../src/cli/packageFiles.js';
import { commandNames, textsFor } from '../../src/cli/texts.js';
import {
  eur,
  getCall,
  getParameter,
  isPioRulesError,
  issueMessage,
  PioRulesError,
  safeParseEur,
  type PioIssue,
} from '../../src/index.js';
import { cli as en } from '../../src/locales/en/cli.js';
import { cli as nl } from '../../src/locales/nl/cli.js';

/** An issue as the library renders it, made from its code with the library's own message. */
function rendered(
  code: 'required' | 'unknown_call',
  options: { path?: (string | number)[]; severity?: 'error' | 'warning'; locale?: string } = {},
): PioIssue {
  const params = code === 'unknown_call' ? { callId: '2031-9' } : {};
  return {
    code,
    severity: options.severity ?? 'error',
    path: options.path ?? [],
    params,
    message: issueMessage({ code, params }, { locale: options.locale ?? 'nl' }),
  } as PioIssue;
}

const amount = (text: string, locale: 'nl' | 'en') => {
  const result = parseAmountArgument(text, locale);
  return result.success ? result.data.amount : result.issues.map((i) => i.code).join(',');
};

describe('parseAmountArgument', () => {
  it('reads plain decimals the same in every language', () => {
    expect(amount('1200000', 'nl')).toBe('1200000.00');
    expect(amount(' 1200000.5 ', 'en')).toBe('1200000.50');
    expect(amount('1200000.50', 'nl')).toBe('1200000.50');
    expect(amount('-3', 'en')).toBe('-3.00');
    expect(amount('-3.25', 'nl')).toBe('-3.25');
  });

  it('reads typed text by one rule in every language; refuses what Dutch and English read apart', () => {
    for (const locale of ['nl', 'en'] as const) {
      expect(amount('€ 1.200.000,50', locale)).toBe('1200000.50');
      expect(amount('€1,200,000.50', locale)).toBe('1200000.50');
      expect(amount('1.50', locale)).toBe('1.50');
      expect(amount('1.500,00', locale)).toBe('1500.00');
      expect(amount('1.500', locale)).toBe('invalid_amount');
      expect(amount('1,500', locale)).toBe('invalid_amount');
      expect(amount('0.005', locale)).toBe('invalid_amount');
      expect(amount('00.005', locale)).toBe('invalid_amount');
      expect(amount('veel', locale)).toBe('invalid_amount');
    }
  });

  it('returns the result of safeParseEur, its issues rendered in the language', () => {
    for (const text of ['1,5', '1.500', '0.005', ' 2.400.000 ', 'x'])
      for (const locale of ['nl', 'en'] as const)
        expect(parseAmountArgument(text, locale)).toEqual(safeParseEur(text, { locale }));
    const typed = parseAmountArgument('1.500', 'en');
    expect(typed.success || typed.issues[0]?.message).toMatch(/^Ambiguous amount: "1.500"/);
    const dutch = parseAmountArgument('veel', 'nl');
    expect(dutch.success || dutch.issues[0]?.message).toMatch(/^Ongeldig bedrag: "veel"/);
    expect(amount('99999999999999', 'nl')).toBe('amount_out_of_range');
  });
});

describe('output', () => {
  it('writes one issue a line, with severity, path (as formatPath writes it) and code', () => {
    const issue = rendered('required', {
      path: ['procurement', 'costs', 0, 'amount'],
      locale: 'en',
    });
    expect(formatIssueLine(issue, en)).toBe(
      '  error: procurement.costs[0].amount: This field is required. [required]',
    );
    const warning = rendered('required', { severity: 'warning' });
    expect(formatIssueLine(warning, nl)).toBe(
      '  waarschuwing: (voorstel): Dit veld is verplicht. [required]',
    );
    expect(formatIssueLine(warning, nl, '--x')).toContain('waarschuwing: --x: ');
  });

  it('describes every kind of error in one line each, never with a stack', () => {
    expect(
      describeError(
        usageError((m) => m.noCommand()),
        en,
        'calls',
      ),
    ).toEqual({
      lines: ['no command given; see "pio-rules calls --help"'],
      exitCode: 2,
    });
    expect(
      describeError(
        inputError((m) => m.emptyInput('f')),
        nl,
        undefined,
      ).lines,
    ).toEqual(['f: bevat geen projectvoorstel']);
    let thrown: unknown;
    try {
      eur('abc', { locale: 'en' });
    } catch (error) {
      thrown = error;
    }
    expect(isPioRulesError(thrown)).toBe(true);
    // The message is the library's, in the language of the call: never rendered again.
    expect(describeError(thrown, nl, undefined).lines[0]).toMatch(
      /^Invalid amount: .* \[invalid_amount\]$/,
    );
    const located = new PioRulesError([rendered('required', { path: ['a', 1], locale: 'en' })]);
    expect(describeError(located, en, undefined).lines).toEqual([
      'a[1]: This field is required. [required]',
    ]);
    expect(describeError('plain', en, undefined).lines).toEqual(['unexpected error: plain']);
    expect(describeError(new Error(''), en, undefined).lines).toEqual(['unexpected error: Error']);
  });

  it('describes the issues of flags, with a pointer to the help for a usage error', () => {
    const issue = rendered('unknown_call', { locale: 'en' });
    expect(describeError(new FlagIssuesError([{ where: '--x', issue }]), en, 'calls')).toEqual({
      lines: ['--x: Unknown call "2031-9". [unknown_call]'],
      exitCode: 2,
    });
    expect(
      describeError(
        new FlagIssuesError([{ where: '--lang', issue }], { command: undefined }),
        en,
        'parameters',
      ).lines,
    ).toEqual(['--lang: Unknown call "2031-9". [unknown_call]; see "pio-rules parameters --help"']);
    expect(describeError(new FlagIssuesError([{ where: '', issue }]), en, undefined).lines).toEqual(
      ['Unknown call "2031-9". [unknown_call]'],
    );
  });

  it('writes indented JSON and NDJSON records, amounts as decimal strings', () => {
    expect(jsonText({ a: eur('1') })).toBe('{\n  "a": "1.00"\n}\n');
    expect(jsonLine({ a: [eur('-2.5')], b: { amount: '1.001', currency: 'EUR' } })).toBe(
      '{"a":["-2.50"],"b":{"amount":"1.001","currency":"EUR"}}\n',
    );
    expect(jsonLine({ at: new Date('2024-10-10T22:00:00Z') })).toBe(
      '{"at":"2024-10-10T22:00:00.000Z"}\n',
    );
  });

  it('buffers writes and flushes at its limit and at the end', async () => {
    const chunks: string[] = [];
    const writer = new BufferedWriter({ write: (text) => void chunks.push(text) }, 4);
    await writer.write('ab');
    expect(chunks).toEqual([]);
    await writer.write('cd');
    expect(chunks).toEqual(['abcd']);
    await writer.write('e');
    await writer.flush();
    await writer.flush();
    expect(chunks).toEqual(['abcd', 'e']);
  });
});

describe('clip', () => {
  it('keeps a short value and cuts a long one, never inside a character', () => {
    expect(clip('2024')).toBe('2024');
    expect(clip('x'.repeat(SHOWN_LENGTH))).toBe('x'.repeat(SHOWN_LENGTH));
    expect(clip('x'.repeat(SHOWN_LENGTH + 1))).toBe(`${'x'.repeat(SHOWN_LENGTH)}…`);
    const emoji = `${'x'.repeat(SHOWN_LENGTH - 1)}😀😀`;
    expect(clip(emoji)).toBe(`${'x'.repeat(SHOWN_LENGTH - 1)}…`);
  });
});

describe('errors', () => {
  it('withFlag attributes library errors to the flag and passes others through', () => {
    expect(withFlag('--x', () => 1)).toBe(1);
    expect(() => withFlag('--cost', () => eur('x'))).toThrow(FlagIssuesError);
    expect(() =>
      withFlag('--x', () => {
        throw new RangeError('other');
      }),
    ).toThrow(RangeError);
    expect(new CliError(() => 'x').exitCode).toBe(2);
  });

  it('flagValue gives the data of a result, or its issues attributed to the flag', () => {
    expect(flagValue('--cost', safeParseEur('12,50')).amount).toBe('12.50');
    let thrown: unknown;
    try {
      flagValue('--cost', safeParseEur('12.50.1', { locale: 'en' }));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(FlagIssuesError);
    expect((thrown as FlagIssuesError).issues.map((i) => [i.where, i.issue.code])).toEqual([
      ['--cost', 'invalid_amount'],
    ]);
  });
});

describe('texts', () => {
  it('has the same texts in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(en.commandHelp).sort()).toEqual([...commandNames].sort());
    expect(textsFor('en')).toBe(en);
    expect(textsFor('nl')).toBe(nl);
  });

  it('documents every option of every command in both help texts', () => {
    for (const texts of [nl, en])
      for (const command of commandNames) {
        const help = texts.commandHelp[command];
        expect(help).toContain(`pio-rules ${command}`);
        for (const option of [...Object.keys(commandOptions[command]), 'lang'])
          expect(help, `${command} --${option}`).toContain(`--${option}`);
        expect(texts.toolHelp).toContain(`  ${command} `);
      }
  });

  it('documents the locale tags and how JSON writes amounts', () => {
    for (const texts of [nl, en]) {
      expect(texts.toolHelp).toContain('nl-BE');
      expect(texts.toolHelp).toContain('en-GB');
      expect(texts.toolHelp).toContain('"1000000.00"');
      expect(texts.commandHelp.cofinancing).toContain('"1000000.00"');
      expect(texts.commandHelp.validate).toContain('"750000.00"');
    }
  });

  it('has a text for every message in both languages, never the same, never undefined', () => {
    const samples: Record<string, unknown[]> = {
      seeHelp: ['calls'],
      unknownCommand: ['x'],
      unknownOption: ['--x', 'calls'],
      missingValue: ['--x'],
      unexpectedValue: ['--x'],
      repeatedOption: ['--x'],
      badValue: ['--x', 'y', 'z'],
      unexpectedArgument: ['x', 'calls'],
      badLine: ['x'],
      badCategory: ['x', ['a', 'b']],
      fileNotFound: ['f'],
      fileIsDirectory: ['f'],
      fileUnreadable: ['f', 'EIO'],
      emptyInput: ['f'],
      invalidJson: ['f:1:1', 'd'],
      jsonUnexpectedCharacter: ["'x'"],
      schemaMissing: ['/x'],
      unexpectedError: ['boom'],
      validProposal: ['f', '€ 1,00'],
      invalidProposal: ['f', 3],
      summary: [1, 2, 3],
      progress: [1000],
      noCalls: [2016],
      parametersHeading: ['2024-10-10'],
      validity: ['2019-01-01', null],
      noParametersAt: ['2016-01-01', '2017-01-01'],
      counted: ['calls.perYear', '2'],
      timeOfDay: ['24:00'],
      expectedJobs: [256],
      recordFileUnwritable: ['f', 'EACCES'],
      noRecords: ['f'],
      recordVerified: ['f:1', 'differs', 'x'],
      tamperedParts: [['input']],
      rulesMissing: [['parameters']],
      otherLibrary: ['0.1.0', '0.2.0'],
      verifySummary: [1, 2, 3, 4],
      replayChanged: ['f:1', '€ 1,00', '€ 2,00', ['a'], ['b']],
      replayTampered: ['f:1'],
      replaySummary: [4, 2, 1, '€ 1,00', '€ 2,00'],
      validationFailed: ['f:3', 'boom'],
      workerStopped: [70],
      scenarioPassed: ['f:2', 'x'],
      scenarioFailed: ['f:2', 'x'],
      expectedValue: ['maximum', '1.00'],
      receivedValue: ['2.00'],
      scenarioSummary: [1, 2, 3],
      noScenarioFiles: ['d'],
      invalidYaml: ['f:1:1', 'd'],
    };
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      const [dutch, english] = [nl[key], en[key]];
      if (typeof dutch === 'function' && typeof english === 'function') {
        const args = samples[key] ?? [];
        const [a, b] = [
          (dutch as (...x: unknown[]) => string)(...args),
          (english as (...x: unknown[]) => string)(...args),
        ];
        expect(a, key).not.toMatch(/undefined|NaN|\[object/);
        expect(b, key).not.toMatch(/undefined|NaN|\[object/);
        expect(a, key).not.toBe(b);
      } else if (typeof dutch === 'string') {
        expect(dutch, key).not.toBe(english);
      }
    }
    for (const command of commandNames)
      expect(nl.commandHelp[command]).not.toBe(en.commandHelp[command]);
  });

  it('counts in words that agree', () => {
    expect(nl.invalidProposal('f', 1)).toBe('f: ongeldig (1 fout)');
    expect(en.invalidProposal('f', 2)).toBe('f: invalid (2 errors)');
    expect(en.summary(1, 2, 3)).toBe('1 valid, 2 invalid, 3 unreadable');
    expect(nl.summary(1, 2, 0)).toBe('1 geldig, 2 ongeldig');
    expect(nl.noCalls(undefined)).toBe('geen oproepen');
    expect(en.noCalls(undefined)).toBe('no calls');
    expect(nl.validity('2019-01-01', '2020-12-31')).toBe('van 2019-01-01 tot en met 2020-12-31');
    expect(en.validity('2019-01-01', '2020-12-31')).toBe('from 2019-01-01 to 2020-12-31');
    expect(en.seeHelp(undefined)).toBe('see "pio-rules --help"');
    expect(en.unknownOption('--x', undefined)).toBe('unknown option --x');
    expect(nl.unknownOption('--x', undefined)).toBe('onbekende optie --x');
  });
});

describe('commands, their pure parts', () => {
  it('prints a call as a line and as JSON', () => {
    const call = getCall('2024-1')!;
    expect(callLine(call, 'en')).toBe(
      '2024-1  Thursday 18 April 2024 at 24:00 (announced)  Call 1 of 2024',
    );
    expect(callLine(call, 'nl', 8)).toBe(
      '2024-1    donderdag 18 april 2024 om 24.00 uur (aangekondigd)  Oproep 1 van 2024',
    );
    expect(callJson(call, 'nl').deadlineText).toBe(
      'donderdag 18 april 2024 om 24.00 uur (aangekondigd)',
    );
    expect(callLine(getCall('2019-1')!, 'en')).toBe(
      '2019-1  Friday 14 June 2019 at 24:00  Call 1 of 2019',
    );
    expect(callJson(call, 'nl').id).toBe('2024-1');
  });

  it('reads --line values and attributes issues to flags', () => {
    expect(parseCostLine('validation = 10', 'en')).toMatchObject({
      category: 'validation',
      amount: { amount: '10.00' },
    });
    expect(parseCostLine('rd-services=1.200.000', 'nl').amount.amount).toBe('1200000.00');
    expect(() => parseCostLine('=10', 'en')).toThrow(CliError);
    expect(() => parseCostLine('hardware=10', 'en')).toThrow(CliError);
    expect(() => parseCostLine('other=x', 'en')).toThrow(FlagIssuesError);
    expect(flagOfPath(['costs', 1, 'amount'], ['a=1', 'b=2'])).toBe('--line b=2');
    expect(flagOfPath(['costs', 5], [])).toBe('--line');
    expect(flagOfPath(['costs'], [])).toBe('--line');
    expect(flagOfPath(['estimatedCost'], [])).toBe('--cost');
    expect(flagOfPath(['vat'], [])).toBe('--vat');
    expect(flagOfPath(['requested'], [])).toBe('--requested');
    expect(flagOfPath(['at'], [])).toBe('--at');
    expect(flagOfPath(['phases', 0], [])).toBe('phases[0]');
  });

  it('prints a parameter with its validity, status, source and note', () => {
    const text = parameterText(getParameter('cofinancing.cap', { at: '2024-10-10' }), 'en', en);
    expect(text.split('\n')[0]).toBe('cofinancing.cap = €1,000,000.00');
    const withNote = parameterText(
      {
        ...getParameter('cofinancing.cap'),
        validUntil: '2030-01-01',
        note: { nl: 'noot', en: 'note' },
      },
      'nl',
      nl,
    );
    expect(withNote).toContain('tot en met 2030-01-01');
    expect(withNote.trimEnd().split('\n').at(-1)).toBe('  noot');
    expect(parameterText(getParameter('calls.timeZone'), 'en', en).split('\n')[0]).toBe(
      'calls.timeZone = Europe/Brussels',
    );
    const structured = parameterText(
      getParameter('cofinancing.eligibleCategories', { at: '2019-06-14' }),
      'en',
      en,
    );
    expect(structured.split('\n')[0]).toBe(
      'cofinancing.eligibleCategories = R&D services and validation or testing',
    );
    // A legal text is cited with its article; a name in both languages in the output's.
    const scope = parameterText(getParameter('cofinancing.eligibleCategories'), 'en', en);
    expect(scope).toContain(
      'overheidsopdrachten, art. 1, 4° <https://www.lisloi.be/laws/2024003642>',
    );
    const body = parameterText(getParameter('decision.body', { at: '2019-06-14' }), 'nl', nl);
    expect(body.split('\n')[0]).toBe('decision.body = het Beslissingscomité van het Hermesfonds');
  });

  it('names the status of a parameter with the library labels', () => {
    const published = parameterText(getParameter('cofinancing.cap'), 'nl', nl);
    expect(published).toMatch(/ · (gepubliceerd|aanname) · bron: /);
    const assumed = parameterText(
      { ...getParameter('cofinancing.cap'), status: 'assumed' },
      'en',
      en,
    );
    expect(assumed).toContain(' · assumption · source: ');
  });

  it('ends validate with 2 for unreadable input, else 1 for an invalid proposal, else 0', () => {
    expect(validateExitCode({ valid: 1, invalid: 1, unreadable: 1 })).toBe(2);
    expect(validateExitCode({ valid: 1, invalid: 1, unreadable: 0 })).toBe(1);
    expect(validateExitCode({ valid: 1, invalid: 0, unreadable: 0 })).toBe(0);
  });
});

describe('packageFiles', () => {
  it('finds the package root, its version and the schema', () => {
    const root = packageRoot();
    expect(root?.href.endsWith('/')).toBe(true);
    expect(packageVersion()).toMatch(/^\d+\.\d+\.\d+/);
    expect(schemaPath()).toBe(fileURLToPath(new URL('schemas/application.schema.json', root)));
  });

  it('copes with a place outside the package', () => {
    expect(packageRoot('file:///')).toBeUndefined();
    expect(packageRoot(new URL('file:///tmp/a/b/c/d/e/f/g/h.js'))).toBeUndefined();
    expect(packageVersion('file:///')).toBe('unknown');
    expect(schemaPath('file:///tmp/pkg/dist/cli.js')).toBe(
      '/tmp/pkg/schemas/application.schema.json',
    );
  });
});
