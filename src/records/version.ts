/**
 * The name and version of this library, as records name it (a test keeps the version equal to
 * package.json's).
 *
 * @internal
 */
export const library = Object.freeze({ name: '@vlaio/pio-rules', version: '0.2.0' });
