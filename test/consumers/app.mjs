import { eur, formatEur, getParameter, isPioRulesError } from '@vlaio/pio-rules';
import { allocate } from '@vlaio/pio-rules/money';
import { listParameters } from '@vlaio/pio-rules/parameters';

console.log(formatEur(eur('1234567.89')));
console.log(allocate(eur('100'), ['1', '1', '1']).join(' '));
console.log(getParameter('cofinancing.maxRate').value);
console.log(listParameters().length > 5);
try {
  eur('12,50');
} catch (error) {
  console.log(isPioRulesError(error), error.code);
}
