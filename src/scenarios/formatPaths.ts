import { applicationSchema } from '../applications/schema/applicationSchema.js';

/** The inner schema of a zod wrapper, the items of a list, the fields of an object. */
interface Def {
  readonly type: string;
  readonly shape?: Record<string, { readonly _zod: { readonly def: Def } }>;
  readonly element?: { readonly _zod: { readonly def: Def } };
  readonly innerType?: { readonly _zod: { readonly def: Def } };
  readonly in?: { readonly _zod: { readonly def: Def } };
  readonly options?: readonly { readonly _zod: { readonly def: Def } }[];
  readonly getter?: () => { readonly _zod: { readonly def: Def } };
}

const WRAPPERS = new Set([
  'optional',
  'nullable',
  'default',
  'readonly',
  'nonoptional',
  'catch',
  'prefault',
]);

/** Every path of the proposal format and each of its prefixes, a list index written `#`. */
function collect(def: Def, prefix: string, into: Set<string>, depth: number): void {
  if (prefix !== '') into.add(prefix);
  if (depth > 12) return;
  const join = (key: string): string => (prefix === '' ? key : `${prefix}.${key}`);
  if (def.type === 'object' && def.shape !== undefined)
    for (const [key, value] of Object.entries(def.shape))
      collect(value._zod.def, join(key), into, depth + 1);
  else if (def.type === 'array' && def.element !== undefined)
    collect(def.element._zod.def, join('#'), into, depth + 1);
  else if (WRAPPERS.has(def.type) && def.innerType !== undefined)
    collect(def.innerType._zod.def, prefix, into, depth + 1);
  else if (def.type === 'pipe' && def.in !== undefined)
    collect(def.in._zod.def, prefix, into, depth + 1);
  else if (def.type === 'lazy' && def.getter !== undefined)
    collect(def.getter()._zod.def, prefix, into, depth + 1);
  else if (def.type === 'union' && def.options !== undefined)
    for (const option of def.options) collect(option._zod.def, prefix, into, depth + 1);
}

let known: Set<string> | undefined;

/**
 * A path as the library writes it (`formatPath`: `applicant.organisationType`,
 * `procurement.costs[0].amount`) read back into the segments of an issue path, numbers for list
 * indexes; `undefined` when the text is not such a path.
 *
 * @internal
 */
export function segmentsOf(path: string): (string | number)[] | undefined {
  if (!FORMAT_PATH.test(path)) return undefined;
  const segments: (string | number)[] = [];
  for (const match of path.matchAll(SEGMENT))
    segments.push(
      match[1] !== undefined
        ? match[1]
        : match[2] !== undefined
          ? Number(match[2])
          : (JSON.parse(match[3] as string) as string),
    );
  return segments;
}

// As formatPath writes them: a name, then names after a point, list indexes in brackets and
// other keys as JSON strings in brackets (`criteria["fit-with-pio"]`), in any order.
const FORMAT_PATH =
  /^(?:[A-Z_$][\w$]*|\["(?:[^"\\]|\\.)*"\])(?:\.[A-Z_$][\w$]*|\[\d{1,6}\]|\["(?:[^"\\]|\\.)*"\])*$/i;
const SEGMENT = /([A-Z_$][\w$]*)|\[(\d{1,6})\]|\[("(?:[^"\\]|\\.)*")\]/gi;

/**
 * Tells whether a path (`applicant.organisationType`, `procurement.costs[0].amount`, the form of
 * `formatPath`) names a field of the proposal's format (the zod schema of a proposal,
 * walked once).
 *
 * @param path - The path; a number in brackets is an index in a list.
 * @returns `true` when the format has that field.
 * @internal
 */
export function isFormatPath(path: string): boolean {
  const segments = segmentsOf(path);
  if (segments === undefined) return false;
  if (known === undefined) {
    known = new Set<string>();
    collect((applicationSchema as unknown as { _zod: { def: Def } })._zod.def, '', known, 0);
  }
  return known.has(segments.map((part) => (typeof part === 'number' ? '#' : part)).join('.'));
}
