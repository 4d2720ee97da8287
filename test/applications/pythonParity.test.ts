import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { applicationSchema } from '../../src/applications/index.js';
import {
  examplesDir,
  hasStructuralIssue,
  loadExample,
  nodes,
  type Segment,
  validate,
  validFiles,
} from './fixtures.js';

/**
 * Acceptance 2 of the issue "What a new user hits": the shipped JSON Schema gives the same verdict
 * in every validator. A corpus of adversarial strings is put into the valid examples at every
 * field that has a pattern; each document is judged by ajv (Ajv2020, with the `u` flag as ajv
 * compiles by default, and without it), by Python's `jsonschema` (Draft202012Validator with its
 * FormatChecker, one `python3` process for the whole corpus) and by the library (the structural
 * issues of `validateApplication`, and `applicationSchema.safeParse`), and all must agree.
 *
 * Python 3 with `jsonschema` is a requirement of the test suite: when it is missing the test
 * fails (in CI and everywhere else), it never skips. `PYTHON` names another interpreter.
 */

interface SchemaNode {
  readonly type?: string;
  readonly pattern?: string;
  readonly not?: SchemaNode;
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly items?: SchemaNode;
}

const schemaFile = resolve(examplesDir, '../../schemas/application.schema.json');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as SchemaNode & Record<string, unknown>;

const PYTHON = process.env['PYTHON'] ?? 'python3';

/** Validates each job's documents (given by index) under its schema; prints the verdicts as JSON. */
const PYTHON_VALIDATOR = `
import json, sys
from importlib.metadata import version
from jsonschema import Draft202012Validator, FormatChecker
with open(sys.argv[1], encoding="utf-8") as f:
    data = json.load(f)
verdicts = []
for job in data["jobs"]:
    Draft202012Validator.check_schema(job["schema"])
    validator = Draft202012Validator(job["schema"], format_checker=FormatChecker())
    verdicts.append([validator.is_valid(data["documents"][i]) for i in job["documents"]])
json.dump({"python": sys.version.split()[0], "jsonschema": version("jsonschema"), "verdicts": verdicts}, sys.stdout)
`;

/** One schema and the indexes of the documents to judge by it. */
interface Job {
  readonly schema: unknown;
  readonly documents: readonly number[];
}

interface PythonAnswer {
  readonly python: string;
  readonly jsonschema: string;
  readonly verdicts: readonly (readonly boolean[])[];
}

