import { PioRulesError } from '../issues/PioRulesError.js';
import type { Application } from './schema/types.js';
import { validateApplication, type ValidateApplicationOptions } from './validateApplication.js';

/**
 * Validates a project proposal like {@link validateApplication} and returns the parsed proposal,
 * or throws.
 *
 * @param input - Anything: usually the result of `JSON.parse`.
 * @param options - `at`, `locale`, `calendar`, `parameters`, `eligibleOrganisationTypes`.
 * @returns The parsed proposal (warnings are dropped: use `validateApplication` to see them).
 * @throws {@link PioRulesError} carrying every issue `validateApplication` reports; its `code` is
 *   the first error's.
 * @example
 * ```ts
 * parseApplication(document).callId;
 * //=> '2024-2'
 * parseApplication({});
 * //=> throws PioRulesError (required)
 * ```
 */
export function parseApplication(
  input: unknown,
  options: ValidateApplicationOptions = {},
): Application {
  const result = validateApplication(input, options);
  if (!result.success) throw new PioRulesError(result.issues);
  return result.application;
}
