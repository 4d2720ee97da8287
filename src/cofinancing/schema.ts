import * as z from 'zod/mini';
import { object, strictObject } from '../input/object.js';
import { described } from '../input/described.js';
import { lazily } from '../input/lazily.js';
import { NOT_BLANK_PATTERN } from '../input/patterns.js';
import { codePointsAtMost } from '../input/text.js';
import { toMoney } from '../money/internal.js';
import type { Money, MoneyInput } from '../money/Money.js';
import { costCategories, vatTreatments } from '../vocabulary/index.js';

/**
 * The zod schemas of what cofinancing reads: a cost line (shared with the proposal format, whose
 * schema imports {@link costLineSchema} and {@link amountSchema} from here), the input of
 * `computeCofinancing` and of `computeExpertiseSupport`, and a call-like `at`. Each check names
 * what a message needs in its zod `error` (see `issues/zod.ts`).
 *
 * @module
 */

/** The longest label of a cost line, in characters (code points, as JSON Schema counts). */
export const LABEL_MAX = 200;
/** At most this many cost lines (and phases) in one computation. */
export const MAX_LINES = 1_000;
/** The longest id or label of a phase, in characters. */
const PHASE_TEXT_MAX = 1_000;
/** The longest id of a call given as `at`. */
const CALL_ID_MAX = 100;

/**
 * An amount of a proposal: a non-negative decimal string with at most two decimals
 * (`"1200000.00"`), read into a `Money`. Add a description with `described(...)` where it is used.
 *
 * @internal
 */
export function amountSchema() {
  return z.pipe(
    // `[0-9]`, not `\d`: the pattern goes into the JSON Schema, where Python's `\d` takes every
    // Unicode digit (see input/patterns.ts).
    z.string().check(z.regex(/^[0-9]{1,13}(?:\.[0-9]{1,2})?$/, 'amount')),
    z.transform((text: string): Money => toMoney(text)),
  );
}

/**
 * An amount of `computeCofinancing`: any {@link MoneyInput} (a decimal string, a number, a
 * `Money`, a decimal.js `Decimal`), taken as given; it is read into a `Money` (and refused with
 * the money codes at its path) after the structure is checked.
 *
 * @internal
 */
export function moneyInputSchema() {
  return z.custom<MoneyInput>();
}

/** The label of a cost line: not blank, at most {@link LABEL_MAX} characters. */
function labelSchema() {
  return described(
    z.string().check(
      z.minLength(1, { abort: true }),
      z.regex(new RegExp(NOT_BLANK_PATTERN), 'not-blank'),
      z.refine((text: string) => codePointsAtMost(text, LABEL_MAX), {
        params: { pio: 'too_long', maximum: LABEL_MAX, unit: 'characters' },
      }),
    ),
    { maxLength: LABEL_MAX, description: 'What the line is for (omschrijving).' },
  );
}

/**
 * The fields of a cost line, with the amount schema of the format that uses it: the category and
 * label rules exist once, for the proposal and for `computeCofinancing`.
 *
 * @param amount - The schema of the amount.
 * @returns The shape, for `object(...)`.
 * @internal
 */
export function costLineShape<A extends z.ZodMiniType>(amount: A) {
  return {
    category: described(z.enum(costCategories, { error: 'enum:costCategory' }), {
      description:
        'Cost category: rd-services (O&O-diensten), rdi (diensten, leveringen of werken voor onderzoek, ontwikkeling en innovatie; from 2024), validation (validatie, evaluatie of testen in een testomgeving), feasibility-study (haalbaarheidsstudie ter voorbereiding van een innovatieve overheidsopdracht; from 2024), off-the-shelf (kant-en-klare oplossing) or other. Which are eligible depends on the rules of the call (parameter cofinancing.eligibleCategories).',
    }),
    amount,
    label: z.optional(labelSchema()),
  };
}

/**
 * Schema of one cost line of a proposal (kostenlijn), amount excl. VAT as a decimal string.
 *
 * @internal
 */
export function costLineSchema() {
  return described(
    strictObject(
      costLineShape(
        described(amountSchema(), {
          description: 'Estimated amount in euro excl. VAT (geraamd bedrag excl. btw).',
        }),
      ),
    ),
    { description: 'A cost line of the purchase (kostenlijn).' },
  );
}

/**
 * The schemas of what `computeCofinancing` and `computeExpertiseSupport` read, made on first use:
 * `input`, the structure of `computeCofinancing`'s input (which of `costs`, `estimatedCost` and
 * `phases` is given, and the amounts, are checked on the parsed data); `expertise`, the input of
 * `computeExpertiseSupport`; `callLike`, a call given as `at`: its id (its `deadlineDate` is read
 * as a date apart; other fields of a whole `Call` are not read).
 *
 * @internal
 */
export const cofinancingSchemas = lazily(() => {
  // A cost line of `computeCofinancing`: any MoneyInput as amount.
  const inputLine = strictObject(costLineShape(moneyInputSchema()));
  const phaseText = z.string().check(z.minLength(1), z.maxLength(PHASE_TEXT_MAX));
  const phase = strictObject({
    id: phaseText,
    label: phaseText,
    costs: z.array(inputLine).check(z.maxLength(MAX_LINES)),
  });
  const input = strictObject({
    costs: z.optional(z.array(inputLine).check(z.maxLength(MAX_LINES))),
    estimatedCost: z.optional(moneyInputSchema()),
    phases: z.optional(z.array(phase).check(z.maxLength(MAX_LINES))),
    vat: z.optional(z.enum(vatTreatments, { error: 'enum:vatTreatment' })),
    requested: z.optional(moneyInputSchema()),
  });
  const expertise = strictObject({ requested: moneyInputSchema() });
  const callLike = object({ id: z.string().check(z.maxLength(CALL_ID_MAX)) });
  return { input, expertise, callLike };
});

/** The parsed input of `computeCofinancing`, amounts not yet read. @internal */
export type ParsedCofinancingInput = z.output<ReturnType<typeof cofinancingSchemas>['input']>;