/** Runs the validator once; a missing Python or `jsonschema` fails with how to install it. */
function runPython(jobs: readonly Job[], documents: readonly unknown[]): PythonAnswer {
  const dir = mkdtempSync(join(tmpdir(), 'pio-rules-python-'));
  try {
    const file = join(dir, 'corpus.json');
    // JSON.stringify writes a lone surrogate as a \\u escape, so the file is valid UTF-8.
    writeFileSync(file, JSON.stringify({ jobs, documents }), 'utf8');
    const run = spawnSync(PYTHON, ['-c', PYTHON_VALIDATOR, file], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error !== undefined || run.status !== 0)
      throw new Error(
        `Python's jsonschema is needed for this test (it fails, never skips${process.env['CI'] === undefined ? '' : ', in CI too'}): ` +
          `${PYTHON} could not validate (${run.error?.message ?? run.stderr.trim().split('\n').at(-1) ?? `exit ${String(run.status)}`}). ` +
          'Install Python 3 and jsonschema: `apt-get install python3-jsonschema` or `pip install jsonschema`.',
      );
    return JSON.parse(run.stdout) as PythonAnswer;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ajvUnicode = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const ajvPlain = new Ajv2020({ strict: true, allErrors: true, unicodeRegExp: false }).compile(
  schema,
);

/** The schema node of a path in a document. */
function schemaAt(path: readonly Segment[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (const segment of path)
    node = typeof segment === 'number' ? node?.items : node?.properties?.[segment];
  return node;
}

/** One field with a pattern, in one valid example. */
interface Field {
  readonly file: string;
  readonly path: readonly Segment[];
  readonly valid: string;
  readonly pattern: string;
}

/** Every string field with a pattern, once per schema path, from the valid examples. */
const fields: readonly Field[] = (() => {
  const seen = new Set<string>();
  const found: Field[] = [];
  for (const file of validFiles)
    for (const { path, value } of nodes(loadExample(file))) {
      const node = schemaAt(path);
      if (typeof value !== 'string' || node?.pattern === undefined) continue;
      const key = path.map((s) => (typeof s === 'number' ? '[]' : s)).join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      found.push({ file, path, valid: value, pattern: node.pattern });
    }
  return found;
})();

/** Every ASCII digit of a text as the digit of another script (zero at `zero`). */
const digitsFrom = (text: string, zero: number): string =>
  text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
const ZEROS = [0x660, 0x6f0, 0x966, 0xff10, 0x1d7ce];

/** White space of some dialect or other: ECMA-262, Python, Unicode Zs. */
const SPACES = [
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  ' ',
  '\x1c',
  '\x1d',
  '\x1e',
  '\x1f',
  '\x85',
  '\xa0',
  '\u1680',
  '\u2000',
  '\u2007',
  '\u200a',
  '\u2028',
  '\u2029',
  '\u202f',
  '\u205f',
  '\u3000',
];
/** Controls and invisible format characters. */
const INVISIBLE = [
  '\x00',
  '\x01',
  '\x7f',
  '\x9f',
  '\xad',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u200e',
  '\u2060',
  '\u2066',
  '\ufe0f',
  '\ufeff',
  '\u3164',
];
const SURROGATES = ['\ud800', '\udc00', '\udbff\udbff', '\udc00\ud800', '\ud83d\ude00'];

/** The valid value of a field, spoiled (or not) in every way the dialects read differently. */
function variantsOf(valid: string): string[] {
  return [
    valid,
    `${valid}\n`,
    `${valid}\r`,
    `${valid}\r\n`,
    `\n${valid}`,
    `${valid}\n\n`,
    `${valid}\u2028`,
    `${valid}\u2029`,
    `${valid}\x85`,
    `${valid} `,
    ` ${valid}`,
    `${valid}\t`,
    `${valid}\xa0`,
    `\ufeff${valid}`,
    `${valid}\ufeff`,
    `${valid}\u200b`,
    `${valid}\x1c`,
    `${valid}\x1f`,
    `${valid}\x00`,
    `${valid}\ud800`,
    `\udc00${valid}`,
    ...ZEROS.map((zero) => digitsFrom(valid, zero)),
    valid.replace(/[0-9]/, '٢'),
    valid.replace(/[0-9]$/, '١'),
    valid.toUpperCase(),
    valid.slice(0, -1),
    `${valid}0`,
    `${valid}x`,
    valid.replace(/[ .]/g, '\xa0'),
    valid.replace(/[ .]/g, '\u2007'),
    `${valid}${valid}`,
  ];
}

/** Valid ten-digit enterprise numbers (check digits computed with BigInt), seeded. */
const enterpriseNumbers = fc
  .sample(fc.tuple(fc.constantFrom('0', '1'), fc.stringMatching(/^[0-9]{7}$/)), {
    numRuns: 12,
    seed: 13,
  })
  .map(([first, rest]) => {
    const base = `${first}${rest}`;
    return `${base}${String(97n - (BigInt(base) % 97n)).padStart(2, '0')}`;
  });

/** An enterprise number in every form people write, and near misses of each. */
function enterpriseForms(digits: string): string[] {
  const [a, b, c] = [digits.slice(0, 4), digits.slice(4, 7), digits.slice(7)];
  const nine = digits.startsWith('0') ? [digits.slice(1, 4), b, c] : undefined;
  const forms = [`${a}.${b}.${c}`, `${a} ${b} ${c}`, digits];
  if (nine !== undefined) forms.push(nine.join('.'), nine.join(' '), nine.join(''));
  const prefixed = forms.flatMap((f) => [`BE ${f}`, `BE${f}`, `be ${f}`]);
  const misses = [
    `${a}.${b} ${c}`,
    `${a}-${b}-${c}`,
    `${a}/${b}/${c}`,
    `${a},${b},${c}`,
    `${a}  ${b} ${c}`,
    `BE  ${digits}`,
    `BE-${digits}`,
    `B E${digits}`,
    `NL${digits}`,
    `${digits}0`,
    digits.slice(0, 8),
    `2${digits.slice(1)}`,
    `${a}.${b}.${c}.`,
    `.${a}.${b}.${c}`,
    `BE ${a}.${b}.${c}\n`,
    `${a}\xa0${b}\xa0${c}`,
  ];
  return [...forms, ...prefixed, ...misses];
}

/** Strings put into every field with a pattern. */
const generic: readonly string[] = [
  '',
  ...SPACES,
  ...INVISIBLE,
  ...SURROGATES,
  SPACES.join(''),
  INVISIBLE.join(''),
  ' \u200b\ufeff\u3000',
  `a${SPACES.join('')}`,
  'a',
  'é',
  '😀',
  'x'.repeat(200),
  'x'.repeat(201),
  '😀'.repeat(200),
  '😀'.repeat(201),
  '\ud800'.repeat(200),
  '\ud800'.repeat(201),
  'a'.repeat(10_001),
  '٢٥٠٠٠٠',
  '１２３',
  '𝟏𝟐𝟑',
  '250000.00',
  '250000.00\n',
  '2024-2',
  '2024-2\n',
  '0207.123.407',
  '0207.123.407\n',
  '2024-10-10T16:30:00+02:00',
  '2024-10-10T16:30:00+02:00\n',
  '٢٠٢٤-10-10T16:30:00Z',
  '2024-10-10T16:30:00.１Z',
  'a@b.be',
  'a@b.be\n',
  'a\x1c@b.be',
  'a@b\x1f.be',
  'a\ufeff@b.be',
  'a\u200b@b.be',
  'a b@c.be',
  'ä@ö.be',
  '😀@b.be',
  '+32 9 123 45 67',
  '+32 9 123 45 67\n',
  '+٣٢ 9 123 45 67',
  ...enterpriseForms(enterpriseNumbers[0]!),
];

interface Case {
  readonly field: string;
  readonly value: string;
  readonly document: unknown;
}

/** Every string of the corpus at every field with a pattern, in its valid example. */
const cases: readonly Case[] = fields.flatMap((field) => {
  const extra =
    field.path.at(-1) === 'enterpriseNumber' ? enterpriseNumbers.flatMap(enterpriseForms) : [];
  const values = [...new Set([...variantsOf(field.valid), ...generic, ...extra])];
  return values.map((value) => {
    const document = loadExample(field.file);
    let parent = document;
    for (const segment of field.path.slice(0, -1)) parent = parent[segment];
    parent[field.path.at(-1)!] = value;
    return { field: field.path.join('.'), value, document };
  });
});

/** The shipped schema as it was before: `\d`, `\S`, no "no line feed"; the test must see that. */
function naiveSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(naiveSchema);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'not') continue;
    copy[key] =
      key === 'pattern' && typeof value === 'string'
        ? value.startsWith('[^')
          ? '\\S'
          : value.replaceAll('[0-9]', '\\d')
        : naiveSchema(value);
  }
  return copy;
}

