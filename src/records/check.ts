import { canonicalText } from './canonicalJson.js';
import { decisionRecordSchema } from './schema.js';
import { sha256Hex } from './sha256.js';
import type { DecisionRecord, RecordPart } from './types.js';

/** Which part a top-level key of a record belongs to. */
const partOfKey: Readonly<Record<string, RecordPart>> = {
  input: 'input',
  rules: 'rules',
  trace: 'trace',
  outcome: 'outcome',
};

/** What checking a record's structure and digests found. @internal */
export interface RecordCheck {
  /** The record, when its structure is one (its digests may still fail). */
  readonly record: DecisionRecord | undefined;
  /** The parts that are malformed or whose digest fails, in record order. */
  readonly tampered: readonly RecordPart[];
  /** The structural problems. */
  readonly problems: readonly {
    readonly path: readonly (string | number)[];
    readonly message: string;
  }[];
}

const order: readonly RecordPart[] = ['header', 'input', 'rules', 'trace', 'outcome'];

function withoutDigest(part: object): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...part };
  delete copy['digest'];
  return copy;
}

/** The texts whose digests a record's digests must be, and those digests (no record kept). */
interface DigestWork {
  readonly canonicalInput: boolean;
  readonly texts: readonly [string, string, string, string, string];
  readonly expected: readonly [string, string, string, string, string];
}

/** A record's structure checked, and the digest work that is left (asynchronous). @internal */
export interface PreparedCheck {
  readonly record: DecisionRecord | undefined;
  readonly structure: RecordCheck | undefined;
  readonly work: DigestWork | undefined;
}

/**
 * Checks a record's structure and writes the texts to hash, synchronously: the caller may drop
 * the record before hashing (Web Crypto is asynchronous, and a record held across its awaits
 * outlives the young generation of the heap).
 *
 * @internal
 */
export function prepareCheck(value: unknown): PreparedCheck {
  const parsed = decisionRecordSchema().safeParse(value);
  if (!parsed.success) {
    const parts = new Set<RecordPart>();
    const problems = parsed.error.issues.map((i) => {
      const head = i.path[0];
      parts.add(typeof head === 'string' ? (partOfKey[head] ?? 'header') : 'header');
      return {
        path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        message: i.message,
      };
    });
    return {
      record: undefined,
      structure: { record: undefined, tampered: order.filter((p) => parts.has(p)), problems },
      work: undefined,
    };
  }
  const record = value as DecisionRecord;
  let canonicalInput = true;
  try {
    canonicalInput = canonicalText(JSON.parse(record.input.canonical)) === record.input.canonical;
  } catch {
    canonicalInput = false;
  }
  return {
    record,
    structure: undefined,
    work: {
      canonicalInput,
      texts: [
        record.input.canonical,
        canonicalText(withoutDigest(record.rules)),
        canonicalText(withoutDigest(record.trace)),
        canonicalText(withoutDigest(record.outcome)),
        canonicalText(withoutDigest(record)),
      ],
      expected: [
        record.input.digest,
        record.rules.digest,
        record.trace.digest,
        record.outcome.digest,
        record.digest,
      ],
    },
  };
}

/**
 * The parts whose digest fails, in record order.
 *
 * @internal
 */
export async function failedParts(work: DigestWork): Promise<RecordPart[]> {
  const [input, rules, trace, outcome, whole] = await Promise.all(work.texts.map(sha256Hex));
  const [eInput, eRules, eTrace, eOutcome, eWhole] = work.expected;
  const failed = new Set<RecordPart>();
  if (!work.canonicalInput || input !== eInput) failed.add('input');
  if (rules !== eRules) failed.add('rules');
  if (trace !== eTrace) failed.add('trace');
  if (outcome !== eOutcome) failed.add('outcome');
  // A change outside the parts (format, kind, decidedAt, options, library) fails only the
  // digest over the whole.
  if (whole !== eWhole && failed.size === 0) failed.add('header');
  return order.filter((p) => failed.has(p));
}

/**
 * Checks a record's structure (the record schema) and each of its digests.
 *
 * @internal
 */
export async function checkRecord(value: unknown): Promise<RecordCheck> {
  const prepared = prepareCheck(value);
  if (prepared.structure !== undefined) return prepared.structure;
  const { record, work } = prepared as { record: DecisionRecord; work: DigestWork };
  return { record, tampered: await failedParts(work), problems: [] };
}
