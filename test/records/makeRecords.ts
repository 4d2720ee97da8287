// Prints, as NDJSON, the records of a fixed set of decisions: run under several TZ/LANG pairs by
// test/records/tzLang.test.ts, which compares the bytes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { canonicalJson, recordDecision } from '../../src/records/index.js';
import { uniformScores } from '../hardening/samples.js';

const root = resolve(import.meta.dirname, '../..');
const proposal: unknown = JSON.parse(
  readFileSync(resolve(root, 'examples/applications/city-pcp.json'), 'utf8'),
);
const decidedAt = '2024-10-27T02:30:00+01:00'; // the night the clocks go back in Brussels
const made = [
  await recordDecision('validation', proposal, { decidedAt, at: decidedAt, locale: 'nl-BE' }),
  await recordDecision('validation', proposal, { decidedAt, locale: 'en' }),
  await recordDecision(
    'cofinancing',
    { estimatedCost: '1999999.99', vat: 'non-recoverable', requested: '2000000' },
    { decidedAt: Date.UTC(2024, 2, 31, 1, 0, 0), at: '2024-03-31T02:30:00+02:00', locale: 'en' },
  ),
  await recordDecision(
    'assessment',
    { application: proposal, assessment: { scores: uniformScores('6.5'), summary: 'Sterk' } },
    { decidedAt, at: decidedAt, locale: 'en-GB' },
  ),
  await recordDecision(
    'quick-scan',
    {
      solutionExists: 'no',
      rdNeeded: true,
      endUserAndSupportBase: true,
      procurementForeseen: true,
    },
    { decidedAt: new Date(0) },
  ),
  await recordDecision(
    'on-time',
    { submittedAt: '2024-10-27T02:30:00+02:00', callId: '2024-2' },
    { decidedAt, locale: 'en' },
  ),
];
process.stdout.write(made.map(({ record }) => `${canonicalJson(record)}\n`).join(''));
