import * as z from 'zod/mini';
import { strictObject } from '../../input/object.js';
import { described } from '../../input/described.js';
import { lazily } from '../../input/lazily.js';
import { applicantSchema, partnerSchema } from './applicantSchema.js';
import { CALL_ID_PATTERN, instantSchema, patternSchema, textLimits } from './primitives.js';
import { procurementSchema } from './procurementSchema.js';
import { projectSchema } from './projectSchema.js';
import { supportSchema } from './supportSchema.js';
import type { Application, ApplicationDocument } from './types.js';

/** The schema version this library reads. */
export const APPLICATION_SCHEMA_VERSION = '1';

/** At most this many consortium partners. */
export const MAX_PARTNERS = 50;

/**
 * What the JSON Schema cannot check and only `validateApplication` does: the rules that need
 * data, the calendar or the parameters.
 */
export const APPLICATION_SCHEMA_DESCRIPTION =
  'A project proposal (projectvoorstel) for a call of the Flemish Programma Innovatieve Overheidsopdrachten (PIO), version 1. ' +
  'Amounts are decimal strings in euro ("1200000.00"); unknown keys are errors. ' +
  'This schema checks the structure only. validateApplication of @vlaio/pio-rules also checks the business rules, which no JSON Schema can express: ' +
  'the call exists and the proposal is submitted before its deadline (24:00 Brussels time on the deadline date); ' +
  'the applicant and partners are eligible organisations structurally subject to the public procurement law; ' +
  'economic activities lie within tasks of general interest without market distortion; ' +
  'the check digits of every enterprise number (mod 97); partners are distinct and not the applicant; ' +
  'cofinancing is not requested for a commercially available solution, is at most the maximum rate (50%) of the eligible base (error) and at most the indicative cap (warning); ' +
  'external expertise stays within its indicative maximum (warning); some support is requested; a procurement is foreseen.';

/**
 * The zod object schema of a proposal, with its full inferred type (for tests and internal use),
 * made on first use: importing the library builds no schema.
 *
 * @internal
 */
export const applicationObjectSchema = lazily(() =>
  described(
    strictObject({
      schemaVersion: described(z.literal(APPLICATION_SCHEMA_VERSION), {
        description: 'Version of this format (schemaversie): "1".',
      }),
      callId: patternSchema(
        CALL_ID_PATTERN,
        'call-id',
        textLimits.callId,
        'The call the proposal is for (oproep), e.g. "2024-2".',
      ),
      submittedAt: z.optional(
        instantSchema(
          'When the proposal was submitted (indieningsdatum): ISO 8601 with offset (Z or ±hh:mm), years 2000 to 2099. Absent for a draft.',
        ),
      ),
      applicant: applicantSchema(),
      partners: described(z.optional(z.array(partnerSchema()).check(z.maxLength(MAX_PARTNERS))), {
        description: 'Other organisations of the consortium (consortiumpartners).',
      }),
      project: projectSchema(),
      procurement: z.optional(procurementSchema()),
      support: supportSchema(),
    }),
    {
      title: 'PIO project proposal (projectvoorstel)',
      description: APPLICATION_SCHEMA_DESCRIPTION,
    },
  ),
);

/**
 * The zod schema of a project proposal (projectvoorstel) as a JSON document, schema version
 * `"1"`: input an {@link ApplicationDocument}, output an {@link Application} (amounts as
 * `Money`, `submittedAt` as a `Date`). Unknown keys are errors. It checks the structure only:
 * use `validateApplication` for the business rules and for issues in this library's codes.
 * It is a `zod/mini` schema (zod 4): `applicationSchema.safeParse(value)` and
 * `z.safeParse(applicationSchema, value)` work, `z.infer<typeof applicationSchema>` is
 * {@link Application}, and classic zod takes it inside its own schemas. It is built on its
 * first parse (a `z.lazy`), not when the library is imported.
 *
 * @example
 * ```ts
 * applicationSchema.safeParse({ schemaVersion: '1' }).success;
 * //=> false
 * ```
 */
export const applicationSchema: z.ZodMiniType<Application, ApplicationDocument> =
  z.lazy(applicationObjectSchema);
