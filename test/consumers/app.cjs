const { eur, formatEur, getParameter, isPioRulesError } = require('@vlaio/pio-rules');
const { allocate } = require('@vlaio/pio-rules/money');
const { listParameters } = require('@vlaio/pio-rules/parameters');

console.log(formatEur(eur('1234567.89')));
console.log(allocate(eur('100'), ['1', '1', '1']).join(' '));
console.log(getParameter('cofinancing.maxRate').value);
console.log(listParameters().length > 5);
try {
  eur('12,50');
} catch (error) {
  console.log(isPioRulesError(error), error.code);
}
