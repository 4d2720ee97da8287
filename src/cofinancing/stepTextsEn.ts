import { formatIssueMessage } from '../i18n/formatIssueMessage.js';
import type { RoundingMode } from '../money/rounding.js';
import type { CostCategory } from './costCategories.js';
import { date, exact, money, percent, text, type StepTextTable } from './StepTextTable.js';
import type { CofinancingStepParams } from './types.js';

const CATEGORIES: Readonly<Record<CostCategory, string>> = {
  'rd-services': 'R&D services',
  validation: 'validation',
  'off-the-shelf': 'off-the-shelf solution',
  other: 'other',
};

const MODES: Readonly<Record<RoundingMode, string>> = {
  down: 'down',
  up: 'up',
  halfUp: 'half up',
  halfEven: 'half to even',
};

const pick = <K extends string>(table: Readonly<Record<K, string>>, key: string): string =>
  Object.hasOwn(table, key) ? table[key as K] : key;

const m = (x: CofinancingStepParams, key: string): string => money(x, key, 'en');
const e = (x: CofinancingStepParams, key: string): string => exact(x, key, 'en');
const pct = (x: CofinancingStepParams, key: string): string => percent(x, key, 'en');

function line(x: CofinancingStepParams): string {
  const label = x['label'] === null || x['label'] === undefined ? '' : `, "${text(x, 'label')}"`;
  return `${text(x, 'line')} (${pick(CATEGORIES, text(x, 'category'))}${label}): ${m(x, 'amount')}`;
}

function reason(x: CofinancingStepParams): string {
  const code = text(x, 'reason');
  return code === 'off_the_shelf_not_eligible' || code === 'other_not_eligible'
    ? formatIssueMessage(code, {}, 'en')
    : code;
}

/** English texts of the explanation steps. @internal */
export const stepTextsEn: StepTextTable = {
  parameters_latest: () => 'Rules: the latest version of every parameter',
  parameters_at_date: (x) => `Rules in force on ${date(x, 'date', 'en')}`,
  parameters_at_call: (x) =>
    `Rules in force on the deadline of call ${text(x, 'callId')} (${date(x, 'date', 'en')})`,
  cost_line_eligible: (x) => `${line(x)} is eligible`,
  cost_line_excluded: (x) => `${line(x)} is not eligible: ${reason(x)}`,
  eligible_base: (x) =>
    `Eligible base excl. VAT: ${m(x, 'net')} (${text(x, 'eligibleLines')} eligible cost line(s); ${text(x, 'excludedLines')} excluded, together ${m(x, 'excludedAmount')})`,
  vat_excluded: () => 'VAT: the base is excl. VAT (the buyer recovers the VAT)',
  vat_non_recoverable: (x) =>
    `Non-recoverable VAT: ${pct(x, 'vatPercent')} of ${m(x, 'net')} = ${e(x, 'exact')}, rounded ${pick(MODES, text(x, 'mode'))} to ${m(x, 'vat')}; base incl. VAT: ${m(x, 'base')}`,
  rate_applied: (x) =>
    `At most ${pct(x, 'ratePercent')} of the base: ${pct(x, 'ratePercent')} of ${m(x, 'base')} = ${e(x, 'exact')}`,
  rounded: (x) =>
    `Rounded to the cent (${pick(MODES, text(x, 'mode'))}, so the maximum rate is never exceeded): ${e(x, 'exact')} becomes ${m(x, 'result')}`,
  cap_overridden: (x) =>
    `The indicative cap of about ${m(x, 'indicativeCap')} was replaced by decision with ${m(x, 'cap')}`,
  cap_applied: (x) =>
    `${pct(x, 'ratePercent')} of ${m(x, 'base')} = ${m(x, 'uncapped')}, capped at ${m(x, 'cap')} (${x['indicative'] === false ? 'decision' : 'indicative cap'})`,
  cap_not_reached: (x) =>
    `${pct(x, 'ratePercent')} of ${m(x, 'base')} = ${m(x, 'uncapped')}, below ${x['indicative'] === false ? 'the cap set by decision of' : 'the indicative cap of about'} ${m(x, 'cap')}`,
  maximum: (x) => `Maximum cofinancing: ${m(x, 'maximum')}`,
  requested_granted: (x) => `Requested: ${m(x, 'requested')}; granted: ${m(x, 'granted')}`,
  requested_cut: (x) =>
    `Requested: ${m(x, 'requested')}, more than the maximum of ${m(x, 'maximum')}; granted: ${m(x, 'granted')}`,
  phases_allocated: (x) =>
    `Split over ${text(x, 'count')} phase(s) in proportion to their base (largest remainder); the shares add up exactly to ${m(x, 'maximum')}`,
  phase_share: (x) =>
    `Phase "${text(x, 'label')}" (${text(x, 'phaseId')}): base ${m(x, 'base')}, share ${m(x, 'share')}`,
  expertise_within_indicative_max: (x) =>
    `External expertise: requested ${m(x, 'requested')}, within the indicative maximum of ${m(x, 'maximum')}`,
  expertise_above_indicative_max: (x) =>
    `External expertise: requested ${m(x, 'requested')}, above the indicative maximum of ${m(x, 'maximum')} (the decision committee may decide otherwise)`,
};
