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
 * Tells whether a dotted path (`applicant.organisationType`, `procurement.costs.0.amount`)
 * names a field of the proposal's format (the zod schema of a proposal, walked once).
 *
 * @param path - The dotted path; a number is an index in a list.
 * @returns `true` when the format has that field.
 * @internal
 */
export function isFormatPath(path: string): boolean {
  if (known === undefined) {
    known = new Set<string>();
    collect((applicationSchema as unknown as { _zod: { def: Def } })._zod.def, '', known, 0);
  }
  const pattern = path
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? '#' : part))
    .join('.');
  return known.has(pattern);
}

/**
 * A dotted path as the segments of an issue path: numbers for list indexes.
 *
 * @internal
 */
export function segmentsOf(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}
