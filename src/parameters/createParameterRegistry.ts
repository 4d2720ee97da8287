import { z } from 'zod';
import { deepFreeze } from '../shared/deepFreeze.js';
import { createIssue } from '../issues/createIssue.js';
import type { PioIssue } from '../issues/PioIssue.js';
import { PioRulesError } from '../issues/PioRulesError.js';
import { isCalendarDay } from '../time/toInstant.js';
import { isParameterRegistry } from './isParameterRegistry.js';
import type { KnownParameterValues, ParameterDefinition, ParameterRegistry } from './types.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD')
  .refine(
    (s) => isCalendarDay(Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))),
    'a real calendar day',
  );
const text = z.object({ nl: z.string().min(1), en: z.string().min(1) }).strict();
const source = z
  .object({ title: z.string().min(1), url: z.string().min(1), quote: z.string().optional() })
  .strict();
const value: z.ZodType = z.lazy(() =>
  z.union([
    z.string(),
    z.number().refine(Number.isFinite),
    z.boolean(),
    z.array(value),
    z.record(z.string(), value),
  ]),
);
const version = z
  .object({
    value,
    validFrom: isoDate,
    validUntil: isoDate.optional(),
    status: z.enum(['published', 'assumed']),
    source,
    note: text.optional(),
  })
  .strict();
const definition = z
  .object({
    id: z
      .string()
      .regex(
        /^[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+$/,
        'a dotted id such as cofinancing.maxRate',
      ),
    description: text,
    unit: z.string().min(1),
    versions: z.array(version).min(1),
  })
  .strict();

const rateValue = z
  .string()
  .regex(/^(?:0(?:\.\d+)?|1(?:\.0+)?)$/, 'a rate from 0 to 1 such as "0.5"');
const moneyValue = z.string().regex(/^\d{1,13}(?:\.\d{1,2})?$/, 'a non-negative decimal amount');
const knownValues: { readonly [K in keyof KnownParameterValues]: z.ZodType } = {
  'cofinancing.maxRate': rateValue,
  'cofinancing.cap': moneyValue,
  'cofinancing.rounding': z.enum(['down', 'halfUp', 'halfEven', 'up']),
  'cofinancing.eligibleCategories': z.array(
    z.enum(['rd-services', 'validation', 'off-the-shelf', 'other']),
  ),
  'expertise.indicativeMax': moneyValue,
  'calls.perYear': z.number().int().min(1).max(12),
  'calls.deadlineTimeOfDay': z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/),
  'calls.timeZone': z.string().min(1),
  'calls.projection': z
    .object({
      slots: z
        .array(
          z
            .object({
              month: z.number().int().min(1).max(12),
              weekday: z.number().int().min(1).max(7),
              occurrence: z.number().int().min(1).max(4),
            })
            .strict(),
        )
        .min(1)
        .max(12),
      horizonYears: z.number().int().min(0).max(100),
    })
    .strict(),
  'vat.standardRate': rateValue,
};

/** Options of {@link createParameterRegistry}. */
export interface CreateParameterRegistryOptions {
  /**
   * A registry to start from: its parameters stay unless `definitions` names the same id,
   * which then replaces the whole parameter (all its versions).
   */
  readonly base?: ParameterRegistry;
}

/** The largest input {@link createParameterRegistry} reads: values, nesting depth, characters. */
const LIMITS = { nodes: 10_000, depth: 32, text: 1_000_000 } as const;

/**
 * Walks the input once, without recursion, and tells what makes it too large to read (too many
 * values, too deep or cyclic, too much text), or `undefined` when it is within {@link LIMITS}.
 */
function tooLarge(input: unknown): string | undefined {
  let nodes = 0;
  let text = 0;
  const stack: [unknown, number][] = [[input, 0]];
  try {
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      const [value, depth] = next;
      nodes += 1;
      if (nodes > LIMITS.nodes) return `more than ${String(LIMITS.nodes)} values`;
      if (typeof value === 'string') text += value.length;
      if (typeof value !== 'object' || value === null) continue;
      if (depth >= LIMITS.depth) return `nested deeper than ${String(LIMITS.depth)} levels`;
      const keys = Object.keys(value);
      if (keys.length > LIMITS.nodes) return `more than ${String(LIMITS.nodes)} values`;
      for (const key of keys) {
        text += key.length;
        stack.push([(value as Record<string, unknown>)[key], depth + 1]);
      }
      if (text > LIMITS.text) return `more than ${String(LIMITS.text)} characters of text`;
    }
  } catch {
    return 'a value that cannot be read';
  }
  return text > LIMITS.text ? `more than ${String(LIMITS.text)} characters of text` : undefined;
}

