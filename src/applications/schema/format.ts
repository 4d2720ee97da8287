import { ENTERPRISE_NUMBER_PATTERN } from '../enterpriseNumber.js';
import {
  APPLICATION_SCHEMA_DESCRIPTION,
  APPLICATION_SCHEMA_VERSION,
  MAX_PARTNERS,
} from './applicationSchema.js';
import { textLimits } from './primitives.js';
import { MAX_COST_LINES } from './procurementSchema.js';

/**
 * The constants of the proposal's JSON format, for forms and integrators: the schema version,
 * the schema's description (which lists the rules only the library checks), the most partners
 * and cost lines, the longest texts and the written form of an enterprise number.
 *
 * @example
 * ```ts
 * applicationFormat.version;
 * //=> '1'
 * applicationFormat.textLimits.title;
 * //=> 200
 * ```
 */
export const applicationFormat = Object.freeze({
  /** The `schemaVersion` this library reads. */
  version: APPLICATION_SCHEMA_VERSION,
  /** The JSON Schema's description. */
  description: APPLICATION_SCHEMA_DESCRIPTION,
  /** At most this many consortium partners. */
  maxPartners: MAX_PARTNERS,
  /** At most this many cost lines. */
  maxCostLines: MAX_COST_LINES,
  /** The longest texts, in characters (code points). */
  textLimits,
  /** The pattern of an enterprise number as the format accepts it. */
  enterpriseNumberPattern: ENTERPRISE_NUMBER_PATTERN,
});
