import { getCall } from '../calls/getCall.js';
import { listParameters } from '../parameters/read.js';
import type { ParameterDefinition } from '../parameters/types.js';

/** The parameters a call's deadline is built from; a projected call also its projection rule. */
const CALL = ['calls.deadlineTimeOfDay', 'calls.timeZone'];
const PROJECTED = ['calls.projection', 'calls.perYear'];
/** The parameters the cofinancing computation and its rule read (VAT only when added). */
const COFINANCING = [
  'cofinancing.maxRate',
  'cofinancing.cap',
  'cofinancing.eligibleCategories',
  'cofinancing.rounding',
  'decision.body',
];

/** The version of a definition in force on a date (`null`: the latest), as `id@validFrom`. */
function versionOn(definition: ParameterDefinition, date: string | null): string | undefined {
  const version =
    date === null
      ? definition.versions[definition.versions.length - 1]
      : definition.versions.find(
          (v) => v.validFrom <= date && (v.validUntil === undefined || date <= v.validUntil),
        );
  return version === undefined ? undefined : `${definition.id}@${version.validFrom}`;
}

/** What a decision reads: parameter ids on a date. @internal */
export interface Read {
  readonly ids: readonly string[];
  readonly date: string | null;
}

/** The reads of a call: its deadline's parameters on its deadline date. @internal */
export function callReads(callId: string | undefined): Read[] {
  const call = callId === undefined ? undefined : getCall(callId);
  if (call === undefined) return [];
  return [
    { ids: call.status === 'projected' ? [...CALL, ...PROJECTED] : CALL, date: call.deadlineDate },
  ];
}

/** The reads of a cofinancing computation on the date of its rules. @internal */
export function cofinancingReads(
  date: string | null,
  vatAdded: boolean,
  expertise: boolean,
): Read[] {
  return [
    {
      ids: [
        ...COFINANCING,
        ...(vatAdded ? ['vat.standardRate'] : []),
        ...(expertise ? ['expertise.indicativeMax'] : []),
      ],
      date,
    },
  ];
}

/**
 * The parameter versions (`id@validFrom`) of the built-in registry that reads touch; the
 * parameters a scenario overrides (what-if) are left out.
 *
 * @internal
 */
export function versionsRead(reads: readonly Read[], overridden: readonly string[]): string[] {
  const definitions = new Map(listParameters().map((d) => [d.id, d]));
  const touched = new Set<string>();
  for (const read of reads)
    for (const id of read.ids) {
      const definition = definitions.get(id);
      if (definition === undefined || overridden.includes(id)) continue;
      const version = versionOn(definition, read.date);
      if (version !== undefined) touched.add(version);
    }
  return [...touched];
}