function issue(path: readonly (string | number)[], reason: string): PioIssue {
  return createIssue('invalid_registry', { path, params: { reason } });
}

function checkVersions(def: ParameterDefinition, index: number): PioIssue[] {
  const issues: PioIssue[] = [];
  const known = Object.hasOwn(knownValues, def.id)
    ? knownValues[def.id as keyof KnownParameterValues]
    : undefined;
  def.versions.forEach((v, i) => {
    const path = [index, 'versions', i];
    if (v.validUntil !== undefined && v.validUntil < v.validFrom)
      issues.push(
        issue(
          [...path, 'validUntil'],
          `validUntil ${v.validUntil} is before validFrom ${v.validFrom}`,
        ),
      );
    const previous = def.versions[i - 1];
    if (
      previous !== undefined &&
      (previous.validUntil === undefined || previous.validUntil >= v.validFrom)
    ) {
      issues.push(
        issue(
          [...path, 'validFrom'],
          `version ${String(i)} of ${def.id} overlaps the one before it (versions must be sorted and must not overlap)`,
        ),
      );
    }
    if (known !== undefined && !known.safeParse(v.value).success) {
      issues.push(
        issue(
          [...path, 'value'],
          `value ${JSON.stringify(v.value).slice(0, 200)} is not valid for ${def.id}`,
        ),
      );
    }
  });
  return issues;
}

/**
 * Makes a parameter registry from definitions, checking every one: ids, texts, sources, dates,
 * versions sorted and not overlapping, and the value types of the parameters this library uses.
 * Use it to load VLAIO's own values, or to run a what-if on top of the built-in registry.
 *
 * @param definitions - Parameter definitions.
 * @param options - `base`: a registry whose other parameters are kept.
 * @returns A frozen registry.
 * @throws {@link PioRulesError} `invalid_registry` with one issue per problem found;
 *   `input_too_large` for more than 10,000 values, nesting deeper than 32 levels or more than
 *   1,000,000 characters of text.
 * @example
 * ```ts
 * const whatIf = createParameterRegistry(
 *   [{ ...getDefinition('cofinancing.maxRate'), versions: [{ value: '0.6', validFrom: '2027-01-01', status: 'assumed', source: { title: 'what-if', url: 'https://example.org' } }] }],
 *   { base: defaultParameters },
 * );
 * getParameter('cofinancing.maxRate', '2027-06-01', { parameters: whatIf }).value;
 * //=> '0.6'
 * ```
 */
export function createParameterRegistry(
  definitions: readonly ParameterDefinition[],
  options: CreateParameterRegistryOptions = {},
): ParameterRegistry {
  const size = tooLarge(definitions);
  if (size !== undefined)
    throw new PioRulesError([createIssue('input_too_large', { params: { reason: size } })]);
  const base: unknown = options?.base;
  if (base !== undefined && !isParameterRegistry(base))
    throw new PioRulesError([issue(['options', 'base'], 'base is not a ParameterRegistry')]);
  const parsed = z.array(definition).safeParse(definitions);
  const issues: PioIssue[] = [];
  if (!parsed.success) {
    for (const zi of parsed.error.issues)
      issues.push(
        issue(
          zi.path.filter((p) => typeof p !== 'symbol'),
          zi.message,
        ),
      );
    throw new PioRulesError(issues);
  }
  const seen = new Set<string>();
  definitions.forEach((def, i) => {
    if (seen.has(def.id)) issues.push(issue([i, 'id'], `duplicate id ${def.id}`));
    seen.add(def.id);
    issues.push(...checkVersions(def, i));
  });
  if (issues.length > 0) throw new PioRulesError(issues);
  const map = new Map(base?.definitions ?? []);
  for (const def of definitions) map.set(def.id, deepFreeze(structuredClone(def)));
  return Object.freeze({ kind: 'pio-parameter-registry', definitions: new SealedMap(map) });
}

/**
 * A Map that refuses `set`, `delete` and `clear` once built: a registry never changes, which is
 * what lets computations remember what they read from it. Still a `Map`, so a registry made by
 * another copy of this library (ESM beside CJS) is recognised.
 */
class SealedMap<K, V> extends Map<K, V> {
  constructor(entries: Iterable<readonly [K, V]>) {
    super();
    for (const [key, value] of entries) Map.prototype.set.call(this, key, value);
    Object.freeze(this);
  }

  override set(): this {
    throw new TypeError('A parameter registry cannot be changed');
  }

  override delete(): boolean {
    throw new TypeError('A parameter registry cannot be changed');
  }

  override clear(): void {
    throw new TypeError('A parameter registry cannot be changed');
  }
}
