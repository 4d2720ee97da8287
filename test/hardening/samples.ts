/* eslint-disable @typescript-eslint/no-unsafe-return -- samples read from JSON, untyped on purpose */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as lib from '../../src/index.js';

/**
 * Real, valid inputs and results of every module: the starting points that the hardening tests
 * break one field at a time, poison with prototype keys, or blow up in size, and that the API and
 * locale tests call every public function with. Built from the example files and the public API
 * only (no other test's fixtures), so they follow the API and nothing else.
 */

const examplesDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../examples/applications');

/** An example proposal as read from JSON (a fresh copy every time). */
export function exampleDocument(file = 'city-pcp.json'): any {
  return JSON.parse(readFileSync(resolve(examplesDir, file), 'utf8'));
}

/** A valid proposal document as read from JSON (a fresh copy every time). */
export const proposalDocument = (): any => exampleDocument();

/**
 * A proposal above the cap and late: costs of € 2.500.000,00 (so 50% is € 1.250.000,00, above the
 * cap of about € 1.000.000,00), € 1.100.000,00 requested, submitted the day after the deadline.
 */
export function overCapLateDocument(): any {
  const doc = proposalDocument();
  doc.procurement.costs[1].amount = '1950000.00';
  doc.support.cofinancing.requested = '1100000.00';
  doc.submittedAt = '2024-10-11T09:00:00+02:00';
  return doc;
}

/** A parsed proposal (amounts as Money, `submittedAt` as a Date). */
export function parsedApplication(file = 'city-pcp.json'): lib.Application {
  return lib.validateApplication(exampleDocument(file)).data.application;
}

/** The city's proposal, parsed. */
export const application = parsedApplication();

/** Parsed proposals with every optional part between them: partners, external expertise, ... */
export const applications: readonly lib.Application[] = [
  application,
  parsedApplication('municipalities-consortium.json'),
  parsedApplication('agency-ppi-validation.json'),
];

/** A what-if registry: the maximum rate raised from 2027 on. */
export const whatIfRegistry: lib.ParameterRegistry = lib.createParameterRegistry(
  [
    {
      ...lib.getDefinition('cofinancing.maxRate'),
      versions: [
        ...lib.getDefinition('cofinancing.maxRate').versions.map((v) => ({
          ...v,
          validUntil: v.validUntil ?? '2026-12-31',
        })),
        {
          value: '0.6',
          validFrom: '2027-01-01',
          status: 'assumed' as const,
          source: { title: 'what-if', url: 'https://example.org/what-if' },
        },
      ],
    },
  ],
  { base: lib.defaultParameters },
).data;

/** Every built-in parameter definition, as plain JSON data. */
export const definitionsJson = (): any[] =>
  JSON.parse(JSON.stringify(lib.listParameters())) as any[];

/** Two definitions whose versions overlap and run backwards: a registry that is refused. */
export function badDefinitions(): any[] {
  const def = definitionsJson().find((d) => d.id === 'cofinancing.maxRate');
  const first = def.versions[0];
  return [
    {
      ...def,
      versions: [
        { ...first, validFrom: '2024-01-01', validUntil: '2023-01-01' },
        { ...first, validFrom: '2023-06-01' },
      ],
    },
  ];
}

/** The built-in calls, as plain JSON data. */
export const callsJson = (): any[] => JSON.parse(JSON.stringify(lib.builtInCalls)) as any[];

/** Two calls of 2027, as JSON data. */
export const calendar2027Json = (): any[] => [
  {
    id: '2027-1',
    year: 2027,
    kind: 'regular',
    deadlineDate: '2027-04-22',
    title: { nl: 'Oproep 1 van 2027', en: 'Call 1 of 2027' },
  },
  {
    id: '2027-water',
    year: 2027,
    kind: 'thematic',
    deadlineDate: '2027-06-30',
    opensAt: '2027-03-01T09:00:00+01:00',
    title: { nl: 'Water', en: 'Water' },
  },
];

/** A calendar of two calls of 2027. */
export const calendar2027: lib.CallCalendar = lib.createCallCalendar(calendar2027Json()).data;

/** Calendar entries with mistakes: a call of the wrong year, one that opens after its deadline. */
export function badCalendarJson(): any[] {
  const [first, second] = calendar2027Json();
  return [
    { ...first, year: 2026 },
    { ...second, opensAt: '2027-07-01T09:00:00+02:00' },
  ];
}

