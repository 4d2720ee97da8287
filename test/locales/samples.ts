import type { IssueCode } from '../../src/issues/codes.js';
import type { IssueParams } from '../../src/issues/params.js';

/**
 * A realistic params object for every issue code: a code added without a sample here fails to
 * compile. Optional params are left out (see `variants` for them).
 */
export const samples: { readonly [C in IssueCode]: IssueParams[C] } = {
  invalid_amount: { received: '"12,50"' },
  amount_precision: { received: '1.234' },
  amount_out_of_range: { received: '20000000000000.00', maximum: '10000000000000' },
  invalid_ratio: { received: '-0.5', problem: 'malformed' },
  invalid_rounding_mode: { received: 'sideways', expected: ['down', 'halfUp', 'halfEven', 'up'] },
  invalid_time: { received: 'yesterday' },
  ambiguous_time: { received: '2024-10-10T16:30' },
  invalid_date: { received: '2024-02-30' },
  unsupported_locale: { received: 'fr', expected: ['nl', 'en'] },
  invalid_type: { expected: 'text', received: 'number' },
  required: {},
  unknown_key: { key: 'amuont' },
  too_long: { maximum: 200, unit: 'characters' },
  too_short: { minimum: 2, unit: 'items' },
  too_big: { maximum: '1' },
  too_small: { minimum: '0' },
  invalid_value: { received: '"maybe"', expected: ['yes', 'no'] },
  invalid_format: { format: 'enterprise-number' },
  duplicate_id: { id: 'cofinancing.maxRate' },
  input_too_large: { limit: 'text', maximum: 1_000_000 },
  invalid_input: { problem: 'cycle' },
  unknown_parameter: { id: 'cofinancing.nope' },
  no_parameter_value: { id: 'cofinancing.cap', at: '2016-12-31' },
  versions_overlap: { id: 'cofinancing.maxRate', version: 1 },
  version_dates_reversed: { validFrom: '2027-01-02', validUntil: '2027-01-01' },
  unknown_time_zone: { received: 'Mars/Olympus_Mons' },
  unknown_call: { callId: '2031-9' },
  call_year_mismatch: { year: 2025, deadlineDate: '2024-10-10' },
  invalid_call_id: { id: '2024-x', kind: 'regular', year: 2024 },
  opens_after_deadline: {
    opensAt: '2024-11-01T08:00:00.000Z',
    deadline: '2024-10-10T22:00:00.000Z',
    timeZone: 'Europe/Brussels',
  },
  projection_slots_mismatch: { slots: 3, perYear: 2, validFrom: '2017-01-01' },
  no_cost_lines: {},
  negative_amount: { amount: '-1250.00' },
  requested_above_maximum: {
    requested: '1100000.00',
    maximum: '1000000.00',
    granted: '1000000.00',
  },
  off_the_shelf_not_eligible: {},
  other_not_eligible: { category: 'other' },
  cap_overridden: { indicativeCap: '1000000.00', cap: '1200000.00' },
  expertise_above_indicative_max: { requested: '35000.00', maximum: '30000.00' },
  unsupported_schema_version: { received: '"0.9"', expected: ['1.0'] },
  organisation_not_eligible: { organisationType: 'ocmw' },
  not_subject_to_procurement_law: {},
  economic_activities_outside_general_interest: {},
  market_distortion: {},
  invalid_enterprise_number: { received: '0123.456.789' },
  submitted_after_deadline: {
    submittedAt: '2024-10-11T07:00:00.000Z',
    deadline: '2024-10-10T22:00:00.000Z',
    deadlineDate: '2024-10-10',
    deadlineTimeOfDay: '24:00',
    callId: '2024-2',
    timeZone: 'Europe/Brussels',
    judgedBy: 'submission',
  },
  submission_time_unknown: {},
  commercially_available_solution: {},
  cofinancing_above_max_rate: {
    requested: '1100000.00',
    maximum: '1000000.00',
    eligibleBase: '2000000.00',
    rate: '0.5',
  },
  cofinancing_above_indicative_cap: { requested: '1100000.00', cap: '1000000.00' },
  no_support_requested: {},
  no_procurement_foreseen: {},
  partner_is_applicant: { enterpriseNumber: '0123.456.749' },
  duplicate_partner: { enterpriseNumber: '0123.456.749' },
  weights_do_not_sum: { sum: '0.9', expected: '1' },
  scale_reversed: { min: '10', max: '0' },
  threshold_outside_scale: { threshold: '12', min: '0', max: '10' },
  unknown_criterion: { criterionId: 'beauty', expected: ['fit-with-pio', 'relevance-and-impact'] },
  missing_criterion: { criterionId: 'fit-with-pio' },
  missing_score: { criterionId: 'relevance-and-impact' },
  score_out_of_range: { criterionId: 'quality-of-approach', score: '11', min: '0', max: '10' },
  criterion_below_threshold: { criterionId: 'fit-with-pio', score: '4.5', threshold: '5' },
  total_below_threshold: { total: '5.5', threshold: '6' },
};

