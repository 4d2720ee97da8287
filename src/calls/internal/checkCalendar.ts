import { z } from 'zod';
import { createIssue } from '../../issues/createIssue.js';
import { describeType } from '../../issues/describe.js';
import type { IssuePath, PioIssue } from '../../issues/PioIssue.js';
import { isPioRulesError } from '../../issues/PioRulesError.js';
import { isParameterRegistry } from '../../parameters/isParameterRegistry.js';
import type { ParameterRegistry } from '../../parameters/types.js';
import { toInstant } from '../../time/toInstant.js';
import { parseIsoDate } from '../../time/zoned.js';
import type { CallCalendarEntry } from '../types.js';
import { deadlineOf } from './deadlineOf.js';

/** At most this many calls in one calendar. */
export const MAX_CALLS = 10_000;

const REGULAR_ID = /^(\d{4})-([1-9]\d{0,2})$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = z.strictObject({ nl: z.string().min(1).max(500), en: z.string().min(1).max(500) });
const source = z.strictObject({
  title: z.string().min(1).max(500),
  url: z.string().min(1).max(2000),
  quote: z.string().max(2000).optional(),
});
const entrySchema = z.strictObject({
  id: z.string().min(1).max(100),
  year: z.number().int().min(1000).max(9999),
  kind: z.enum(['regular', 'thematic']),
  title: text,
  deadlineDate: z.string().max(40),
  opensAt: z.unknown().optional(),
  status: z.enum(['published', 'projected']).optional(),
  source: source.optional(),
  note: text.optional(),
});

type ZodIssue = z.core.$ZodIssue;

function fromZod(zi: ZodIssue, prefix: IssuePath): PioIssue[] {
  const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const input = (zi as { input?: unknown }).input;
  if ((zi.code === 'invalid_type' || zi.code === 'invalid_value') && input === undefined) {
    return [createIssue('required', { path })];
  }
  switch (zi.code) {
    case 'invalid_type':
      return [
        createIssue('invalid_type', {
          path,
          params: { expected: zi.expected, received: describeType(input) },
        }),
      ];
    case 'too_big':
      return [
        createIssue(zi.origin === 'number' ? 'too_big' : 'too_long', {
          path,
          params: { maximum: Number(zi.maximum) },
        }),
      ];
    case 'too_small':
      return [
        createIssue(zi.origin === 'number' ? 'too_small' : 'too_short', {
          path,
          params: { minimum: Number(zi.minimum) },
        }),
      ];
    case 'invalid_value':
      return [
        createIssue('invalid_value', {
          path,
          params: { expected: zi.values.map(String), received: String(input) },
        }),
      ];
    case 'unrecognized_keys':
      return zi.keys.map((key) =>
        createIssue('unknown_key', { path: [...path, key], params: { key } }),
      );
    /* v8 ignore next 2 -- the schema above yields no other zod issue codes */
    default:
      return [createIssue('invalid_input', { path, params: { reason: zi.message } })];
  }
}

function collect<T>(issues: PioIssue[], path: IssuePath, run: () => T): T | undefined {
  try {
    return run();
  } catch (error) {
    if (!isPioRulesError(error)) throw error;
    for (const issue of error.issues) {
      issues.push(
        createIssue(issue.code, { path: [...path, ...issue.path], params: issue.params }),
      );
    }
    return undefined;
  }
}

function checkId(entry: Record<string, unknown>, path: IssuePath): PioIssue[] {
  const { id, kind, year } = entry;
  if (typeof id !== 'string') return [];
  const regular = REGULAR_ID.exec(id);
  if (kind === 'regular' && typeof year === 'number' && regular?.[1] !== String(year)) {
    return [
      createIssue('invalid_format', {
        path: [...path, 'id'],
        params: {
          expected: `"${String(year)}-1", "${String(year)}-2", …`,
          received: id,
        },
      }),
    ];
  }
  if (kind === 'thematic' && (regular !== null || !SLUG.test(id))) {
    return [
      createIssue('invalid_format', {
        path: [...path, 'id'],
        params: {
          expected: '"2020-circular-economy" (a-z, 0-9, -; ≠ YYYY-N)',
          received: id,
        },
      }),
    ];
  }
  return [];
}

