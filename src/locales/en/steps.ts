import type { StepTexts } from '../LocaleTable.js';
import { costLine as line } from '../costLine.js';
import { issues } from './issues.js';
import type { DecisionBodyName } from '../../vocabulary/index.js';
import { decisionBodyName } from '../decisionBody.js';

/** " of <the body>" after "by decision", or nothing when no body is named. */
const by = (body: DecisionBodyName | undefined): string => {
  const name = decisionBodyName(body, 'en');
  return name === undefined ? '' : ` of ${name}`;
};

/** English texts of the explanation steps. @internal */
export const steps: StepTexts = {
  parameters_latest: () => 'Rules: the latest version of every parameter',
  parameters_at_date: (x, f) => `Rules in force on ${f.date(x.date)}`,
  parameters_at_call: (x, f) =>
    `Rules in force on the deadline of call ${x.callId} (${f.date(x.date)}${x.status === undefined ? '' : `, ${f.label('callDataStatus', x.status)}`})`,
  cost_line_eligible: (x, f) => `${line(x, f)} is eligible`,
  cost_line_excluded: (x, f) =>
    `${line(x, f)} is not eligible: ${
      x.reason === 'off_the_shelf_not_eligible'
        ? issues.off_the_shelf_not_eligible({}, f)
        : issues.other_not_eligible({ category: x.category }, f)
    }`,
  eligible_base: (x, f) =>
    `Eligible base excl. VAT: ${f.amount(x.net)} (${String(x.eligibleLines)} eligible cost ${x.eligibleLines === 1 ? 'line' : 'lines'}; ${String(x.excludedLines)} excluded, together ${f.amount(x.excludedAmount)})`,
  vat_excluded: () => 'VAT: the base is excl. VAT (the buyer recovers the VAT)',
  vat_non_recoverable: (x, f) =>
    `Non-recoverable VAT: ${f.percent(x.vatRate)} of ${f.amount(x.net)} = ${f.exact(x.exact)}, rounded ${f.label('roundingMode', x.mode)} to ${f.amount(x.vat)}; base incl. VAT: ${f.amount(x.base)}`,
  rate_applied: (x, f) =>
    `At most ${f.percent(x.rate)} of the base: ${f.percent(x.rate)} of ${f.amount(x.base)} = ${f.exact(x.exact)}`,
  rounded: (x, f) =>
    `Rounded to the cent (${f.label('roundingMode', x.mode)}, so the maximum rate is never exceeded): ${f.exact(x.exact)} becomes ${f.amount(x.result)}`,
  cap_overridden: (x, f) =>
    `The indicative cap of about ${f.amount(x.indicativeCap)} was replaced by decision${by(x.decisionBody)} with ${f.amount(x.cap)}`,
  cap_applied: (x, f) =>
    `${f.percent(x.rate)} of ${f.amount(x.base)} = ${f.amount(x.uncapped)}, capped at ${f.amount(x.cap)} (${x.indicative ? 'indicative cap' : 'decision'})`,
  cap_not_reached: (x, f) =>
    `${f.percent(x.rate)} of ${f.amount(x.base)} = ${f.amount(x.uncapped)}, below ${x.indicative ? 'the indicative cap of about' : 'the cap set by decision of'} ${f.amount(x.cap)}`,
  maximum: (x, f) => `Maximum cofinancing: ${f.amount(x.maximum)}`,
  requested_within: (x, f) =>
    `Requested: ${f.amount(x.requested)}, within the maximum; computed: ${f.amount(x.granted)}`,
  requested_cut: (x, f) =>
    `Requested: ${f.amount(x.requested)}, more than the maximum of ${f.amount(x.maximum)}; computed: ${f.amount(x.granted)}`,
  phases_allocated: (x, f) =>
    `Split over ${String(x.count)} ${x.count === 1 ? 'phase' : 'phases'} in proportion to their base (largest remainder); the shares add up exactly to ${f.amount(x.maximum)}`,
  phase_share: (x, f) =>
    `Phase ${f.quote(x.label)} (${x.phaseId}): base ${f.amount(x.base)}, share ${f.amount(x.share)}`,
  expertise_within_indicative_max: (x, f) =>
    `External expertise: requested ${f.amount(x.requested)}, within the indicative maximum of ${f.amount(x.maximum)}`,
  expertise_above_indicative_max: (x, f) =>
    `External expertise: requested ${f.amount(x.requested)}, above the indicative maximum of ${f.amount(x.maximum)} (an indicative amount: the use of external expertise is agreed by mutual consultation)`,
};
