import type { IncomingMessage } from 'node:http';

/** What reading a whole body gave. */
export type BodyRead =
  | { readonly kind: 'text'; readonly text: string; readonly bytes: number }
  | { readonly kind: 'too-large'; readonly bytes: number }
  | { readonly kind: 'unreadable'; readonly bytes: number };

/**
 * The media type of a request, without its parameters, in lower case (`application/json`), or
 * `''` without a `Content-Type`.
 *
 * @param request - The request.
 * @returns The media type.
 */
export function mediaTypeOf(request: IncomingMessage): string {
  const header = request.headers['content-type'] ?? '';
  return (header.split(';')[0] ?? '').trim().toLowerCase();
}

/**
 * Reads a whole body as UTF-8 text, at most `limit` bytes: a `Content-Length` above the limit is
 * refused before a byte is read, and a body that grows beyond it is refused as soon as it does
 * (reading stops there; the caller answers and closes the connection). A body that is not
 * UTF-8 (or a connection that breaks) is `unreadable`.
 *
 * @param request - The request.
 * @param limit - The largest body, in bytes.
 * @returns The text, or why there is none.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers['content-length'] ?? Number.NaN);
  if (Number.isFinite(declared) && declared > limit)
    return Promise.resolve({ kind: 'too-large', bytes: 0 });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    let settled = false;
    const settle = (read: BodyRead): void => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
      resolve(read);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limit) {
        request.pause();
        chunks.length = 0;
        settle({ kind: 'too-large', bytes });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = (): void => {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(
          Buffer.concat(chunks, bytes),
        );
      } catch {
        settle({ kind: 'unreadable', bytes });
        return;
      }
      settle({ kind: 'text', text, bytes });
    };
    const onError = (): void => settle({ kind: 'unreadable', bytes });
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
}