interface Verdicts {
  readonly ajvUnicode: boolean;
  readonly ajvPlain: boolean;
  readonly python: boolean;
  readonly library: boolean;
  readonly parse: boolean;
}

/** Cases Python judged otherwise under the old patterns: `\d`, `\S` and `$` alone. */
const OLD_PATTERN_PROBES: readonly (readonly [string, string])[] = [
  ['procurement.costs.0.amount', '250000.00\n'],
  ['support.cofinancing.requested', '٢٥٠٠٠٠'],
  ['callId', '2024-2\n'],
  ['applicant.enterpriseNumber', '0207.123.407\n'],
  ['submittedAt', '2024-10-10T16:30:00+02:00\n'],
  ['applicant.name', '\ufeff'],
  ['project.title', '\u200b'],
  ['applicant.contact.email', 'a@b.be\n'],
];
const probes = OLD_PATTERN_PROBES.map(([field, value]) =>
  cases.findIndex((c) => c.field === field && c.value === value),
).filter((i) => i >= 0);

let answer: PythonAnswer | undefined;
let failure: Error | undefined;

beforeAll(() => {
  try {
    answer = runPython(
      [
        { schema, documents: cases.map((_, i) => i) },
        { schema: naiveSchema(schema), documents: probes },
      ],
      cases.map((c) => c.document),
    );
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error));
  }
}, 120_000);

