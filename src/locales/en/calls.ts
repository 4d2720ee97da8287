import type { CallTexts } from '../LocaleTable.js';
import { words } from './words.js';

const ordinals = ['first', 'second', 'third', 'fourth'];

/** English texts of the calls calendar. @internal */
export const calls: CallTexts = {
  projectedTitle: (number, year) => `Call ${String(number)} of ${String(year)} (expected)`,
  projectedNote: (slot) =>
    `Expected call, not published: the date follows from the projection rule (parameter calls.projection: the ${ordinals[slot.occurrence - 1] ?? String(slot.occurrence)} ${words.weekdays[slot.weekday - 1] ?? ''} of ${words.months[slot.month - 1] ?? ''}).`,
  deadline: (dateAtTime, timeZone, projected) =>
    `${dateAtTime}${timeZone === undefined ? '' : ` (${timeZone})`}${projected ? ' (expected)' : ''}`,
};
