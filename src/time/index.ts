export { isCalendarDay, toInstant } from './toInstant.js';
export type { InstantInput, ToInstantOptions } from './toInstant.js';
export {
  endOfZonedDay,
  parseIsoDate,
  PROGRAMME_TIME_ZONE,
  startOfZonedDay,
  zonedDate,
} from './zoned.js';
export type { DateParts, IsoDate } from './zoned.js';
