// A VLAIO app loads its own published call calendar and passes it to every calls function.
// The dates in examples/data/calendar-2027.json are example data, not published dates.
import { readFileSync } from 'node:fs';
import {
  builtInCalls,
  callForSubmission,
  createCallCalendar,
  formatDeadline,
  formatPath,
  getCalls,
  isPioRulesError,
  safeCreateCallCalendar,
} from '@vlaio/pio-rules';

const published = JSON.parse(
  readFileSync(new URL('./data/calendar-2027.json', import.meta.url), 'utf8'),
) as unknown[];

// Keep the built-in published calls and add the app's own: published calls replace projections.
const calendar = createCallCalendar([
  ...builtInCalls,
  ...(published as Parameters<typeof createCallCalendar>[0]),
]).data;

console.log('Zonder eigen kalender (projectie):');
for (const call of getCalls({ year: 2027 }))
  console.log(`  ${call.id} ${call.status}: ${formatDeadline(call)}`);

console.log('Met de kalender van de app:');
for (const call of getCalls({ year: 2027, calendar }))
  console.log(`  ${call.id} ${call.status}: ${formatDeadline(call)}`);

const call = callForSubmission({ at: '2027-04-22T23:30:00+02:00', calendar });
console.log(`Een voorstel van 22 april 2027 om 23.30 uur telt voor: ${call?.id ?? '-'}`);

// Bad data is refused with every problem listed, never half loaded.
const bad = safeCreateCallCalendar([
  { id: '2027-1', year: 2026, kind: 'regular', deadlineDate: '2027-02-30', title: { nl: 'x' } },
]);
if (!bad.success) {
  console.log(`Foute kalender: ${String(bad.issues.length)} problemen`);
  for (const issue of bad.issues)
    console.log(`  ${formatPath(issue.path) || '(kalender)'}: ${issue.code}: ${issue.message}`);
}
try {
  createCallCalendar([{}] as never);
} catch (error) {
  console.log(`createCallCalendar gooit ${isPioRulesError(error) ? error.code : String(error)}`);
}
