import type { DecisionBodyName } from '../vocabulary/index.js';
import type { Locale } from './Locale.js';

/**
 * The name of the body that decides, in a language, as a text names it: the param
 * `decisionBody` of an issue or a step (the parameter `decision.body` in force on the rule date).
 * `undefined` when the param is absent, or not a name (stored data read back): the text then
 * names no body.
 *
 * @internal
 */
export function decisionBodyName(
  body: DecisionBodyName | undefined,
  locale: Locale,
): string | undefined {
  const name: unknown =
    typeof body === 'object' && body !== null
      ? (body as Partial<DecisionBodyName>)[locale]
      : undefined;
  return typeof name === 'string' && name.length > 0 ? name : undefined;
}
