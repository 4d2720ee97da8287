import { eur, formatEur, getParameter, PioRulesError, type Money } from '@vlaio/pio-rules';
import { allocate } from '@vlaio/pio-rules/money';
import type { ParameterDefinition } from '@vlaio/pio-rules/parameters';

const amount: Money = eur('1234567.89');
const text: string = formatEur(amount, { locale: 'en' });
const parts: Money[] = allocate(amount, ['1', '2']);
const rate: string = getParameter('cofinancing.maxRate').value;
const defs: ParameterDefinition[] = [];
const error: PioRulesError | undefined = undefined;
// @ts-expect-error an unknown locale must not type-check
formatEur(amount, { locale: 'fr' });
export { defs, error, parts, rate, text };