function checkEntry(
  raw: unknown,
  index: number,
  parameters: ParameterRegistry,
  issues: PioIssue[],
): CallCalendarEntry | undefined {
  const path = [index];
  const before = issues.length;
  const parsed = entrySchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) for (const zi of parsed.error.issues) issues.push(...fromZod(zi, path));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const entry = raw as Record<string, unknown>;
  issues.push(...checkId(entry, path));
  const { deadlineDate, year, opensAt } = entry;
  const date =
    typeof deadlineDate === 'string'
      ? collect(issues, [...path, 'deadlineDate'], () => parseIsoDate(deadlineDate))
      : undefined;
  if (date !== undefined && typeof year === 'number' && date.year !== year) {
    issues.push(
      createIssue('invalid_value', {
        path: [...path, 'year'],
        params: { expected: [String(date.year)], received: String(year) },
      }),
    );
  }
  const deadline =
    date === undefined
      ? undefined
      : collect(issues, [...path, 'deadlineDate'], () =>
          deadlineOf(deadlineDate as string, parameters),
        );
  const opens =
    opensAt === undefined
      ? undefined
      : collect(issues, [...path, 'opensAt'], () => toInstant(opensAt));
  if (opens !== undefined && deadline !== undefined && opens.getTime() >= deadline.getTime()) {
    issues.push(
      createIssue('invalid_value', {
        path: [...path, 'opensAt'],
        params: { expected: [`< ${deadline.toISOString()}`], received: opens.toISOString() },
      }),
    );
  }
  if (!parsed.success || issues.length > before) return undefined;
  const data = parsed.data;
  return {
    id: data.id,
    year: data.year,
    kind: data.kind,
    title: { nl: data.title.nl, en: data.title.en },
    deadlineDate: data.deadlineDate,
    ...(opens === undefined ? {} : { opensAt: opens.toISOString() }),
    status: data.status ?? 'published',
    ...(data.source === undefined
      ? {}
      : {
          source: {
            title: data.source.title,
            url: data.source.url,
            ...(data.source.quote === undefined ? {} : { quote: data.source.quote }),
          },
        }),
    ...(data.note === undefined ? {} : { note: { nl: data.note.nl, en: data.note.en } }),
  };
}

/** The outcome of {@link checkCalendar}: the entries, or every problem. */
export type CheckedCalendar =
  | { readonly ok: true; readonly entries: readonly CallCalendarEntry[] }
  | { readonly ok: false; readonly issues: readonly PioIssue[] };

/**
 * Validates calendar input and collects every problem: structure (zod), dates, ids, the year
 * against the deadline date, `opensAt` before the deadline, duplicate ids, and whether the
 * parameters give a deadline on each date. The list of issues starts with `invalid_calendar`.
 *
 * @param input - The calls as supplied.
 * @param parameters - The registry for deadlines.
 * @returns The sorted entries, or the issues.
 */
export function checkCalendar(input: unknown, parameters: ParameterRegistry): CheckedCalendar {
  const issues: PioIssue[] = [];
  const entries: CallCalendarEntry[] = [];
  if (!isParameterRegistry(parameters)) {
    issues.push(
      createIssue('invalid_type', {
        path: ['options', 'parameters'],
        params: { expected: 'a ParameterRegistry', received: describeType(parameters) },
      }),
    );
  } else if (!Array.isArray(input)) {
    issues.push(
      createIssue('invalid_type', { params: { expected: 'array', received: describeType(input) } }),
    );
  } else if (input.length > MAX_CALLS) {
    issues.push(
      createIssue('input_too_large', {
        params: { reason: `${String(input.length)} calls, at most ${String(MAX_CALLS)}` },
      }),
    );
  } else {
    const seen = new Set<string>();
    input.forEach((raw: unknown, index) => {
      const entry = checkEntry(raw, index, parameters, issues);
      const id = (raw as { id?: unknown } | null)?.id;
      if (typeof id === 'string') {
        if (seen.has(id))
          issues.push(createIssue('duplicate_id', { path: [index, 'id'], params: { id } }));
        seen.add(id);
      }
      if (entry !== undefined) entries.push(entry);
    });
  }
  if (issues.length > 0) {
    return {
      ok: false,
      issues: [createIssue('invalid_calendar', { params: { count: issues.length } }), ...issues],
    };
  }
  entries.sort((a, b) =>
    a.deadlineDate < b.deadlineDate
      ? -1
      : a.deadlineDate > b.deadlineDate
        ? 1
        : a.id < b.id
          ? -1
          : 1,
  );
  return { ok: true, entries };
}
