import { canonicalText } from './canonicalJson.js';
import { digestOf } from './digests.js';
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

/**
 * Checks a record's structure (the record schema) and each of its digests.
 *
 * @internal
 */
export async function checkRecord(value: unknown): Promise<RecordCheck> {
  const parsed = decisionRecordSchema.safeParse(value);
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
    return { record: undefined, tampered: order.filter((p) => parts.has(p)), problems };
  }
  const record = value as DecisionRecord;
  let canonicalInput = true;
  try {
    canonicalInput = canonicalText(JSON.parse(record.input.canonical)) === record.input.canonical;
  } catch {
    canonicalInput = false;
  }
  const [input, rules, trace, outcome, whole] = await Promise.all([
    sha256Hex(record.input.canonical),
    digestOf(withoutDigest(record.rules)),
    digestOf(withoutDigest(record.trace)),
    digestOf(withoutDigest(record.outcome)),
    digestOf(withoutDigest(record)),
  ]);
  const failed = new Set<RecordPart>();
  if (!canonicalInput || input !== record.input.digest) failed.add('input');
  if (rules !== record.rules.digest) failed.add('rules');
  if (trace !== record.trace.digest) failed.add('trace');
  if (outcome !== record.outcome.digest) failed.add('outcome');
  // A change outside the parts (format, kind, decidedAt, options, library) fails only the
  // digest over the whole.
  if (whole !== record.digest && failed.size === 0) failed.add('header');
  return { record, tampered: order.filter((p) => failed.has(p)), problems: [] };
}
