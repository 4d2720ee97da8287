import { z } from 'zod';
import { NOT_BLANK_PATTERN } from '../../src/input/patterns.js';
import { codePointsAtMost } from '../../src/input/text.js';
import { toMoney } from '../../src/money/internal.js';
import type { Money, MoneyInput } from '../../src/money/Money.js';
import { costCategories, vatTreatments } from '../../src/vocabulary/index.js';

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
 * (`"1200000.00"`), read into a `Money`. Add a description with `.meta(...)` where it is used.
 *
 * @internal
 */
export const amountSchema = z
  .string()
  // `[0-9]`, not `\d`: the pattern goes into the JSON Schema, where Python's `\d` takes every
  // Unicode digit (see input/patterns.ts).
  .regex(/^[0-9]{1,13}(?:\.[0-9]{1,2})?$/, 'amount')
  .transform((text): Money => toMoney(text));

/**
 * An amount of `computeCofinancing`: any {@link MoneyInput} (a decimal string, a number, a
 * `Money`, a decimal.js `Decimal`), taken as given; it is read into a `Money` (and refused with
 * the money codes at its path) after the structure is checked.
 *
 * @internal
 */
export const moneyInputSchema = z.custom<MoneyInput>();

/** The label of a cost line: not blank, at most {@link LABEL_MAX} characters. */
const labelSchema = z
  .string()
  .min(1, { abort: true })
  .regex(new RegExp(NOT_BLANK_PATTERN), 'not-blank')
  .refine((text) => codePointsAtMost(text, LABEL_MAX), {
    params: { pio: 'too_long', maximum: LABEL_MAX, unit: 'characters' },
  })
  .meta({ maxLength: LABEL_MAX, description: 'What the line is for (omschrijving).' });

/**
 * The fields of a cost line, with the amount schema of the format that uses it: the category and
 * label rules exist once, for the proposal and for `computeCofinancing`.
 *
 * @param amount - The schema of the amount.
 * @returns The shape, for `z.object(...)`.
 * @internal
 */
export function costLineShape<A extends z.ZodType>(amount: A) {
  return {
    category: z.enum(costCategories, { error: 'enum:costCategory' }).meta({
      description:
        'Cost category: rd-services (O&O-diensten), rdi (diensten, leveringen of werken voor onderzoek, ontwikkeling en innovatie; from 2024), validation (validatie, evaluatie of testen in een testomgeving), feasibility-study (haalbaarheidsstudie ter voorbereiding van een innovatieve overheidsopdracht; from 2024), off-the-shelf (kant-en-klare oplossing) or other. Which are eligible depends on the rules of the call (parameter cofinancing.eligibleCategories).',
    }),
    amount,
    label: labelSchema.optional(),
  };
}

/**
 * Schema of one cost line of a proposal (kostenlijn), amount excl. VAT as a decimal string.
 *
 * @internal
 */
export const costLineSchema = z
  .object(
    costLineShape(
      amountSchema.meta({
        description: 'Estimated amount in euro excl. VAT (geraamd bedrag excl. btw).',
      }),
    ),
  )
  .strict()
  .meta({ description: 'A cost line of the purchase (kostenlijn).' });

/** A cost line of `computeCofinancing`: any MoneyInput as amount. */
const inputLineSchema = z.object(costLineShape(moneyInputSchema)).strict();

const phaseText = z.string().min(1).max(PHASE_TEXT_MAX);

/** A phase of `computeCofinancing`. */
const phaseSchema = z
  .object({ id: phaseText, label: phaseText, costs: z.array(inputLineSchema).max(MAX_LINES) })
  .strict();

/**
 * The input of `computeCofinancing`: its structure (which of `costs`, `estimatedCost` and
 * `phases` is given, and the amounts, are checked on the parsed data).
 *
 * @internal
 */
export const cofinancingInputSchema = z
  .object({
    costs: z.array(inputLineSchema).max(MAX_LINES).optional(),
    estimatedCost: moneyInputSchema.optional(),
    phases: z.array(phaseSchema).max(MAX_LINES).optional(),
    vat: z.enum(vatTreatments, { error: 'enum:vatTreatment' }).optional(),
    requested: moneyInputSchema.optional(),
  })
  .strict();

/** The parsed input of `computeCofinancing`, amounts not yet read. @internal */
export type ParsedCofinancingInput = z.output<typeof cofinancingInputSchema>;

/**
 * The input of `computeExpertiseSupport`.
 *
 * @internal
 */
export const expertiseInputSchema = z.object({ requested: moneyInputSchema }).strict();

/**
 * A call given as `at`: its id (its `deadlineDate` is read as a date apart). Other fields of the
 * object (a whole `Call`) are not read.
 *
 * @internal
 */
export const callLikeSchema = z.object({ id: z.string().max(CALL_ID_MAX) });
