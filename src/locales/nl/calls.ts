import type { CallTexts } from '../LocaleTable.js';
import { labels, words } from './words.js';

const ordinals = ['eerste', 'tweede', 'derde', 'vierde'];

/** Dutch texts of the calls calendar. @internal */
export const calls: CallTexts = {
  projectedTitle: (number, year) => `Oproep ${String(number)} van ${String(year)} (verwacht)`,
  projectedNote: (slot) =>
    `Verwachte oproep, niet gepubliceerd: de datum volgt uit de projectieregel (parameter calls.projection: de ${ordinals[slot.occurrence - 1] ?? String(slot.occurrence)} ${words.weekdays[slot.weekday - 1] ?? ''} van ${words.months[slot.month - 1] ?? ''}).`,
  // One bracket for all that follows the time, never two in a row: "(Europe/Paris, verwacht)".
  deadline: (dateAtTime, timeZone, status) => {
    const notes = [
      ...(timeZone === undefined ? [] : [timeZone]),
      ...(status === 'published' ? [] : [labels.enums.callDataStatus[status]]),
    ];
    return notes.length === 0 ? dateAtTime : `${dateAtTime} (${notes.join(', ')})`;
  },
};
