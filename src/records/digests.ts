import { defaultCallCalendar } from '../calls/defaultCallCalendar.js';
import type { CallCalendar } from '../calls/types.js';
import { defaultParameters } from '../parameters/registry.js';
import type { ParameterRegistry } from '../parameters/types.js';
import { canonicalText } from './canonicalJson.js';
import { sha256Hex } from './sha256.js';

/**
 * The SHA-256 of a value's canonical JSON.
 *
 * @internal
 */
export function digestOf(value: unknown): Promise<string> {
  return sha256Hex(canonicalText(value));
}

const registryDigests = new WeakMap<ParameterRegistry, Promise<string>>();
const calendarDigests = new WeakMap<CallCalendar, Promise<string>>();

/**
 * The digest of a parameter registry: the canonical JSON of its definitions, sorted by id.
 * Computed once per registry object.
 *
 * @internal
 */
export function registryDigest(registry: ParameterRegistry): Promise<string> {
  let digest = registryDigests.get(registry);
  if (digest === undefined) {
    const definitions = [...registry.definitions.values()].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    digest = digestOf(definitions);
    registryDigests.set(registry, digest);
  }
  return digest;
}

/**
 * The digest of a calls calendar: the canonical JSON of its entries and of the digest of the
 * registry it projects with. Computed once per calendar object.
 *
 * @internal
 */
export function calendarDigest(calendar: CallCalendar): Promise<string> {
  let digest = calendarDigests.get(calendar);
  if (digest === undefined) {
    digest = registryDigest(calendar.parameters).then((parameters) =>
      digestOf({ entries: calendar.entries, parameters }),
    );
    calendarDigests.set(calendar, digest);
  }
  return digest;
}

/** The digests of the built-in registry and calendar. @internal */
export function builtInDigests(): Promise<readonly [string, string]> {
  return Promise.all([registryDigest(defaultParameters), calendarDigest(defaultCallCalendar)]);
}
