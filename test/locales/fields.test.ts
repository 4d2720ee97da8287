import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldOf } from '../../src/applications/fields.js';
import { buildApplicationJsonSchema } from '../../scripts/applicationJsonSchema.js';
import { safeComputeCofinancing } from '../../src/cofinancing/index.js';
import { formatPath, type IssuePath, type PioIssue } from '../../src/issues/index.js';
import { issueMessage, localeTables } from '../../src/locales/index.js';
import { formatterOf } from '../../src/locales/render.js';
import { applicationFields } from '../../src/vocabulary/index.js';
import { validate, validDocument } from '../applications/fixtures.js';

// Issue 13, point 6: length, enum, type and required messages of a proposal name the field's
// meaning ("De titel is leeg.") from a per-field table in each locale. The fields are derived
// from the JSON Schema, so a field added to the format without a name fails here.

type Node = Record<string, unknown>;
const CONSTRAINTS = ['minLength', 'maxLength', 'minItems', 'maxItems', 'enum'] as const;

interface SchemaField {
  readonly field: string;
  readonly node: Node;
  readonly required: boolean;
}

/** Every field of the schema (properties and list items, through any combinator), by pattern. */
function schemaFields(): SchemaField[] {
  const found = new Map<string, SchemaField>();
  const walk = (node: unknown, field: string, required: boolean): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as Node;
    if (field !== '') {
      const before = found.get(field);
      found.set(field, { field, node: { ...before?.node, ...n }, required });
    }
    const properties = (n['properties'] ?? {}) as Record<string, unknown>;
    const requiredKeys = (n['required'] ?? []) as string[];
    for (const [key, child] of Object.entries(properties))
      walk(child, field === '' ? key : `${field}.${key}`, requiredKeys.includes(key));
    if (n['items'] !== undefined) walk(n['items'], `${field}[]`, false);
    for (const combinator of ['anyOf', 'oneOf', 'allOf'])
      for (const branch of (n[combinator] ?? []) as unknown[]) walk(branch, field, required);
  };
  walk(buildApplicationJsonSchema(), '', true);
  return [...found.values()];
}

const fields = schemaFields();
const constrained = fields.filter((f) => CONSTRAINTS.some((c) => c in f.node));
const locales = ['nl', 'en'] as const;

/** A proposal with every optional part present: partners and external expertise too. */
function fullDocument(): any {
  const doc = validDocument();
  doc.partners = [
    {
      name: 'Gemeente Oostveld',
      organisationType: 'municipality',
      enterpriseNumber: '0207.432.124',
    },
  ];
  doc.support.externalExpertise = { activities: ['workshops'], requested: '10000.00' };
  return doc;
}

/** The concrete path of a field in {@link fullDocument} (every list position 0). */
function pathOf(field: string): (string | number)[] {
  return field
    .split('.')
    .flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), 0] : [part]))
    .flatMap((part) => (part === '' ? [] : [part]));
}

/** The document with the value at `path` set (or deleted, for `undefined`). */
function changed(path: readonly (string | number)[], value: unknown): any {
  const doc = fullDocument();
  let parent = doc;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return doc;
}

