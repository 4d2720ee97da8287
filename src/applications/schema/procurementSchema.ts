import * as z from 'zod/mini';
import { strictObject } from '../../input/object.js';
import { costLineSchema } from '../../cofinancing/schema.js';
import { described } from '../../input/described.js';
import { procurementProcedures, vatTreatments } from '../../vocabulary/index.js';

/** At most this many cost lines in one proposal. */
export const MAX_COST_LINES = 100;

/** Schema of the foreseen procurement (aankooptraject). */
export function procurementSchema() {
  return described(
    strictObject({
      procedure: described(z.enum(procurementProcedures, { error: 'enum:procurementProcedure' }), {
        description:
          'Procurement procedure: pcp (precommercieel aankopen), ppi, ppi-with-validation (PPI met validatie- of testfase), innovation-partnership (innovatiepartnerschap), competitive-dialogue (concurrentiegerichte dialoog), competitive-negotiation (mededingingsprocedure met onderhandeling).',
      }),
      costs: described(
        z.array(costLineSchema()).check(z.minLength(1), z.maxLength(MAX_COST_LINES)),
        {
          description: 'The estimated costs of the purchase (geraamde kosten).',
        },
      ),
      vat: described(z.enum(vatTreatments, { error: 'enum:vatTreatment' }), {
        description:
          'VAT: excluded (the base is excl. VAT) or non-recoverable (niet-recupereerbare btw joins the base).',
      }),
    }),
    {
      description:
        'The foreseen public procurement (aankooptraject, overheidsopdracht). A proposal without one is not a PIO project.',
    },
  );
}
