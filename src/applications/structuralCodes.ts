import type { IssueCode } from '../issues/codes.js';
import { structureIssueCodes } from '../issues/codes.js';
import type { PioIssue } from '../issues/PioIssue.js';

/**
 * The codes of a proposal's structure: what the JSON Schema `application.schema.json` also
 * rejects. The structural codes of the issues module plus `unsupported_schema_version`.
 *
 * @example
 * ```ts
 * applicationStructuralCodes.includes('unknown_key');
 * //=> true
 * ```
 */
export const applicationStructuralCodes: readonly IssueCode[] = Object.freeze([
  ...structureIssueCodes,
  'unsupported_schema_version',
]);

/**
 * Tells whether an issue is about the structure of the document (the JSON Schema rejects it too),
 * rather than a business rule.
 *
 * @param issue - An issue of `validateApplication`.
 * @returns `true` for a structural code.
 * @example
 * ```ts
 * isStructuralIssue(createIssue('required'));
 * //=> true
 * ```
 */
export function isStructuralIssue(issue: Pick<PioIssue, 'code'>): boolean {
  return applicationStructuralCodes.includes(issue?.code);
}
