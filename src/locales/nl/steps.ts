import type { StepTexts } from '../LocaleTable.js';
import { costLine as line } from '../costLine.js';
import { issues } from './issues.js';
import type { DecisionBodyName } from '../../vocabulary/index.js';
import { decisionBodyName } from '../decisionBody.js';

/** " van <het orgaan>" after "bij beslissing", or nothing when no body is named. */
const by = (body: DecisionBodyName | undefined): string => {
  const name = decisionBodyName(body, 'nl');
  return name === undefined ? '' : ` van ${name}`;
};

/** Dutch texts of the explanation steps. @internal */
export const steps: StepTexts = {
  parameters_latest: () => 'Regels: de meest recente versie van elke parameter',
  parameters_at_date: (x, f) => `Regels zoals van kracht op ${f.date(x.date)}`,
  parameters_at_call: (x, f) =>
    `Regels zoals van kracht op de uiterste indieningsdatum van oproep ${x.callId} (${f.date(x.date)}${x.status === undefined ? '' : `, ${f.label('callDataStatus', x.status)}`})`,
  cost_line_eligible: (x, f) => `${line(x, f)} komt in aanmerking`,
  cost_line_excluded: (x, f) =>
    `${line(x, f)} komt niet in aanmerking: ${
      x.reason === 'off_the_shelf_not_eligible'
        ? issues.off_the_shelf_not_eligible({}, f)
        : issues.other_not_eligible({ category: x.category }, f)
    }`,
  eligible_base: (x, f) =>
    `Subsidiabele basis exclusief btw: ${f.amount(x.net)} (${String(x.eligibleLines)} ${x.eligibleLines === 1 ? 'kostenlijn' : 'kostenlijnen'} in aanmerking; ${String(x.excludedLines)} uitgesloten, samen ${f.amount(x.excludedAmount)})`,
  vat_excluded: () => 'Btw: de basis is exclusief btw (de aankoper recupereert de btw)',
  vat_non_recoverable: (x, f) =>
    `Niet-recupereerbare btw: ${f.percent(x.vatRate)} van ${f.amount(x.net)} = ${f.exact(x.exact)}, ${f.label('roundingMode', x.mode)} afgerond tot ${f.amount(x.vat)}; basis inclusief btw: ${f.amount(x.base)}`,
  rate_applied: (x, f) =>
    `Maximaal ${f.percent(x.rate)} van de basis: ${f.percent(x.rate)} van ${f.amount(x.base)} = ${f.exact(x.exact)}`,
  rounded: (x, f) =>
    `Afgerond op de cent (${f.label('roundingMode', x.mode)}, zodat het maximumpercentage nooit wordt overschreden): ${f.exact(x.exact)} wordt ${f.amount(x.result)}`,
  cap_overridden: (x, f) =>
    `Het richtbedrag van circa ${f.amount(x.indicativeCap)} is bij beslissing${by(x.decisionBody)} vervangen door ${f.amount(x.cap)}`,
  cap_applied: (x, f) =>
    `${f.percent(x.rate)} van ${f.amount(x.base)} = ${f.amount(x.uncapped)}, begrensd tot ${f.amount(x.cap)} (${x.indicative ? 'richtbedrag' : 'beslissing'})`,
  cap_not_reached: (x, f) =>
    `${f.percent(x.rate)} van ${f.amount(x.base)} = ${f.amount(x.uncapped)}, onder ${x.indicative ? 'het richtbedrag van circa' : 'het bij beslissing vastgelegde plafond van'} ${f.amount(x.cap)}`,
  maximum: (x, f) => `Maximale cofinanciering: ${f.amount(x.maximum)}`,
  requested_within: (x, f) =>
    `Gevraagd: ${f.amount(x.requested)}, binnen het maximum; berekend: ${f.amount(x.granted)}`,
  requested_cut: (x, f) =>
    `Gevraagd: ${f.amount(x.requested)}, meer dan het maximum van ${f.amount(x.maximum)}; berekend: ${f.amount(x.granted)}`,
  phases_allocated: (x, f) =>
    `Verdeeld over ${String(x.count)} ${x.count === 1 ? 'fase' : 'fasen'} naar verhouding van hun basis (grootste rest); de aandelen tellen exact op tot ${f.amount(x.maximum)}`,
  phase_share: (x, f) =>
    `Fase ${f.quote(x.label)} (${x.phaseId}): basis ${f.amount(x.base)}, aandeel ${f.amount(x.share)}`,
  expertise_within_indicative_max: (x, f) =>
    `Externe expertise: gevraagd ${f.amount(x.requested)}, binnen het richtbedrag van ${f.amount(x.maximum)}`,
  expertise_above_indicative_max: (x, f) =>
    `Externe expertise: gevraagd ${f.amount(x.requested)}, boven het richtbedrag van ${f.amount(x.maximum)} (een richtbedrag: de inzet van externe expertise wordt in onderling overleg bepaald)`,
};
