import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeComputeCofinancing } from '../../src/cofinancing/index.js';
import { explainCofinancing } from '../../src/cofinancing/index.js';
import { safeValidateApplication } from '../../src/applications/index.js';
import { safeAssessApplication } from '../../src/criteria/index.js';
import { uniformScores } from '../hardening/samples.js';
import { createCallCalendar, builtInCalls } from '../../src/calls/index.js';
import {
  canonicalJson,
  recordDecision,
  verifyRecord,
  type DecisionRecord,
  type RecordedOutcome,
  type RecordPart,
} from '../../src/records/index.js';
import { assemble } from '../../src/records/recordDecision.js';
import { isPioRulesError } from '../../src/issues/index.js';
import { example, expectSchemaValid, registryWithCap, schemaAccepts } from './fixtures.js';

const decidedAt = '2024-10-01T12:00:00+02:00';
const proposal = example('city-pcp.json');

async function records(): Promise<DecisionRecord[]> {
  const made = await Promise.all([
    recordDecision('validation', proposal, { decidedAt, at: decidedAt, locale: 'en' }),
    recordDecision('validation', { schemaVersion: '1', callId: '2024-2' }, { decidedAt }),
    recordDecision(
      'cofinancing',
      {
        costs: [
          { category: 'rd-services', amount: '1800000.00', label: 'Prototype' },
          { category: 'off-the-shelf', amount: '150000.00' },
        ],
        requested: '1200000.00',
      },
      { decidedAt, at: { id: '2024-1', deadlineDate: '2024-04-18' } },
    ),
    recordDecision('cofinancing', { costs: [] }, { decidedAt, locale: 'en' }),
    recordDecision(
      'cofinancing',
      {
        phases: [
          {
            id: 'design',
            label: 'Ontwerp',
            costs: [{ category: 'rd-services', amount: '300000' }],
          },
          {
            id: 'prototype',
            label: 'Prototype',
            costs: [{ category: 'validation', amount: 500000 }],
          },
        ],
        vat: 'non-recoverable',
      },
      { decidedAt, at: new Date('2024-03-01T00:00:00Z') },
    ),
    recordDecision(
      'assessment',
      { application: proposal, assessment: { scores: uniformScores(7), summary: 'Goed' } },
      { decidedAt, at: decidedAt },
    ),
    recordDecision(
      'assessment',
      { application: proposal, assessment: { scores: { ...uniformScores(7), team: 0 } } },
      { decidedAt, at: decidedAt, locale: 'en' },
    ),
    recordDecision(
      'quick-scan',
      {
        solutionExists: 'unknown',
        rdNeeded: 'A sensor',
        endUserAndSupportBase: true,
        procurementForeseen: false,
      },
      { decidedAt },
    ),
    recordDecision(
      'on-time',
      { submittedAt: '2024-04-18T23:59:59.999+02:00', callId: '2024-1' },
      { decidedAt, locale: 'en' },
    ),
    recordDecision('on-time', { submittedAt: '2031-01-01T00:00:00Z' }, { decidedAt }),
    recordDecision('on-time', { submittedAt: 'soon', callId: 7 }, { decidedAt }),
  ]);
  return made.map((m) => m.record);
}