/** One issue to render: a code and params of its type. */
export type Sample = {
  [C in IssueCode]: { readonly code: C; readonly params: IssueParams[C] };
}[IssueCode];

const sample = <C extends IssueCode>(code: C, params: IssueParams[C]): Sample =>
  ({ code, params }) as Sample;

/** The other branches of the messages: optional params and every kind of a closed param. */
export const variants: readonly Sample[] = [
  sample('invalid_amount', { received: '"1234.56"', typed: 'nl' }),
  sample('invalid_amount', { received: '"1,5"', typed: 'en' }),
  sample('invalid_ratio', { received: '[]', problem: 'none' }),
  sample('invalid_ratio', { received: '0', problem: 'all_zero' }),
  sample('invalid_type', { expected: 'registry', received: 'object' }),
  sample('invalid_type', { expected: 'integer', received: 'nothing' }),
  sample('too_long', { maximum: 3, unit: 'items' }),
  sample('too_long', { maximum: 1, unit: 'characters' }),
  sample('too_short', { minimum: 1, unit: 'characters' }),
  sample('too_short', { minimum: 1, unit: 'items' }),
  sample('too_short', { minimum: 3, unit: 'characters' }),
  sample('invalid_value', {
    received: '"maybe"',
    expected: ['yes', 'partly', 'no', 'unknown'],
    enum: 'marketAnswer',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['rd-services', 'validation', 'off-the-shelf', 'other'],
    enum: 'costCategory',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: [
      'workshops',
      'state-of-the-art',
      'market-consultation',
      'user-survey',
      'feasibility-study',
    ],
    enum: 'expertiseActivity',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['pcp', 'ppi', 'ppi-with-validation', 'innovation-partnership'],
    enum: 'procurementProcedure',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['excluded', 'non-recoverable'],
    enum: 'vatTreatment',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['not-existing', 'partially-existing', 'commercially-available'],
    enum: 'solutionMaturity',
  }),
  sample('invalid_value', { received: '"x"', expected: ['regular', 'thematic'], enum: 'callKind' }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['published', 'projected'],
    enum: 'callDataStatus',
  }),
  sample('invalid_value', {
    received: '"x"',
    expected: ['published', 'assumed'],
    enum: 'parameterStatus',
  }),
  sample('invalid_value', { received: '"x"', expected: ['nl', 'en'], enum: 'locale' }),
  sample('invalid_value', { received: '5', expected: [] }),
  sample('invalid_format', { format: 'amount' }),
  sample('invalid_format', { format: 'instant' }),
  sample('invalid_format', { format: 'date' }),
  sample('invalid_format', { format: 'not-blank' }),
  sample('invalid_format', { format: 'call-id' }),
  sample('invalid_format', { format: 'parameter-id' }),
  sample('invalid_format', { format: 'email' }),
  sample('invalid_format', { format: 'phone' }),
  sample('invalid_format', { format: 'rate' }),
  sample('invalid_format', { format: 'decimal' }),
  sample('invalid_format', { format: 'time-of-day' }),
  sample('input_too_large', { limit: 'values', maximum: 10_000 }),
  sample('input_too_large', { limit: 'depth', maximum: 32 }),
  sample('input_too_large', { limit: 'items', maximum: 10_000 }),
  sample('invalid_input', { problem: 'unreadable' }),
  sample('invalid_call_id', { id: '2024-1', kind: 'thematic' }),
  sample('no_parameter_value', { id: 'myApp.empty', at: '' }),
  sample('submitted_after_deadline', { ...samples.submitted_after_deadline, judgedBy: 'option' }),
  sample('other_not_eligible', { category: 'off-the-shelf' }),
  sample('organisation_not_eligible', { organisationType: 'flemish-department' }),
  sample('organisation_not_eligible', { organisationType: 'care-institution' }),
  sample('missing_score', { criterionId: 'need' }),
  sample('unknown_criterion', { criterionId: 'market-gap', expected: [], ownNeedsLabel: true }),
  sample('weights_do_not_sum', { sum: '0.9', expected: '1', criterionId: 'fit-with-pio' }),
  sample('invalid_rounding_mode', { received: '', expected: ['down'] }),
];

/** Every sample and variant. */
export const allSamples: readonly Sample[] = [
  ...(Object.entries(samples) as [IssueCode, never][]).map(([code, params]) =>
    sample(code, params),
  ),
  ...variants,
];
