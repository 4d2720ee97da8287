import { describeType } from '../../issues/describe.js';
import { fail } from '../../issues/PioRulesError.js';
import type { Call } from '../types.js';

/**
 * The call itself when it is an object (its fields are checked where they are read).
 *
 * @param call - Anything given as a call.
 * @returns The call.
 * @throws {@link PioRulesError} `invalid_type` for a value that is not an object.
 */
export function checkCall(call: unknown): Call {
  if (typeof call !== 'object' || call === null)
    fail('invalid_type', { expected: 'a Call', received: describeType(call) }, ['call']);
  return call as Call;
}
