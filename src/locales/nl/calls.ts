import type { CallTexts } from '../LocaleTable.js';
import { words } from './words.js';

const ordinals = ['eerste', 'tweede', 'derde', 'vierde'];

/** Dutch texts of the calls calendar. @internal */
export const calls: CallTexts = {
  projectedTitle: (number, year) => `Oproep ${String(number)} van ${String(year)} (verwacht)`,
  projectedNote: (slot) =>
    `Verwachte oproep, niet gepubliceerd: de datum volgt uit de projectieregel (parameter calls.projection: de ${ordinals[slot.occurrence - 1] ?? String(slot.occurrence)} ${words.weekdays[slot.weekday - 1] ?? ''} van ${words.months[slot.month - 1] ?? ''}).`,
  deadline: (dateAtTime, timeZone, projected) =>
    `${dateAtTime}${timeZone === undefined ? '' : ` (${timeZone})`}${projected ? ' (verwacht)' : ''}`,
};
