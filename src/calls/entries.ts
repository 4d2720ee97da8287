import type { Source } from '../issues/issue.js';
import type { LocalizedText } from '../locales/LocalizedText.js';
import type { CallDataStatus, CallKind } from '../vocabulary/index.js';
import type { CallCalendarEntry } from './types.js';

/** A source as read: its optional fields may be there and undefined. @internal */
export type SourceFields = {
  readonly [K in keyof Source]: Source[K] | (undefined extends Source[K] ? undefined : never);
};

/** The optional fields of a source, in the order a copy writes them. */
const OPTIONAL_SOURCE_FIELDS = [
  'publisher',
  'published',
  'retrieved',
  'identifier',
  'eli',
  'article',
  'quote',
] as const satisfies readonly (keyof Source)[];

/** The fields of a call as read (from a checked input or the built-in data). @internal */
export interface EntryFields {
  readonly id: string;
  readonly year: number;
  readonly kind: CallKind;
  readonly title: LocalizedText;
  readonly deadlineDate: string;
  readonly status?: CallDataStatus | undefined;
  readonly source?: SourceFields | undefined;
  readonly note?: LocalizedText | undefined;
}

/** A frozen copy of a text in both languages. @internal */
export function frozenText(text: LocalizedText): LocalizedText {
  return Object.freeze({ nl: text.nl, en: text.en });
}

/** A frozen copy of a source. @internal */
export function frozenSource(source: SourceFields): Source {
  const copy: { -readonly [K in keyof Source]: Source[K] } = {
    title: source.title,
    url: source.url,
  };
  for (const field of OPTIONAL_SOURCE_FIELDS) {
    const value = source[field];
    if (value !== undefined) copy[field] = value;
  }
  return Object.freeze(copy);
}

/**
 * A calendar entry of its own, frozen: every object in it is a new copy, so nothing the caller
 * holds is kept, changed or frozen. The status defaults to `published`.
 *
 * @param fields - The call's fields.
 * @param opensAt - When it opens, already read as an instant.
 * @returns The entry.
 * @internal
 */
export function entryOf(fields: EntryFields, opensAt: Date | undefined): CallCalendarEntry {
  const { source, note } = fields;
  return Object.freeze({
    id: fields.id,
    year: fields.year,
    kind: fields.kind,
    title: frozenText(fields.title),
    deadlineDate: fields.deadlineDate,
    ...(opensAt === undefined ? {} : { opensAt: opensAt.toISOString() }),
    status: fields.status ?? 'published',
    ...(source === undefined ? {} : { source: frozenSource(source) }),
    ...(note === undefined ? {} : { note: frozenText(note) }),
  });
}

/**
 * Orders entries by deadline date, then by id: the order of a calendar's entries.
 *
 * @internal
 */
export function compareEntries(a: CallCalendarEntry, b: CallCalendarEntry): number {
  if (a.deadlineDate !== b.deadlineDate) return a.deadlineDate < b.deadlineDate ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