/** What every validator said about one case. */
function verdictsOf(i: number): Verdicts {
  const { document } = cases[i]!;
  return {
    ajvUnicode: ajvUnicode(document),
    ajvPlain: ajvPlain(document),
    python: answer!.verdicts[0]![i]!,
    library: !hasStructuralIssue(validate(document)),
    parse: applicationSchema.safeParse(document).success,
  };
}

/** A case as a failure message shows it: the field and the value with every escape visible. */
const shown = (c: Case): string =>
  `${c.field} = ${JSON.stringify(c.value.length > 60 ? `${c.value.slice(0, 60)}…(${String(c.value.length)})` : c.value).replace(/[^\x20-\x7e]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)}`;

describe('the JSON Schema under ajv, Python jsonschema and validateApplication', () => {
  it('has Python 3 with jsonschema to ask (the test fails without it, it never skips)', () => {
    if (failure !== undefined) throw failure;
    expect(answer?.verdicts).toHaveLength(2);
    expect(answer?.jsonschema).toMatch(/^[0-9]+\./);
  });

  it('covers every field with a pattern, with a large corpus', () => {
    const expected = [
      'applicant.contact.email',
      'applicant.contact.name',
      'applicant.contact.phone',
      'applicant.enterpriseNumber',
      'applicant.name',
      'callId',
      'partners.0.enterpriseNumber',
      'partners.0.name',
      'procurement.costs.0.amount',
      'procurement.costs.0.label',
      'project.title',
      'project.summary',
      'project.need',
      'project.idealSolution',
      'project.marketScan',
      'project.rdNeeds',
      'project.endUsers',
      'project.supportBase',
      'project.team',
      'submittedAt',
      'support.cofinancing.requested',
      'support.externalExpertise.requested',
    ];
    expect(fields.map((f) => f.path.join('.')).sort()).toEqual(expected.sort());
    expect(cases.length).toBeGreaterThan(3_000);
  });

  it('gives one verdict for every document of the corpus', () => {
    if (failure !== undefined) throw failure;
    const disagreements: string[] = [];
    let accepted = 0;
    const perField = new Map<string, { accepted: number; refused: number }>();
    cases.forEach((c, i) => {
      const v = verdictsOf(i);
      const all = [v.ajvUnicode, v.ajvPlain, v.python, v.library, v.parse];
      if (all.some((x) => x !== v.ajvUnicode))
        disagreements.push(`${shown(c)}: ${JSON.stringify(v)}`);
      if (v.ajvUnicode) accepted += 1;
      const counts = perField.get(c.field) ?? { accepted: 0, refused: 0 };
      if (v.ajvUnicode) counts.accepted += 1;
      else counts.refused += 1;
      perField.set(c.field, counts);
    });
    expect(disagreements).toEqual([]);
    // Both verdicts occur at every field, so the agreement means something.
    for (const [field, counts] of perField) {
      expect(counts.accepted, field).toBeGreaterThan(0);
      expect(counts.refused, field).toBeGreaterThan(10);
    }
    expect(accepted).toBeGreaterThan(500);
  });

  it('would catch the old patterns: `\\d`, `\\S` and a bare `$` give Python other verdicts', () => {
    if (failure !== undefined) throw failure;
    const naive = answer!.verdicts[1]!;
    expect(probes).toHaveLength(OLD_PATTERN_PROBES.length);
    const differing = probes.filter((i, j) => naive[j] !== ajvUnicode(cases[i]!.document));
    expect(differing.map((i) => shown(cases[i]!))).toEqual(probes.map((i) => shown(cases[i]!)));
  });
});

