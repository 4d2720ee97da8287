import type { CallTexts } from '../LocaleTable.js';
import { labels, words } from './words.js';

const ordinals = ['first', 'second', 'third', 'fourth'];

/** English texts of the calls calendar. @internal */
export const calls: CallTexts = {
  projectedTitle: (number, year) => `Call ${String(number)} of ${String(year)} (expected)`,
  projectedNote: (slot) =>
    `Expected call, not published: the date follows from the projection rule (parameter calls.projection: the ${ordinals[slot.occurrence - 1] ?? String(slot.occurrence)} ${words.weekdays[slot.weekday - 1] ?? ''} of ${words.months[slot.month - 1] ?? ''}).`,
  // One bracket for all that follows the time, never two in a row: "(Europe/Paris, expected)".
  deadline: (dateAtTime, timeZone, status) => {
    const notes = [
      ...(timeZone === undefined ? [] : [timeZone]),
      ...(status === 'published' ? [] : [labels.enums.callDataStatus[status]]),
    ];
    return notes.length === 0 ? dateAtTime : `${dateAtTime} (${notes.join(', ')})`;
  },
};
