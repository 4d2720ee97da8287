import type { ParameterRegistry } from '../../parameters/types.js';
import type { CallCalendar, CallCalendarEntry } from '../types.js';
import { deepFreeze } from '../../shared/deepFreeze.js';

/**
 * Wraps validated entries into a frozen {@link CallCalendar}.
 *
 * @param entries - Validated, sorted entries.
 * @param parameters - The registry.
 * @returns The calendar.
 */
export function freezeCalendar(
  entries: readonly CallCalendarEntry[],
  parameters: ParameterRegistry,
): CallCalendar {
  return Object.freeze({
    kind: 'pio-call-calendar',
    entries: deepFreeze([...entries]),
    parameters,
  });
}
