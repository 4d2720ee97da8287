import {
  computeCofinancing,
  eur,
  formatDeadline,
  formatEur,
  getCall,
  getParameter,
  isPioRulesError,
  issueMessage,
  money,
  negotiateLocale,
  safeParseEur,
  safeValidateApplication,
} from '@vlaio/pio-rules';
import { allocate } from '@vlaio/pio-rules/money';
import { listParameters } from '@vlaio/pio-rules/parameters';

console.log(formatEur(eur('1234567.89')));
console.log(formatEur(eur('1234567.89'), { locale: 'en-GB' }));
console.log(
  allocate(eur('100'), ['1', '1', '1'])
    .map((part) => part.amount)
    .join(' '),
);
console.log(money.add(eur('1'), { ...eur('2') }).amount, eur(structuredClone(eur('1'))).amount);
console.log(getParameter('cofinancing.maxRate').value);
console.log(listParameters().length > 5);
try {
  eur('12,50');
} catch (error) {
  console.log(isPioRulesError(error), error.code);
}
const result = computeCofinancing({ estimatedCost: '2400000' }, { at: '2024-10-10' });
console.log(result.success, result.data.maximum.amount, result.warnings.length);
console.log(negotiateLocale('nl-BE'), negotiateLocale('en-US'), negotiateLocale('fr'));
const refused = safeParseEur('1', { locale: 'fr' });
console.log(refused.success, refused.success ? '' : refused.issues[0].code);
const invalid = safeValidateApplication({ schemaVersion: '1' }, { locale: 'en' });
console.log(invalid.success, invalid.success ? '' : invalid.issues[0].message.length > 0);
console.log(formatDeadline(getCall('2024-1'), { locale: 'en' }));
console.log(issueMessage({ code: 'unknown_call', params: { callId: '2031-9' } }, { locale: 'en' }));
