import { utc } from '../time/instant.js';
import type { CallKind } from '../vocabulary/index.js';
import { buildCall, compareCalls } from './build.js';
import type { Deadline } from './deadline.js';
import { compareEntries } from './entries.js';
import type { Call, CallCalendarEntry } from './types.js';
import { deadlineIn, projectedIn, type CalendarView } from './view.js';

const DAY_MS = 86_400_000;
const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The day after a date `YYYY-MM-DD` (`'9999-12-31'` stays the last day). */
function nextDay(date: string): string {
  const next = new Date(
    utc(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + 1),
  );
  const year = next.getUTCFullYear();
  return year > 9999
    ? date
    : `${pad(year, 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`;
}

/**
 * The first date whose deadline may still be to come at `t`: a deadline lies within its date
 * or at the start of the next day, and the programme's date is less than a day from the UTC
 * date, so every date more than two days before the UTC date of `t` has closed. As a
 * `YYYY-MM-DD` text (before year 0: `''`, before every date; after 9999: `'~'`, after all).
 */
function firstOpenDate(t: number): string {
  const day = new Date(t - 2 * DAY_MS);
  const year = day.getUTCFullYear();
  if (Number.isNaN(year) || year < 0) return '';
  if (year > 9999) return '~';
  return `${pad(year, 4)}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}

/** A call of a search, with its deadline. */
interface Candidate {
  readonly id: string;
  readonly kind: CallKind;
  readonly deadline: Date;
  readonly entry: CallCalendarEntry;
  readonly rule: Deadline;
}

/**
 * Of some entries, the one with the earliest deadline strictly after `t` (ties: regular first,
 * then the lower id). Deadlines grow with dates, so the entries are read in date order and the
 * instants worked out only until a later date can no longer tie: once per date, and no further
 * than the day after the best one's date.
 */
function earliestAfter(
  view: CalendarView,
  entries: readonly CallCalendarEntry[],
  t: number,
): Candidate | undefined {
  let best: Candidate | undefined;
  let last: { date: string; rule: Deadline } | undefined;
  for (const entry of [...entries].sort(compareEntries)) {
    if (best !== undefined && entry.deadlineDate > nextDay(best.entry.deadlineDate)) break;
    const rule =
      last?.date === entry.deadlineDate ? last.rule : deadlineIn(view, entry.deadlineDate);
    last = { date: entry.deadlineDate, rule };
    if (rule.instant.getTime() <= t) continue;
    const candidate = { id: entry.id, kind: entry.kind, deadline: rule.instant, entry, rule };
    if (best === undefined || compareCalls(candidate, best) < 0) best = candidate;
  }
  return best;
}

/**
 * The call with the earliest deadline strictly after an instant (the first call a proposal made
 * at that instant is still on time for), of a kind if given; ties go to a regular call, then to
 * the lower id. Projected calls of a year fall in that year, so the years are searched in order
 * from the instant's and the search stops at the first year with a match.
 *
 * @param view - The calendar.
 * @param instant - The instant.
 * @param kind - Only calls of this kind.
 * @returns The call, or `undefined` when there is none.
 * @internal
 */
export function firstCallAfter(
  view: CalendarView,
  instant: Date,
  kind: CallKind | undefined,
): Call | undefined {
  const t = instant.getTime();
  const open = firstOpenDate(t);
  const stillOpen = (entry: CallCalendarEntry): boolean =>
    (kind === undefined || entry.kind === kind) && entry.deadlineDate >= open;
  const known = earliestAfter(view, view.entries.filter(stillOpen), t);
  let projected: Candidate | undefined;
  const { range } = view;
  if (range !== undefined && kind !== 'thematic') {
    const from = Math.max(range.first, open === '' ? -Infinity : Number(open.slice(0, 4)));
    for (let year = from; year <= range.last && projected === undefined; year += 1) {
      // A known call two years earlier closes before any projected call of this year.
      if (known !== undefined && year > known.entry.year + 1) break;
      projected = earliestAfter(view, projectedIn(view, year).filter(stillOpen), t);
    }
  }
  const best =
    known === undefined || (projected !== undefined && compareCalls(projected, known) < 0)
      ? projected
      : known;
  return best === undefined ? undefined : buildCall(view, best.entry, best.rule);
}

/**
 * Every call of a calendar in a range of years, known and projected, sorted by deadline (then
 * regular before thematic, then by id). Each instant is worked out once: the list holds every
 * call of its years, so the previous regular call of each one is the last regular call before
 * it in the list, and only the calls before the list's first regular call look further back.
 *
 * @param view - The calendar.
 * @param first - First year (inclusive).
 * @param last - Last year (inclusive).
 * @returns The calls.
 * @internal
 */
export function callsInYears(view: CalendarView, first: number, last: number): Call[] {
  const entries = view.entries.filter((entry) => entry.year >= first && entry.year <= last);
  const { range } = view;
  if (range !== undefined) {
    for (let year = Math.max(first, range.first); year <= Math.min(last, range.last); year += 1)
      entries.push(...projectedIn(view, year));
  }
  const dated = entries
    .map((entry) => {
      const rule = deadlineIn(view, entry.deadlineDate);
      return { id: entry.id, kind: entry.kind, deadline: rule.instant, entry, rule };
    })
    .sort(compareCalls);
  let before: Date | undefined; // the last regular deadline strictly before the current one
  let latest: Date | undefined; // the last regular deadline so far
  return dated.map(({ entry, rule }) => {
    if (latest !== undefined && latest < rule.instant) before = latest;
    const call = buildCall(
      view,
      entry,
      rule,
      before === undefined ? undefined : { previous: before },
    );
    if (entry.kind === 'regular') latest = rule.instant;
    return call;
  });
}
