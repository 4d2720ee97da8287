// The demo: `npm run demo` (Dutch) or `npm run demo -- --en` (English).
// What @vlaio/pio-rules does, from a fixed "now" so the output is the same on every machine.
import { readFileSync } from 'node:fs';
import {
  assessApplication,
  computeCofinancing,
  explainAssessment,
  safeValidateApplication,
  formatPath,
  eur,
  explainCofinancing,
  formatDeadline,
  formatEur,
  getCall,
  getCalls,
  getParameter,
  isOnTime,
  listParameters,
  nextDeadline,
  parseEur,
  PioRulesError,
} from '@vlaio/pio-rules';

const locale = process.argv.includes('--en') ? 'en' : 'nl-BE';
const english = locale === 'en';
const t = (nl: string, en: string) => (english ? en : nl);
const now = '2026-11-25T10:00:00+01:00';

console.log(
  t(
    '== @vlaio/pio-rules: de regels van het PIO, exact en uitgelegd ==',
    '== @vlaio/pio-rules: the rules of PIO, exact and explained ==',
  ),
);

console.log(
  `\n${t('1. Oproepen en uiterste datums (Brusselse tijd)', '1. Calls and deadlines (Brussels time)')}`,
);
const next = nextDeadline({ at: now });
if (next !== undefined) {
  console.log(
    `   ${t('Volgende uiterste datum vanaf', 'Next deadline from')} ${now}: ${next.id} — ${formatDeadline(next, { locale })}`,
  );
}
for (const call of getCalls({ year: 2024 })) {
  console.log(
    `   ${call.id} (${call.status}): ${formatDeadline(call, { locale })} → ${call.deadline.toISOString()}`,
  );
}
const call = getCall('2024-1');
if (call !== undefined) {
  console.log(
    `   ${t('Ingediend', 'Submitted')} 2024-04-18T23:59:59.999+02:00: ${isOnTime(call, { at: '2024-04-18T23:59:59.999+02:00' }) ? t('tijdig', 'on time') : t('te laat', 'late')}`,
  );
  console.log(
    `   ${t('Ingediend', 'Submitted')} 2024-04-19T00:00:00.000+02:00: ${isOnTime(call, { at: '2024-04-19T00:00:00.000+02:00' }) ? t('tijdig', 'on time') : t('te laat', 'late')}`,
  );
}

console.log(
  `\n${t('2. Cofinanciering: hoeveel kan PIO bijdragen?', '2. Cofinancing: how much can PIO contribute?')}`,
);
const { data: result } = computeCofinancing(
  {
    costs: [
      {
        category: 'rd-services',
        amount: '1800000.00',
        label: t('Oplossingsontwerp en prototype', 'Solution design and prototype'),
      },
      { category: 'validation', amount: '600000.00', label: t('Proeftuin', 'Living lab') },
      {
        category: 'off-the-shelf',
        amount: '150000.00',
        label: t('Standaardsensoren', 'Standard sensors'),
      },
    ],
    requested: '1200000.00',
  },
  { ...(call === undefined ? {} : { at: call }), locale },
);
console.log(
  `   Maximum: ${formatEur(result.maximum, { locale })}${result.capped ? t(' (begrensd)', ' (capped)') : ''}`,
);
for (const line of explainCofinancing(result, { locale })) console.log(`   - ${line}`);

console.log(
  `\n${t('3. Een projectvoorstel controleren, met elk probleem in één keer', '3. Checking a proposal, every problem in one pass')}`,
);
const read = (file: string): unknown =>
  JSON.parse(readFileSync(new URL(`./applications/${file}`, import.meta.url), 'utf8'));
const judgedAt = '2024-10-01T12:00:00+02:00';
const valid = safeValidateApplication(read('city-pcp.json'), { at: judgedAt, locale });
console.log(`   city-pcp.json: ${valid.success ? t('geldig', 'valid') : t('ongeldig', 'invalid')}`);
const invalid = safeValidateApplication(read('invalid-structure-and-late.json'), {
  at: judgedAt,
  locale,
});
if (!invalid.success) {
  console.log(
    `   invalid-structure-and-late.json: ${String(invalid.issues.length)} ${t('problemen', 'problems')}`,
  );
  for (const issue of invalid.issues)
    console.log(`   - [${issue.code}] ${formatPath(issue.path) || '(document)'}: ${issue.message}`);
}

console.log(
  `\n${t('4. Beoordeling en beslissing over de ontvankelijkheid', '4. Assessment and the admission decision')}`,
);
if (valid.success) {
  const { data: assessment } = assessApplication(
    valid.data.application,
    {
      scores: {
        'market-gap': 8,
        'rd-needed': 7,
        need: 4,
        'end-users-and-support-base': 5,
        team: 6,
        'procurement-route': 3,
      },
    },
    { at: judgedAt, locale },
  );
  console.log(`   ${t('Beslissing', 'Decision')}: ${assessment.decision}`);
  for (const line of explainAssessment(assessment, { locale })) console.log(`   ${line}`);
}

console.log(`\n${t('5. Geld, exact tot op de cent', '5. Money, exact to the cent')}`);
const typed = parseEur('€ 2.400.000,00').data;
console.log(`   parseEur('€ 2.400.000,00') = ${typed.amount}  →  ${formatEur(typed, { locale })}`);
try {
  eur(0.1 + 0.2);
} catch (error) {
  if (error instanceof PioRulesError) console.log(`   eur(0.1 + 0.2) → ${error.code}`);
}

console.log(`\n${t('6. Elke regelwaarde met haar bron', '6. Every rule value with its source')}`);
for (const id of ['cofinancing.maxRate', 'cofinancing.cap', 'expertise.indicativeMax'] as const) {
  const p = getParameter(id, { at: now });
  console.log(
    `   ${id} = ${JSON.stringify(p.value)} (${p.status}, ${t('sinds', 'since')} ${p.validFrom}) — ${p.source.title}`,
  );
}
const assumed = listParameters({ at: now }).filter((p) => p.status === 'assumed');
console.log(
  `   ${t('Aannames (overschrijfbaar)', 'Assumptions (overridable)')}: ${assumed.map((p) => p.id).join(', ')}`,
);
