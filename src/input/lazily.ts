/**
 * A value made on first use and then kept: what importing the library should not build (the zod
 * schemas), made when a call first needs it.
 *
 * @param make - Makes the value, once.
 * @returns A function that returns the value.
 * @internal
 */
export function lazily<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
