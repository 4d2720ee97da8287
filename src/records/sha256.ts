/** The hexadecimal digits of each byte value. */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).padStart(2, '0'),
);

const encoder = new TextEncoder();

/**
 * The SHA-256 digest of a text's UTF-8 bytes, in lower-case hexadecimal (64 digits), computed by
 * Web Crypto (`globalThis.crypto.subtle`, in Node.js 20 and every browser): no hash of this
 * library's own.
 *
 * @param text - The text.
 * @returns A promise of the 64 hexadecimal digits.
 * @example
 * ```ts
 * await sha256Hex('abc');
 * //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * ```
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', encoder.encode(text));
  const bytes = new Uint8Array(digest);
  let out = '';
  for (let i = 0; i < bytes.length; i += 1) out += HEX[bytes[i] as number] as string;
  return out;
}
