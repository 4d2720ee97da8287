import { z } from 'zod';
import { costLineSchema } from './cofinancingSchema.js';
import { procurementProcedures, vatTreatments } from '../../src/vocabulary/index.js';

/** At most this many cost lines in one proposal. */
export const MAX_COST_LINES = 100;

/** Schema of the foreseen procurement (aankooptraject). */
export const procurementSchema = z
  .object({
    procedure: z.enum(procurementProcedures, { error: 'enum:procurementProcedure' }).meta({
      description:
        'Procurement procedure: pcp (precommercieel aankopen), ppi, ppi-with-validation (PPI met validatie- of testfase), innovation-partnership (innovatiepartnerschap), competitive-dialogue (concurrentiegerichte dialoog), competitive-negotiation (mededingingsprocedure met onderhandeling).',
    }),
    costs: z
      .array(costLineSchema)
      .min(1)
      .max(MAX_COST_LINES)
      .meta({ description: 'The estimated costs of the purchase (geraamde kosten).' }),
    vat: z.enum(vatTreatments, { error: 'enum:vatTreatment' }).meta({
      description:
        'VAT: excluded (the base is excl. VAT) or non-recoverable (niet-recupereerbare btw joins the base).',
    }),
  })
  .strict()
  .meta({
    description:
      'The foreseen public procurement (aankooptraject, overheidsopdracht). A proposal without one is not a PIO project.',
  });
