// The demo: `npm run demo`. What @vlaio/pio-rules does, in Dutch (pass --en for English).
import {
  eur,
  formatEur,
  getParameter,
  listParameters,
  parseEur,
  PioRulesError,
} from '../src/index.js';

const locale = process.argv.includes('--en') ? 'en' : 'nl-BE';
const t = (nl: string, en: string) => (locale === 'en' ? en : nl);

console.log(
  t(
    '== @vlaio/pio-rules: de regels van het PIO, exact en uitgelegd ==',
    '== @vlaio/pio-rules: the rules of PIO, exact and explained ==',
  ),
);

console.log(`\n${t('1. Geld, exact tot op de cent', '1. Money, exact to the cent')}`);
const typed = parseEur('€ 2.400.000,00');
console.log(`   parseEur('€ 2.400.000,00') = ${typed.amount}  →  ${formatEur(typed, { locale })}`);
try {
  eur(0.1 + 0.2);
} catch (error) {
  if (error instanceof PioRulesError) console.log(`   eur(0.1 + 0.2) → ${error.code}`);
}

console.log(`\n${t('2. Elke regelwaarde met haar bron', '2. Every rule value with its source')}`);
for (const id of ['cofinancing.maxRate', 'cofinancing.cap', 'expertise.indicativeMax'] as const) {
  const p = getParameter(id, '2024-10-10');
  console.log(
    `   ${id} = ${JSON.stringify(p.value)} (${p.status}, ${t('sinds', 'since')} ${p.validFrom}) — ${p.source.title}`,
  );
}
const assumed = listParameters({ at: '2024-10-10' }).filter((p) => p.status === 'assumed');
console.log(
  `   ${t('Aannames (overschrijfbaar)', 'Assumptions (overridable)')}: ${assumed.map((p) => p.id).join(', ')}`,
);
