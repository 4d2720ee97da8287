import { refuse } from '../issues/Refusal.js';
import { typeName } from '../issues/typeName.js';

/**
 * The options object of a public function: `undefined` is `{}`; anything that is not an object
 * is refused (`invalid_type` at path `options`).
 *
 * @internal
 */
export function optionsOf<T extends object>(given: T | undefined): T {
  if (given === undefined) return {} as T;
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    return refuse('invalid_type', { expected: 'object', received: typeName(given) }, ['options']);
  return given;
}
