/**
 * A value as one line of JSON, exactly as `JSON.stringify` writes the library's data: a `Money`
 * stays the object `{ "amount": "1000000.00", "currency": "EUR" }` (which the library takes back
 * as it is), a `Date` its ISO 8601 text in UTC. No replacer: the API answers in the library's own
 * shape, and `JSON.stringify` without one is more than twice as fast on a validation result.
 *
 * @param value - The answer.
 * @returns The text, with a final newline.
 */
export function jsonAnswer(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}