/** Calls: published, thematic and projected. */
export const calls: readonly lib.Call[] = [
  ...lib.getCalls({ year: 2024 }),
  lib.getCall('2020-circular-economy')!,
  lib.getCall('2031-2')!,
  lib.getCall('2027-water', { calendar: calendar2027 })!,
];

/** A cofinancing computation: its input and its options. */
export interface CofinancingCase {
  readonly input: any;
  readonly options: lib.ComputeCofinancingOptions;
}

/** Cofinancing computations: cost lines with VAT, an estimate, phases with a cap override. */
export const cofinancingCases: readonly CofinancingCase[] = [
  {
    input: {
      costs: [
        { category: 'rd-services', amount: '1000000.00', label: 'Prototype' },
        { category: 'validation', amount: '250000.50' },
        { category: 'off-the-shelf', amount: '300000.00', label: 'Licenties' },
        { category: 'other', amount: '1.00' },
      ],
      vat: 'non-recoverable',
      requested: '800000.00',
    },
    options: { at: '2024-10-10' },
  },
  {
    input: { estimatedCost: '2400000.00', requested: '1100000.00' },
    options: { at: { id: '2024-2', deadlineDate: '2024-10-10' } },
  },
  {
    input: {
      phases: [
        { id: 'design', label: 'Ontwerp', costs: [{ category: 'rd-services', amount: '100000' }] },
        {
          id: 'prototype',
          label: 'Prototype',
          costs: [
            { category: 'rd-services', amount: '333333.33' },
            { category: 'validation', amount: '0.01' },
          ],
        },
      ],
      requested: '1.00',
    },
    options: { capOverride: '1500000.00' },
  },
];

/** The cofinancing inputs alone. */
export const cofinancingInputs: readonly any[] = cofinancingCases.map((c) => c.input);

/** A cofinancing result with every kind of step (VAT, cap, requested, phases). */
export const cofinancingResults: readonly lib.CofinancingResult[] = cofinancingCases.map(
  (c) => lib.computeCofinancing(c.input, c.options).data,
);

/** An expertise support input above the indicative maximum, and its options. */
export const expertiseCase = {
  input: { requested: '28000.00' },
  options: { at: { id: '2019-2', deadlineDate: '2019-12-13' } },
} as const;

/** An expertise support result above the indicative maximum. */
export const expertiseResult: lib.ExpertiseSupport = lib.computeExpertiseSupport(
  expertiseCase.input,
  expertiseCase.options,
).data;

/** The scorable ids of the built-in scheme. */
export const scorableIds = [
  'market-gap',
  'rd-needed',
  'need',
  'end-users-and-support-base',
  'team',
  'procurement-route',
] as const;

/** The same score for every sub-criterion of the built-in scheme. */
export const uniformScores = (score: number | string): Record<string, number | string> =>
  Object.fromEntries(scorableIds.map((id) => [id, score]));

/** An assessment with remarks and a summary. */
export const assessment = {
  scores: uniformScores(7),
  remarks: { need: 'Duidelijk', 'fit-with-pio': 'Past' },
  summary: 'Goed voorstel',
};

/**
 * Assessment results: admitted; not admitted (a criterion below its threshold); not admitted
 * (exclusion criteria: not subject to procurement law, economic activities, market distortion).
 */
export const assessmentResults: readonly lib.AssessmentResult[] = [
  lib.assessApplication(application, assessment).data,
  lib.assessApplication(application, { scores: { ...uniformScores(7), team: 0 } }).data,
  lib.assessApplication(exampleDocument('invalid-not-eligible.json'), assessment).data,
];

/** Quick-scan answers (orange: the market is unknown). */
export const quickScanAnswers = {
  solutionExists: 'unknown',
  rdNeeded: 'Sensoren die in riolen werken',
  endUserAndSupportBase: false,
  procurementForeseen: true,
} as const;

/** The quick scan of those answers. */
export const quickScanResult: lib.QuickScanResult = lib.innovationQuickScan(quickScanAnswers).data;

/** The built-in scoring scheme, as plain JSON data. */
export const schemeJson = (): any =>
  JSON.parse(JSON.stringify(lib.getDefinition('criteria.scoringScheme').versions[0]!.value));
