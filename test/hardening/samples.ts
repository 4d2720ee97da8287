import * as lib from '../../src/index.js';
import { validDocument } from '../applications/fixtures.js';
import { exampleApplication, uniformScores } from '../criteria/fixtures.js';

/**
 * Real, valid inputs and results of every module: the starting points that the hardening tests
 * break one field at a time, poison with prototype keys, or blow up in size.
 */

/** A valid proposal document as read from JSON (a fresh copy every time). */
export const proposalDocument = (): any => validDocument();

/** The same proposal, parsed (amounts as Money, `submittedAt` as a Date). */
export const application = exampleApplication();

/** Parsed proposals with every optional part between them: partners, external expertise, ... */
export const applications = [
  application,
  exampleApplication('municipalities-consortium.json'),
  exampleApplication('agency-ppi-validation.json'),
];

/** A what-if registry: the maximum rate raised from 2027 on. */
export const whatIfRegistry = lib.createParameterRegistry(
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
);

/** Every built-in parameter definition, as plain JSON data. */
export const definitionsJson = (): any[] =>
  JSON.parse(JSON.stringify(lib.listParameters())) as any[];

/** The built-in calls, as plain JSON data. */
export const callsJson = (): any[] => JSON.parse(JSON.stringify(lib.builtInCalls)) as any[];

/** A calendar of two calls of 2027. */
export const calendar2027 = lib.createCallCalendar([
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
]);

/** Calls: published, thematic and projected. */
export const calls: readonly lib.Call[] = [
  ...lib.getCalls({ year: 2024 }),
  lib.getCall('2020-circular-economy')!,
  lib.getCall('2031-2')!,
  lib.getCall('2027-water', { calendar: calendar2027 })!,
];

/** Cofinancing inputs: cost lines with VAT, an estimate, phases. */
export const cofinancingInputs: readonly any[] = [
  {
    costs: [
      { category: 'rd-services', amount: '1000000.00', label: 'Prototype' },
      { category: 'validation', amount: '250000.50' },
      { category: 'off-the-shelf', amount: '300000.00', label: 'Licenties' },
      { category: 'other', amount: '1.00' },
    ],
    vat: 'non-recoverable',
    requested: '800000.00',
    at: '2024-10-10',
  },
  { estimatedCost: '2400000.00', at: { id: '2024-2', deadlineDate: '2024-10-10' } },
  {
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
];

/** A cofinancing result with every kind of step (VAT, cap, requested, phases). */
export const cofinancingResults = cofinancingInputs.map((input) =>
  lib.computeCofinancing(input, input.phases === undefined ? {} : { capOverride: '1500000.00' }),
);

/** An expertise support result above the indicative maximum. */
export const expertiseResult = lib.computeExpertiseSupport({
  requested: '28000.00',
  at: '2019-06-01',
});

/** An assessment with remarks and a summary. */
export const assessment = {
  scores: uniformScores(7),
  remarks: { need: 'Duidelijk', 'fit-with-pio': 'Past' },
  summary: 'Goed voorstel',
};

/** Assessment results: admitted, and not admitted (a criterion below its threshold). */
export const assessmentResults = [
  lib.assessApplication(application, assessment),
  lib.assessApplication(application, { scores: { ...uniformScores(7), team: 0 } }),
];

/** Quick-scan answers. */
export const quickScanAnswers = {
  solutionExists: 'unknown',
  rdNeeded: 'Sensoren die in riolen werken',
  endUserAndSupportBase: false,
  procurementForeseen: true,
};

/** The built-in scoring scheme, as plain JSON data. */
export const schemeJson = (): any =>
  JSON.parse(JSON.stringify(lib.getDefinition('criteria.scoringScheme').versions[0]!.value));