describe('recordDecision', () => {
  it('returns exactly what the safe function returns, beside the record', async () => {
    const input = { estimatedCost: '2400000.00', requested: '1200000.00' };
    const { result, record } = await recordDecision('cofinancing', input, {
      decidedAt,
      at: '2024-05-01',
      locale: 'en',
    });
    expect(result).toEqual(safeComputeCofinancing(input, { at: '2024-05-01', locale: 'en' }));
    const validated = await recordDecision('validation', proposal, { decidedAt, at: decidedAt });
    expect(validated.result).toEqual(safeValidateApplication(proposal, { at: decidedAt }));
    const assessment = { scores: uniformScores(6) };
    const assessed = await recordDecision(
      'assessment',
      { application: proposal, assessment },
      { decidedAt, at: decidedAt },
    );
    expect(assessed.result).toEqual(
      safeAssessApplication(proposal as never, assessment, { at: decidedAt }),
    );
    expect(assessed.result.success).toBe(true);
    // The deadline of the proposal's call it checked, and the scoring scheme.
    expect(assessed.record.rules.used.map((p) => p.id)).toEqual([
      'calls.timeZone',
      'calls.deadlineTimeOfDay',
      assessed.result.success ? assessed.result.data.scheme.parameterId : '',
    ]);
    expect(assessed.record.trace.steps.length).toBeGreaterThan(4);
    expect(record.kind).toBe('cofinancing');
    expect(record.decidedAt).toBe('2024-10-01T10:00:00.000Z');
    expect(record.options).toEqual({ at: '2024-05-01', locale: 'en' });
    expect(record.input.canonical).toBe(canonicalJson(input));
  });

  it('keeps the explanation in its own words and cites every parameter version', async () => {
    const input = { estimatedCost: '2400000.00' };
    const { result, record } = await recordDecision('cofinancing', input, {
      decidedAt,
      locale: 'en',
    });
    if (!result.success) throw new Error('expected a success');
    const steps = record.trace.steps.filter((s) => s.type === 'computation');
    expect(steps.map((s) => s.text)).toEqual(explainCofinancing(result.data, { locale: 'en' }));
    expect(steps.map((s) => s.code)).toEqual(result.data.explanation.map((s) => s.code));
    expect(record.rules.used.map((p) => p.id)).toEqual(result.data.parameters.map((p) => p.id));
    const cap = record.rules.used.find((p) => p.id === 'cofinancing.cap');
    expect(cap?.value).toBe('1000000.00');
    expect(cap?.source.url).toMatch(/^https?:/);
    expect(record.outcome).toMatchObject({
      success: true,
      data: { maximum: '1000000.00', capped: true },
    });
  });

  it('traces every business rule of a proposal with its outcome and the paths it reads', async () => {
    const { record } = await recordDecision(
      'validation',
      { ...(proposal as object), submittedAt: '2030-01-01T00:00:00+01:00' },
      { decidedAt },
    );
    const onTime = record.trace.steps.find((s) => s.type === 'rule' && s.id === 'on-time');
    expect(onTime).toMatchObject({ outcome: 'fail', reads: ['callId', 'submittedAt'] });
    expect(onTime?.type === 'rule' && onTime.issues.map((i) => i.code)).toContain(
      'submitted_after_deadline',
    );
    expect(record.outcome.success).toBe(false);
    expect(record.rules.calendar?.builtIn).toBe(true);
  });

  it('cites the version of the external expertise maximum when a proposal asks for expertise', async () => {
    const { result, record } = await recordDecision(
      'validation',
      example('municipalities-consortium.json'),
      { decidedAt, at: decidedAt, locale: 'en' },
    );
    expect(result.success).toBe(true);
    const ids = record.rules.used.map((p) => p.id);
    expect(ids).toContain('expertise.indicativeMax');
    expect(ids).toContain('cofinancing.cap');
    const codes = record.trace.steps.flatMap((s) => (s.type === 'computation' ? [s.code] : []));
    expect(codes.some((c) => c.startsWith('expertise'))).toBe(true);
    expect((await verifyRecord(record)).status).toBe('reproduced');
  });

  it('refuses a missing decidedAt, an unknown kind and input that is not JSON data', async () => {
    const codeOf = async (p: Promise<unknown>) =>
      p.then(
        () => 'resolved',
        (e: unknown) => (isPioRulesError(e) ? e.code : 'other'),
      );
    expect(await codeOf(recordDecision('cofinancing', {}, {} as never))).toBe('required');
    expect(await codeOf(recordDecision('cofinancing', {}, { decidedAt: '2024-01-01T10:00' }))).toBe(
      'ambiguous_time',
    );
    expect(await codeOf(recordDecision('reform' as never, {}, { decidedAt }))).toBe(
      'invalid_value',
    );
    expect(
      await codeOf(recordDecision('cofinancing', { estimatedCost: Number.NaN }, { decidedAt })),
    ).toBe('invalid_input');
  });

  it('marks a registry or calendar that is not the built-in one', async () => {
    const { record } = await recordDecision('validation', proposal, {
      decidedAt,
      parameters: registryWithCap('1500000.00'),
      calendar: createCallCalendar(builtInCalls.filter((c) => c.id !== '2017-1')).data,
    });
    expect(record.rules.parameters.builtIn).toBe(false);
    expect(record.rules.calendar?.builtIn).toBe(false);
    expectSchemaValid(record);
    expect(await verifyRecord(record)).toMatchObject({
      status: 'differs',
      rules: { parameters: 'missing', calendar: 'missing' },
    });
    expect(
      await verifyRecord(record, {
        parameters: registryWithCap('1500000.00'),
        calendar: createCallCalendar(builtInCalls.filter((c) => c.id !== '2017-1')).data,
      }),
    ).toMatchObject({
      status: 'reproduced',
      rules: { parameters: 'supplied', calendar: 'supplied' },
    });
  });
});

describe('the record header', () => {
  it('names this library and the version of package.json', async () => {
    const manifest = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8'),
    ) as { name: string; version: string };
    const [record] = await records();
    expect(record!.library).toEqual({ name: manifest.name, version: manifest.version });
    expect(record!.format).toBe('pio-rules/decision@1');
  });
});

