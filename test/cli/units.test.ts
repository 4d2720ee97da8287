import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getCall } from '../../src/calls/index.js';
import { eur, isPioRulesError, PioRulesError, createIssue } from '../../src/index.js';
import { parseAmountArgument } from '../../src/cli/amounts.js';
import { callJson, callLine } from '../../src/cli/commands/calls.js';
import { flagOfPath, parseCostLine } from '../../src/cli/commands/cofinancing.js';
import { parameterText } from '../../src/cli/commands/parameters.js';
import { commandOptions } from '../../src/cli/commands/registry.js';
import { validateExitCode } from '../../src/cli/commands/validate.js';
import {
  CliError,
  FlagIssuesError,
  inputError,
  usageError,
  withFlag,
} from '../../src/cli/errors.js';
import { commandNames, en, messagesFor, nl } from '../../src/cli/messages.js';
import {
  BufferedWriter,
  describeError,
  formatIssueLine,
  formatPath,
  jsonText,
} from '../../src/cli/output.js';
import { packageRoot, packageVersion, schemaPath } from '../../src/cli/packageFiles.js';
import { getParameter } from '../../src/parameters/index.js';

describe('parseAmountArgument', () => {
  it('reads plain decimals the same in every language', () => {
    expect(parseAmountArgument('1200000', 'nl-BE').amount).toBe('1200000.00');
    expect(parseAmountArgument(' 1200000.5 ', 'en').amount).toBe('1200000.50');
    expect(parseAmountArgument('-3', 'en').amount).toBe('-3.00');
  });

  it('reads typed text per language; a dot with three digits is a thousands separator in Dutch', () => {
    expect(parseAmountArgument('1.200', 'nl-BE').amount).toBe('1200.00');
    expect(parseAmountArgument('€ 1.200.000,50', 'nl-BE').amount).toBe('1200000.50');
    expect(parseAmountArgument('€1,200,000.50', 'en').amount).toBe('1200000.50');
    expect(() => parseAmountArgument('1.200', 'en')).toThrow(PioRulesError);
    expect(() => parseAmountArgument('1,200.50', 'nl-BE')).toThrow(PioRulesError);
  });
});

describe('output', () => {
  it('writes paths as people read them', () => {
    expect(formatPath([])).toBe('');
    expect(formatPath(['partners', 0, 'enterpriseNumber'])).toBe('partners[0].enterpriseNumber');
    expect(formatPath([2, 'a'])).toBe('[2].a');
  });

  it('writes one issue a line, with severity, path and code', () => {
    const issue = createIssue('required', { path: ['callId'], locale: 'en' });
    expect(formatIssueLine(issue, en)).toBe('  error: callId: This field is required. [required]');
    const warning = createIssue('required', { severity: 'warning' });
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
        'en',
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
        'nl-BE',
        undefined,
      ).lines,
    ).toEqual(['f: bevat geen projectvoorstel']);
    let thrown: unknown;
    try {
      eur('abc');
    } catch (error) {
      thrown = error;
    }
    expect(isPioRulesError(thrown)).toBe(true);
    expect(describeError(thrown, en, 'en', undefined).lines[0]).toMatch(
      /^Invalid amount: .* \[invalid_amount\]$/,
    );
    const located = new PioRulesError([createIssue('required', { path: ['a', 1] })]);
    expect(describeError(located, en, 'en', undefined).lines).toEqual([
      'a[1]: This field is required. [required]',
    ]);
    expect(describeError('plain', en, 'en', undefined).lines).toEqual(['unexpected error: plain']);
    expect(describeError(new Error(''), en, 'en', undefined).lines).toEqual([
      'unexpected error: Error',
    ]);
  });

  it('writes indented JSON', () => {
    expect(jsonText({ a: eur('1') })).toBe('{\n  "a": "1.00"\n}\n');
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
});

describe('messages', () => {
  it('has the same texts in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(messagesFor('en')).toBe(en);
    expect(messagesFor('nl-BE')).toBe(nl);
  });

  it('documents every option of every command in both help texts', () => {
    for (const messages of [nl, en])
      for (const command of commandNames) {
        const help = messages.commandHelp[command];
        expect(help).toContain(`pio-rules ${command}`);
        for (const option of Object.keys(commandOptions[command]))
          expect(help, `${command} --${option}`).toContain(`--${option}`);
        expect(messages.toolHelp).toContain(`  ${command} `);
      }
  });

  it('counts in words that agree', () => {
    expect(nl.invalidProposal('f', 1)).toBe('f: ongeldig (1 fout)');
    expect(en.invalidProposal('f', 2)).toBe('f: invalid (2 errors)');
    expect(en.summary(1, 2, 3)).toBe('1 valid, 2 invalid, 3 unreadable');
    expect(nl.noCalls(undefined)).toBe('geen oproepen');
    expect(en.noCalls(undefined)).toBe('no calls');
    expect(nl.validity('2019-01-01', '2020-12-31')).toBe('van 2019-01-01 tot en met 2020-12-31');
    expect(en.validity('2019-01-01', '2020-12-31')).toBe('from 2019-01-01 to 2020-12-31');
    expect(en.seeHelp(undefined)).toBe('see "pio-rules --help"');
    expect(en.unknownOption('--x', undefined)).toBe('unknown option --x');
  });
});

describe('commands, their pure parts', () => {
  it('prints a call as a line and as JSON', () => {
    const call = getCall('2024-1')!;
    expect(callLine(call, 'en')).toBe(
      '2024-1  Thursday 18 April 2024, 24:00 (Brussels time)  Call 1 of 2024',
    );
    expect(callJson(call, 'nl-BE').deadlineText).toBe('donderdag 18 april 2024 om 24.00 uur');
  });

  it('reads --line values and attributes issues to flags', () => {
    expect(parseCostLine('validation = 10', 'en')).toMatchObject({ category: 'validation' });
    expect(() => parseCostLine('=10', 'en')).toThrow(CliError);
    expect(flagOfPath(['costs', 1, 'amount'], ['a=1', 'b=2'])).toBe('--line b=2');
    expect(flagOfPath(['costs', 5], [])).toBe('--line');
    expect(flagOfPath(['costs'], [])).toBe('--line');
    expect(flagOfPath(['estimatedCost'], [])).toBe('--cost');
    expect(flagOfPath(['vat'], [])).toBe('--vat');
    expect(flagOfPath(['phases', 0], [])).toBe('phases[0]');
  });

  it('prints a parameter with its validity, status, source and note', () => {
    const text = parameterText(getParameter('cofinancing.cap', '2024-10-10'), 'en', en);
    expect(text.split('\n')[0]).toBe('cofinancing.cap = 1000000.00 EUR');
    const withNote = parameterText(
      {
        ...getParameter('cofinancing.cap'),
        validUntil: '2030-01-01',
        note: { nl: 'noot', en: 'note' },
      },
      'nl-BE',
      nl,
    );
    expect(withNote).toContain('tot en met 2030-01-01');
    expect(withNote.trimEnd().split('\n').at(-1)).toBe('  noot');
    expect(parameterText(getParameter('calls.perYear'), 'en', en).split('\n')[0]).toBe(
      'calls.perYear = 2 count',
    );
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