/** The issues of a result at exactly this path, with this code. */
function at(
  result: ReturnType<typeof validate>,
  path: readonly (string | number)[],
  code: string,
): PioIssue[] {
  const issues = result.success ? result.warnings : result.issues;
  return issues.filter((i) => i.code === code && formatPath(i.path) === formatPath(path));
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const GENERIC = /Dit veld|Deze lijst|Te kort|Te lang|This field|This list|Too short|Too long/;

describe('the names of the fields of the proposal format', () => {
  it('has a name in both languages for every field of the JSON Schema, and for nothing else', () => {
    const derived = fields.map((f) => f.field).sort();
    expect(derived.length).toBeGreaterThan(40);
    expect([...applicationFields].sort()).toEqual(derived);
    for (const locale of locales)
      expect(Object.keys(localeTables[locale].labels.fields).sort(), locale).toEqual(derived);
  });

  it('names every field with a length or enum constraint, lists with their items, in both languages', () => {
    expect(constrained.map((f) => f.field)).toEqual(
      expect.arrayContaining(['project.title', 'procurement.costs', 'partners']),
    );
    for (const { field, node } of constrained) {
      const [nl, en] = locales.map(
        (l) =>
          (localeTables[l].labels.fields as Record<string, { name: string; items?: unknown }>)[
            field
          ],
      );
      expect(nl?.name, field).toMatch(/^(de|het|een) \S/);
      expect(en?.name, field).toMatch(/^(the|a|an) \S/);
      expect(nl?.name).not.toBe(en?.name);
      const list = 'minItems' in node || 'maxItems' in node;
      for (const text of [nl, en]) {
        expect(typeof text?.items, `${field} items`).toBe(list ? 'function' : 'undefined');
        if (list) {
          const items = text!.items as (n: number) => string;
          expect(items(50)).toMatch(/^50 \S/);
          expect(items(1)).toMatch(/^(één|one) \S/);
        }
      }
    }
  });

  it('says in the message of every constrained field what the field is, not "this field"', () => {
    for (const { field, node } of constrained) {
      const path = pathOf(field);
      const cases: [unknown, string][] = [];
      if ('minLength' in node) cases.push(['', 'too_short']);
      if ('maxLength' in node) cases.push(['a'.repeat(Number(node['maxLength']) + 1), 'too_long']);
      if ('minItems' in node) cases.push([[], 'too_short']);
      if ('maxItems' in node) {
        const first: unknown = pathOf(`${field}[]`).reduce<unknown>(
          (v, k) => (v as Record<string | number, unknown> | undefined)?.[k],
          fullDocument(),
        );
        cases.push([Array.from({ length: Number(node['maxItems']) + 1 }, () => first), 'too_long']);
      }
      if ('enum' in node) cases.push(['not-in-the-list', 'invalid_value']);
      for (const [value, code] of cases)
        for (const locale of locales) {
          const found = at(validate(changed(path, value), { locale }), path, code);
          expect(found, `${field} ${code} ${locale}`).toHaveLength(1);
          const [issue] = found;
          expect((issue!.params as { field?: string }).field).toBe(field);
          const text = (localeTables[locale].labels.fields as Record<string, { name: string }>)[
            field
          ]!;
          const items = (
            localeTables[locale].labels.fields as Record<string, { items?: (n: number) => string }>
          )[field]!.items;
          const named =
            issue!.message.includes(text.name) ||
            issue!.message.startsWith(capital(text.name)) ||
            (items !== undefined &&
              [node['minItems'], node['maxItems']].some(
                (n) => typeof n === 'number' && issue!.message.includes(items(n)),
              ));
          expect(named, `${field} ${code} ${locale}: ${issue!.message}`).toBe(true);
          expect(issue!.message).not.toMatch(GENERIC);
        }
    }
  });

  it('names the field of a missing value and of a value of the wrong kind, for every field', () => {
    for (const { field, node, required } of fields) {
      if ('const' in node) continue; // schemaVersion: unsupported_schema_version, its own text
      const path = pathOf(field);
      // A value of a closed list is refused as outside the list, whatever its kind.
      const code = 'enum' in node ? 'invalid_value' : 'invalid_type';
      for (const locale of locales) {
        const name = (localeTables[locale].labels.fields as Record<string, { name: string }>)[
          field
        ]!.name;
        const wrong = at(validate(changed(path, 42), { locale }), path, code);
        expect(wrong, `${field} ${locale}`).toHaveLength(1);
        expect((wrong[0]!.params as { field?: string }).field).toBe(field);
        expect(wrong[0]!.message).toMatch(
          new RegExp(` (voor|for) ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[:;]`),
        );
        if (!required || field.endsWith('[]')) continue;
        const missing = at(validate(changed(path, undefined), { locale }), path, 'required');
        expect(missing, `${field} ${locale}`).toHaveLength(1);
        expect(missing[0]!.message).toBe(
          locale === 'nl' ? `${capital(name)} ontbreekt.` : `${capital(name)} is missing.`,
        );
      }
    }
  });

  it('writes the examples of the issue', () => {
    const messages = (doc: unknown, locale: string) => {
      const result = validate(doc, { locale });
      return (result.success ? result.warnings : result.issues).map((i) => i.message);
    };
    const empty = changed(['project', 'title'], '');
    expect(messages(empty, 'nl')).toContain('De titel is leeg.');
    expect(messages(empty, 'en')).toContain('The title is empty.');
    const noCosts = changed(['procurement', 'costs'], []);
    expect(messages(noCosts, 'nl')).toContain('Een voorstel heeft minstens één kostenlijn.');
    expect(messages(noCosts, 'en')).toContain('A proposal has at least one cost line.');
    const partner: unknown = fullDocument().partners[0];
    const many = changed(
      ['partners'],
      Array.from({ length: 51 }, () => partner),
    );
    expect(messages(many, 'nl')).toContain('Een voorstel heeft hoogstens 50 partners.');
    expect(messages(many, 'en')).toContain('A proposal has at most 50 partners.');
    const number = changed(['procurement', 'costs', 0, 'amount'], 250000);
    expect(messages(number, 'nl')).toContain(
      'Verkeerd soort waarde voor het bedrag van een kostenlijn: verwacht tekst, kreeg een getal.',
    );
    expect(messages(number, 'en')).toContain(
      'Wrong kind of value for the amount of a cost line: expected text, got a number.',
    );
    // Kinds of value in words, never the names of JavaScript types.
    for (const locale of locales)
      for (const message of messages(number, locale))
        expect(message).not.toMatch(
          /\b(verwacht|kreeg|expected|got) (string|number|boolean|object|undefined)\b/,
        );
  });

  it('renders a stored issue with its field the same, and one without the generic text', () => {
    const result = validate(changed(['project', 'title'], ''), { locale: 'en' });
    const [issue] = at(result, ['project', 'title'], 'too_short');
    const stored = JSON.parse(JSON.stringify(issue));
    expect(issueMessage(stored, { locale: 'en' })).toBe('The title is empty.');
    expect(issueMessage(stored, { locale: 'nl' })).toBe('De titel is leeg.');
    const without = { ...stored.params };
    delete without.field;
    expect(issueMessage({ code: 'too_short', params: without })).toBe('Dit veld is leeg.');
    // A field this version does not know (a newer format): the generic text, never undefined.
    expect(issueMessage({ code: 'required', params: { field: 'project.colour' } })).toBe(
      'Dit veld is verplicht.',
    );
  });

  it('names no proposal field in the issues of other inputs', () => {
    const result = safeComputeCofinancing({ costs: [] });
    expect(result.success).toBe(false);
    if (result.success) return;
    for (const issue of result.issues) expect(issue.params).not.toHaveProperty('field');
  });
});

describe('the formatter', () => {
  it('names a known field, lists its items, and knows nothing else', () => {
    const nl = formatterOf('nl');
    const en = formatterOf('en');
    expect(nl.field('project.title')).toBe('de titel');
    expect(en.field('project.title')).toBe('the title');
    expect(nl.fieldItems('procurement.costs', 1)).toBe('één kostenlijn');
    expect(en.fieldItems('partners', 3)).toBe('3 partners');
    expect(nl.fieldItems('project.title', 3)).toBeUndefined();
    for (const f of [nl, en])
      for (const unknown of [
        undefined,
        '',
        'project.colour',
        '__proto__',
        'constructor',
        'toString',
      ]) {
        expect(f.field(unknown)).toBeUndefined();
        expect(f.fieldItems(unknown, 2)).toBeUndefined();
      }
  });
});

describe('fieldOf', () => {
  it('writes list positions as [] and knows only the fields of the format', () => {
    expect(fieldOf(['procurement', 'costs', 3, 'amount'])).toBe('procurement.costs[].amount');
    expect(fieldOf(['project', 'title'])).toBe('project.title');
    expect(fieldOf(['project'])).toBe('project');
    expect(fieldOf([])).toBeUndefined();
    expect(fieldOf(['project', 'colour'])).toBeUndefined();
    expect(fieldOf(['project.title'])).toBeUndefined();
    expect(fieldOf(['partners[]', 'name'])).toBeUndefined();
    expect(fieldOf(['procurement', 'costs', 'amount'])).toBeUndefined();
  });

  it('gives every field back from its path at any list positions', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...applicationFields),
        fc.array(fc.nat({ max: 10_000 }), { minLength: 3, maxLength: 3 }),
        (field, positions) => {
          let i = 0;
          const path: IssuePath = pathOf(field).map((part) =>
            typeof part === 'number' ? (positions[i++] ?? 0) : part,
          );
          expect(fieldOf(path)).toBe(field);
        },
      ),
    );
  });
});
