import { issue, type IssueData, type IssuePath } from '../issues/issue.js';
import { applicationFields, type ApplicationField } from '../vocabulary/index.js';

const FIELDS: ReadonlySet<string> = new Set(applicationFields);

/**
 * The field of the proposal's JSON format at a path: the path with every list position as `[]`
 * (`['procurement', 'costs', 0, 'amount']`: `procurement.costs[].amount`), when that is a field
 * of the format; `undefined` otherwise (a key that is itself written with a dot or a bracket is
 * never taken for a field).
 *
 * @param path - A path in a proposal.
 * @returns The field, or `undefined`.
 * @internal
 */
export function fieldOf(path: IssuePath): ApplicationField | undefined {
  let written = '';
  for (const part of path) {
    if (typeof part === 'number') written += '[]';
    else if (part.includes('.') || part.includes('[')) return undefined;
    else written += written === '' ? part : `.${part}`;
  }
  return FIELDS.has(written) ? (written as ApplicationField) : undefined;
}

/**
 * A structural issue of a proposal with the field it is about in `params.field`, so that its
 * message names the field ("De titel is leeg."): for `required`, `invalid_type`, `too_short`,
 * `too_long` and `invalid_value` at a path that is a field of the format. Any other issue is
 * returned as it is.
 *
 * @param found - An issue of the proposal's structure.
 * @returns The issue, with `params.field` where it applies.
 * @internal
 */
export function withField(found: IssueData): IssueData {
  if (
    found.code !== 'required' &&
    found.code !== 'invalid_type' &&
    found.code !== 'too_short' &&
    found.code !== 'too_long' &&
    found.code !== 'invalid_value'
  )
    return found;
  const field = fieldOf(found.path);
  if (field === undefined) return found;
  const options = {
    path: found.path,
    severity: found.severity,
    ...(found.source === undefined ? {} : { source: found.source }),
  };
  switch (found.code) {
    case 'required':
      return issue('required', { ...found.params, field }, options);
    case 'invalid_type':
      return issue('invalid_type', { ...found.params, field }, options);
    case 'too_short':
      return issue('too_short', { ...found.params, field }, options);
    case 'too_long':
      return issue('too_long', { ...found.params, field }, options);
    default:
      return issue('invalid_value', { ...found.params, field }, options);
  }
}
