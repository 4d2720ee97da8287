import { formatIssueMessage } from '../i18n/formatIssueMessage.js';
import type { RoundingMode } from '../money/rounding.js';
import type { CostCategory } from './costCategories.js';
import { date, exact, money, percent, text, type StepTextTable } from './StepTextTable.js';
import type { CofinancingStepParams } from './types.js';

const CATEGORIES: Readonly<Record<CostCategory, string>> = {
  'rd-services': 'O&O-diensten',
  validation: 'validatie',
  'off-the-shelf': 'kant-en-klare oplossing',
  other: 'overige',
};

const MODES: Readonly<Record<RoundingMode, string>> = {
  down: 'naar beneden',
  up: 'naar boven',
  halfUp: 'half naar boven',
  halfEven: 'half naar even',
};

const pick = <K extends string>(table: Readonly<Record<K, string>>, key: string): string =>
  Object.hasOwn(table, key) ? table[key as K] : key;

const m = (x: CofinancingStepParams, key: string): string => money(x, key, 'nl-BE');
const e = (x: CofinancingStepParams, key: string): string => exact(x, key, 'nl-BE');
const pct = (x: CofinancingStepParams, key: string): string => percent(x, key, 'nl-BE');

function line(x: CofinancingStepParams): string {
  const label = x['label'] === null || x['label'] === undefined ? '' : `, "${text(x, 'label')}"`;
  return `${text(x, 'line')} (${pick(CATEGORIES, text(x, 'category'))}${label}): ${m(x, 'amount')}`;
}

function reason(x: CofinancingStepParams): string {
  const code = text(x, 'reason');
  return code === 'off_the_shelf_not_eligible' || code === 'other_not_eligible'
    ? formatIssueMessage(code, {}, 'nl-BE')
    : code;
}

/** Dutch (nl-BE) texts of the explanation steps. @internal */
export const stepTextsNl: StepTextTable = {
  parameters_latest: () => 'Regels: de meest recente versie van elke parameter',
  parameters_at_date: (x) => `Regels zoals van kracht op ${date(x, 'date', 'nl-BE')}`,
  parameters_at_call: (x) =>
    `Regels zoals van kracht op de uiterste indieningsdatum van oproep ${text(x, 'callId')} (${date(x, 'date', 'nl-BE')})`,
  cost_line_eligible: (x) => `${line(x)} komt in aanmerking`,
  cost_line_excluded: (x) => `${line(x)} komt niet in aanmerking: ${reason(x)}`,
  eligible_base: (x) =>
    `Subsidiabele basis exclusief btw: ${m(x, 'net')} (${text(x, 'eligibleLines')} kostenlijn(en) in aanmerking; ${text(x, 'excludedLines')} uitgesloten, samen ${m(x, 'excludedAmount')})`,
  vat_excluded: () => 'Btw: de basis is exclusief btw (de aankoper recupereert de btw)',
  vat_non_recoverable: (x) =>
    `Niet-recupereerbare btw: ${pct(x, 'vatPercent')} van ${m(x, 'net')} = ${e(x, 'exact')}, ${pick(MODES, text(x, 'mode'))} afgerond tot ${m(x, 'vat')}; basis inclusief btw: ${m(x, 'base')}`,
  rate_applied: (x) =>
    `Maximaal ${pct(x, 'ratePercent')} van de basis: ${pct(x, 'ratePercent')} van ${m(x, 'base')} = ${e(x, 'exact')}`,
  rounded: (x) =>
    `Afgerond op de cent (${pick(MODES, text(x, 'mode'))}, zodat het maximumpercentage nooit wordt overschreden): ${e(x, 'exact')} wordt ${m(x, 'result')}`,
  cap_overridden: (x) =>
    `Het richtbedrag van circa ${m(x, 'indicativeCap')} is bij beslissing vervangen door ${m(x, 'cap')}`,
  cap_applied: (x) =>
    `${pct(x, 'ratePercent')} van ${m(x, 'base')} = ${m(x, 'uncapped')}, begrensd tot ${m(x, 'cap')} (${x['indicative'] === false ? 'beslissing' : 'richtbedrag'})`,
  cap_not_reached: (x) =>
    `${pct(x, 'ratePercent')} van ${m(x, 'base')} = ${m(x, 'uncapped')}, onder ${x['indicative'] === false ? 'het bij beslissing vastgelegde plafond van' : 'het richtbedrag van circa'} ${m(x, 'cap')}`,
  maximum: (x) => `Maximale cofinanciering: ${m(x, 'maximum')}`,
  requested_granted: (x) => `Gevraagd: ${m(x, 'requested')}; toegekend: ${m(x, 'granted')}`,
  requested_cut: (x) =>
    `Gevraagd: ${m(x, 'requested')}, meer dan het maximum van ${m(x, 'maximum')}; toegekend: ${m(x, 'granted')}`,
  phases_allocated: (x) =>
    `Verdeeld over ${text(x, 'count')} fase(n) naar verhouding van hun basis (grootste rest); de aandelen tellen exact op tot ${m(x, 'maximum')}`,
  phase_share: (x) =>
    `Fase "${text(x, 'label')}" (${text(x, 'phaseId')}): basis ${m(x, 'base')}, aandeel ${m(x, 'share')}`,
  expertise_within_indicative_max: (x) =>
    `Externe expertise: gevraagd ${m(x, 'requested')}, binnen het richtbedrag van ${m(x, 'maximum')}`,
  expertise_above_indicative_max: (x) =>
    `Externe expertise: gevraagd ${m(x, 'requested')}, boven het richtbedrag van ${m(x, 'maximum')} (het beslissingscomité kan anders beslissen)`,
};
