import { z } from 'zod';
import { costCategories } from '../../cofinancing/costCategories.js';
import type { CostCategory } from '../../cofinancing/costCategories.js';
import { procurementProcedures, vatTreatments } from './enums.js';
import { amountSchema, textLimits, textSchema } from './primitives.js';

/** At most this many cost lines in one proposal. */
export const MAX_COST_LINES = 100;

/** Schema of one cost line of the purchase (kostenlijn), amount excl. VAT. */
export const costLineSchema = z
  .object({
    // The categories are the cofinancing module's own list.
    category: z.enum(costCategories as [CostCategory, ...CostCategory[]]).meta({
      description:
        'Cost category: rd-services (O&O-diensten), validation (validatie of testen in een testomgeving), off-the-shelf (kant-en-klare oplossing) or other.',
    }),
    amount: amountSchema('Estimated amount in euro excl. VAT (geraamd bedrag excl. btw).'),
    label: textSchema(textLimits.label, 'What the line is for (omschrijving).').optional(),
  })
  .strict()
  .meta({ description: 'A cost line of the purchase (kostenlijn).' });

/** Schema of the foreseen procurement (aankooptraject). */
export const procurementSchema = z
  .object({
    procedure: z.enum(procurementProcedures).meta({
      description:
        'Procurement procedure: pcp (precommercieel aankopen), ppi, ppi-with-validation (PPI met validatie- of testfase), innovation-partnership (innovatiepartnerschap), competitive-dialogue (concurrentiegerichte dialoog), competitive-negotiation (mededingingsprocedure met onderhandeling).',
    }),
    costs: z
      .array(costLineSchema)
      .min(1)
      .max(MAX_COST_LINES)
      .meta({ description: 'The estimated costs of the purchase (geraamde kosten).' }),
    vat: z.enum(vatTreatments).meta({
      description:
        'VAT: excluded (the base is excl. VAT) or non-recoverable (niet-recupereerbare btw joins the base).',
    }),
  })
  .strict()
  .meta({
    description:
      'The foreseen public procurement (aankooptraject, overheidsopdracht). A proposal without one is not a PIO project.',
  });
