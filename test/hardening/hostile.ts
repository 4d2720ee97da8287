/**
 * The hostile values of issue 12 point 9, built once: a 10 MB string, values nested 20,000 deep,
 * a sparse array of length 2^32 - 1, cycles, 100,000 items or keys. Each is refused or answered
 * by every public function within a loose time bound, without a stack overflow.
 */

/** A 10 MB string of letters. */
export const MB10 = 'x'.repeat(10_000_000);

/** A 10 MB string of digits (an amount far too long). */
export const DIGITS10 = '1'.repeat(10_000_000);

/** An object nested `depth` levels deep: `{ a: { a: ... { leaf: true } } }`. */
export function deeplyNested(depth = 20_000): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let i = 0; i < depth; i += 1) value = { a: value };
  return value;
}

/** An array nested `depth` levels deep: `[[[ ... ]]]`. */
export function deeplyNestedArray(depth = 20_000): unknown[] {
  let value: unknown[] = [];
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
}

/** 20,000 levels of objects. */
export const DEEP = deeplyNested();

/** 20,000 levels of arrays. */
export const DEEP_ARRAY = deeplyNestedArray();

/** A sparse array of the greatest length there is, with no items. */
export const SPARSE: unknown[] = new Array<unknown>(2 ** 32 - 1);

/** An object that holds itself. */
export const CYCLIC: Record<string, unknown> = (() => {
  const value: Record<string, unknown> = { a: 1 };
  value['self'] = value;
  value['list'] = [value];
  return value;
})();

/** An array that holds itself. */
export const CYCLIC_ARRAY: unknown[] = (() => {
  const value: unknown[] = [1];
  value.push(value);
  return value;
})();

/** 100,000 items. */
export const MANY: unknown[] = Array.from({ length: 100_000 }, (_, i) => i);

/** 100,000 keys. */
export const WIDE: Record<string, unknown> = Object.fromEntries(
  Array.from({ length: 100_000 }, (_, i) => [`k${String(i)}`, i]),
);

/** Every hostile value, by name. */
export const hostileValues: Readonly<Record<string, unknown>> = {
  '10 MB string': MB10,
  '10 MB of digits': DIGITS10,
  '20,000-deep object': DEEP,
  '20,000-deep array': DEEP_ARRAY,
  'sparse array of length 2^32 - 1': SPARSE,
  'cyclic object': CYCLIC,
  'cyclic array': CYCLIC_ARRAY,
  '100,000 items': MANY,
  '100,000 keys': WIDE,
};

/** Every key of every options object of the public API. */
export const optionKeys = [
  'at',
  'locale',
  'calendar',
  'parameters',
  'kind',
  'year',
  'from',
  'to',
  'base',
  'capOverride',
  'eligibleOrganisationTypes',
] as const;
