import {
  computeCofinancing,
  eur,
  formatEur,
  getParameter,
  PioRulesError,
  safeComputeCofinancing,
  safeValidateApplication,
  type CofinancingResult,
  type IssueCode,
  type Money,
  type PioIssue,
  type Result,
  type Success,
} from '@vlaio/pio-rules';
import { allocate } from '@vlaio/pio-rules/money';
import type { ParameterDefinition } from '@vlaio/pio-rules/parameters';

const amount: Money = eur('1234567.89');
// Money is a plain object: any object of its shape is one, also a clone.
const copy: Money = { ...amount };
const text: string = formatEur(copy, { locale: 'en-GB' });
const parts: Money[] = allocate(amount, ['1', '2']);
const rate: string = getParameter('cofinancing.maxRate', { at: '2024-10-10' }).value;
const defs: ParameterDefinition[] = [];
const error: PioRulesError | undefined = undefined;

// One result shape: narrowing on `success` gives `data` and `warnings`, or `issues`.
const result: Result<CofinancingResult> = safeComputeCofinancing(
  { estimatedCost: '2400000' },
  { at: '2024-10-10', locale: 'en' },
);
let maximum: Money | undefined;
let codes: IssueCode[] = [];
if (result.success) {
  maximum = result.data.maximum;
  codes = result.warnings.map((issue) => issue.code);
} else {
  codes = result.issues.map((issue) => issue.code);
}
// The throwing twin returns the same success.
const thrown: Success<CofinancingResult> = computeCofinancing({ estimatedCost: '1' });

// Params are typed per code.
const validated = safeValidateApplication({}, { locale: 'nl-BE' });
const calls: string[] = validated.success
  ? []
  : validated.issues.flatMap((issue: PioIssue) =>
      issue.code === 'unknown_call' ? [issue.params.callId] : [],
    );

// @ts-expect-error `at` is an option, not a field of the input
computeCofinancing({ estimatedCost: '1', at: '2024-10-10' });
// @ts-expect-error a bare string is a MoneyInput, not a Money
formatEur('1.00');

export { calls, codes, copy, defs, error, maximum, parts, rate, text, thrown };