describe('verifyRecord', () => {
  it('reproduces every record made with the same library and rules', async () => {
    for (const record of await records()) {
      expectSchemaValid(record);
      const stored: unknown = JSON.parse(canonicalJson(record));
      expect(await verifyRecord(stored)).toMatchObject({ status: 'reproduced', differences: [] });
    }
  });

  it('replays under the recorded rules when the caller supplies them, and says when missing', async () => {
    const parameters = registryWithCap('1500000.00');
    const { record } = await recordDecision(
      'cofinancing',
      { estimatedCost: '2600000.00' },
      {
        decidedAt,
        parameters,
      },
    );
    expect(await verifyRecord(record, { parameters })).toMatchObject({
      status: 'reproduced',
      rules: { parameters: 'supplied', calendar: 'none' },
    });
    const missing = await verifyRecord(record);
    expect(missing.status).toBe('differs');
    expect(missing.rules.parameters).toBe('missing');
  });

  it('says what differs: outcome fields and parameter versions (a record of other code)', async () => {
    const { record } = await recordDecision(
      'cofinancing',
      { estimatedCost: '2600000.00' },
      {
        decidedAt,
      },
    );
    // A consistent record (every digest holds) whose outcome and versions another version of
    // the rules code would have made: assembled from the real parts with two values changed.
    const outcome = record.outcome.success
      ? { ...record.outcome, data: { ...record.outcome.data, maximum: '999999.99' } }
      : record.outcome;
    const plainOutcome: Record<string, unknown> = { ...outcome };
    delete plainOutcome['digest'];
    const used = record.rules.used.map((p) =>
      p.id === 'cofinancing.cap' ? { ...p, value: '999999.99' } : p,
    );
    const other = await assemble({
      kind: record.kind,
      decidedAt: record.decidedAt,
      at: record.options.at,
      locale: record.options.locale,
      canonical: record.input.canonical,
      parameters: record.rules.parameters,
      calendar: record.rules.calendar,
      decided: {
        result: undefined as never,
        outcome: plainOutcome as unknown as RecordedOutcome,
        used,
        steps: record.trace.steps,
      },
    });
    expectSchemaValid(other);
    const report = await verifyRecord(other);
    expect(report.status).toBe('differs');
    expect(report.tampered).toEqual([]);
    expect(report.differences).toEqual([
      { part: 'outcome', path: ['data', 'maximum'], before: '999999.99', after: '1000000.00' },
      {
        part: 'rules',
        path: ['used', 'cofinancing.cap'],
        before: expect.objectContaining({ value: '999999.99' }),
        after: expect.objectContaining({ value: '1000000.00' }),
      },
    ]);
  });

  const parts: readonly RecordPart[] = ['input', 'rules', 'trace', 'outcome'];

  it('names the part of any single changed byte of a stored record (property)', async () => {
    const texts = (await records()).map((r) => canonicalJson(r));
    let parsed = 0;
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: texts.length - 1 }),
        fc.constantFrom(...parts),
        fc.noBias(fc.nat({ max: 2 ** 31 - 1 })),
        fc.integer({ min: 0x20, max: 0x7e }),
        async (which, part, where, byte) => {
          runs += 1;
          const text = texts[which]!;
          const record = JSON.parse(text) as Record<string, unknown>;
          const section = `"${part}":${canonicalJson(record[part])}`;
          const start = text.indexOf(section);
          expect(start).toBeGreaterThan(0);
          const at = start + (where % section.length);
          const changed = String.fromCharCode(byte === text.charCodeAt(at) ? byte ^ 1 : byte);
          const mutated = text.slice(0, at) + changed + text.slice(at + 1);
          let value: unknown;
          try {
            value = JSON.parse(mutated);
          } catch {
            return; // Not JSON any more: no reader takes it for a record.
          }
          if (canonicalJson(value) === text) return; // the same data (1e+30 and 1E+30)
          parsed += 1;
          const report = await verifyRecord(value);
          expect(report.status).toBe('tampered');
          expect(report.tampered).toContain(part);
        },
      ),
      { numRuns: 400 },
    );
    // Most changed bytes keep the text JSON: the property did test the digests.
    expect(parsed).toBeGreaterThan(runs / 2);
  });

  it('names the header when the kind, the options, the instant or the library change', async () => {
    const [record] = await records();
    for (const changed of [
      { ...record!, kind: 'cofinancing' },
      { ...record!, decidedAt: '2024-10-01T10:00:00.001Z' },
      { ...record!, options: { ...record!.options, locale: 'nl' } },
      { ...record!, library: { ...record!.library, version: '9.9.9' } },
      { ...record!, digest: '0'.repeat(64) },
    ])
      expect(await verifyRecord(changed)).toMatchObject({
        status: 'tampered',
        tampered: ['header'],
      });
  });

  it('refuses what is not a record, and the schema refuses an unknown format', async () => {
    const [record] = await records();
    const other = { ...record!, format: 'pio-rules/decision@2' };
    expect(schemaAccepts(other)).toBe(false);
    expect(schemaAccepts({ ...record!, extra: 1 })).toBe(false);
    expect(schemaAccepts(record)).toBe(true);
    const report = await verifyRecord(other);
    expect(report.status).toBe('tampered');
    expect(report.problems.map((p) => p.path)).toEqual([['format']]);
    expect((await verifyRecord(null)).status).toBe('tampered');
    expect((await verifyRecord({ ...record!, outcome: undefined })).tampered).toEqual(['outcome']);
  });
});