/**
 * The pieces of a pattern outside the portable subset: escapes other than `\xHH`, `\n` and
 * escaped punctuation (`\.`, `\+`), a group that is not `(?:`, and a character beyond ASCII
 * outside a character class. Inside a class a character stands for itself in every dialect.
 */
function unportable(pattern: string): string[] {
  const wrong: string[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (next === 'x' && /^[0-9a-f]{2}$/.test(pattern.slice(i + 2, i + 4))) i += 3;
      else if (next === 'n' || next === '.' || next === '+') i += 1;
      else {
        wrong.push(`\\${next}`);
        i += 1;
      }
    } else if (inClass) {
      if (c === ']') inClass = false;
    } else if (c === '[') {
      inClass = true;
      if (pattern[i + 1] === '^') i += 1;
    } else if (c === '(') {
      if (pattern.slice(i + 1, i + 3) === '?:') i += 2;
      else wrong.push('(');
    } else if (c > '\x7e') wrong.push(c);
  }
  return wrong;
}

describe('the patterns of the schema', () => {
  const patterns = [
    ...new Set(JSON.stringify(schema).match(/"pattern":"(?:[^"\\]|\\.)*"/g) ?? []),
  ].map((p) => JSON.parse(p.slice('"pattern":'.length)) as string);

  it('use only syntax that ECMA-262, Python re and RE2 read alike', () => {
    expect(patterns.length).toBeGreaterThan(5);
    for (const pattern of patterns) expect(unportable(pattern), pattern).toEqual([]);
  });

  it('are checked by a grammar that finds what is not portable', () => {
    expect(unportable('^\\d+$')).toEqual(['\\d']);
    expect(unportable('\\S')).toEqual(['\\S']);
    expect(unportable('[^\\s@]')).toEqual(['\\s']);
    expect(unportable('^(a)\\1$')).toEqual(['(', '\\1']);
    expect(unportable('^a(?=b)')).toEqual(['(']);
    expect(unportable('[\\u2028]')).toEqual(['\\u']);
    expect(unportable('a\\Z')).toEqual(['\\Z']);
    expect(unportable('é')).toEqual(['é']);
    expect(unportable('^(?:[0-9]|[\\x00-\\x20\u3000])\\.\\+$')).toEqual([]);
  });

  it('refuse a line feed beside every anchored pattern, and never use `format`', () => {
    const walk = (node: unknown, found: SchemaNode[]): SchemaNode[] => {
      if (Array.isArray(node)) node.forEach((n) => walk(n, found));
      else if (typeof node === 'object' && node !== null) {
        if ('pattern' in node) found.push(node as SchemaNode);
        Object.values(node).forEach((n) => walk(n, found));
      }
      return found;
    };
    const withPattern = walk(schema, []).filter((n) => n.pattern !== '\\n');
    for (const node of withPattern) {
      const anchored = node.pattern!.startsWith('^');
      expect(node.not, node.pattern).toEqual(anchored ? { pattern: '\\n' } : undefined);
    }
    expect(JSON.stringify(schema)).not.toContain('"format"');
  });
});
