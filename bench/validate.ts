import { classicApplicationSchema } from './classic/load.js';
import { lib } from './lib.js';
import { EXAMPLES_AT, exampleDocument, VALID_EXAMPLES } from './fixtures.js';
import {
  type BenchRow,
  fmtNs,
  freezesIn,
  measureAll,
  measureRounds,
  mediansOf,
  pairedRatio,
} from './harness.js';
import { pct, profileShares } from './profile.js';

const { applicationSchema, defaultCallCalendar, getCall, safeComputeCofinancing } = lib;
const validateApplication = lib.safeValidateApplication;

/**
 * How many times one validation looks a call up: a calendar whose `kind` reads are counted
 * (every lookup checks the calendar's `kind` first).
 */
function callLookupsPerValidation(document: unknown, at: Date): number {
  let reads = 0;
  const counting = new Proxy(defaultCallCalendar, {
    get(target, property, receiver) {
      if (property === 'kind') reads += 1;
      return Reflect.get(target, property, receiver) as unknown;
    },
  });
  validateApplication(document, { at, calendar: counting });
  return reads;
}

/**
 * `validateApplication` on the valid example proposals versus a bare `applicationSchema.safeParse`
 * of the same documents, with a breakdown of where the time goes.
 */
export async function benchValidate(): Promise<BenchRow> {
  const documents = VALID_EXAMPLES.map((name) => exampleDocument(name));
  const at = new Date(EXAMPLES_AT);
  for (const [i, document] of documents.entries()) {
    const result = validateApplication(document, { at });
    if (!result.success) throw new Error(`${VALID_EXAMPLES[i]} is not valid`);
  }
  const ours = () => {
    for (const document of documents) validateApplication(document, { at });
  };
  const bare = () => {
    for (const document of documents) applicationSchema.safeParse(document);
  };
  // The same schema written in classic zod (bench/classic/, the schema before zod/mini).
  const classicSchema = await classicApplicationSchema();
  for (const [i, document] of documents.entries())
    if (!classicSchema.safeParse(document).success)
      throw new Error(`the classic schema refuses ${VALID_EXAMPLES[i]}`);
  const classic = () => {
    for (const document of documents) classicSchema.safeParse(document);
  };
  // How long one call lookup takes (measured interleaved with the rest) and how many a
  // validation does; and a CPU profile of validateApplication: where the time goes.
  const callIds = documents.map((d) => String(d.callId));
  const lookup = () => {
    for (const id of callIds) getCall(id);
  };
  // The same lookups in a calendar that is not frozen (a structured clone of the built-in one):
  // the library keeps no view of it, so every lookup works its deadlines out again. This is
  // what the one memo of src/calls/view.ts saves.
  const unkept = structuredClone(defaultCallCalendar);
  const lookupUnkept = () => {
    for (const id of callIds) getCall(id, { calendar: unkept });
  };
  // The least a validation must do whatever its code: the schema, then the proposal's explained
  // cofinancing (the result carries it), with nothing else around them.
  const floor = () => {
    for (const document of documents) {
      const parsed = applicationSchema.safeParse(document);
      if (!parsed.success) throw new Error('a valid example did not parse');
      const { procurement, support, callId } = parsed.data;
      if (procurement === undefined) throw new Error('a valid example has no procurement');
      const requested = support.cofinancing?.requested;
      safeComputeCofinancing(
        {
          costs: procurement.costs,
          vat: procurement.vat,
          ...(requested === undefined ? {} : { requested }),
        },
        { at: getCall(callId) ?? at },
      );
    }
  };
  // The validation and its two baselines first, interleaved: the diagnostics below run other
  // paths through the library's code (the public cofinancing parser, a calendar without a view)
  // and would otherwise change what the JIT makes of the validation while it is timed.
  const rounds = await measureRounds([ours, bare, classic]);
  const [oursNs, baselineNs, classicNs] = mediansOf(rounds) as [number, number, number];
  // Then the diagnostics, interleaved with the baseline again (their ratios to it are what the
  // notes report).
  // What one `Object.freeze` of a new object costs: a small object made and frozen, against the
  // same object made only (a thousand of each per call).
  const made = () => {
    let last: unknown;
    for (let i = 0; i < 1000; i += 1) last = { id: i, amount: '1.00' };
    return last;
  };
  const madeFrozen = () => {
    let last: unknown;
    for (let i = 0; i < 1000; i += 1) last = Object.freeze({ id: i, amount: '1.00' });
    return last;
  };
  const [diagBaselineNs, lookupNs, unkeptNs, floorNs, madeNs, madeFrozenNs] = (await measureAll([
    bare,
    lookup,
    lookupUnkept,
    floor,
    made,
    madeFrozen,
  ])) as [number, number, number, number, number, number];
  const freezeNs = Math.max(0, (madeFrozenNs - madeNs) / 1000);
  // Per proposal; the schema's own (its amounts, as `Money`) are the baseline's too.
  const freezes = freezesIn(ours) / documents.length;
  const schemaFreezes = freezesIn(bare) / documents.length;
  const classicRatio = pairedRatio(rounds, 0, 2);
  const n = documents.length;
  const ratio = pairedRatio(rounds, 0, 1);
  const lookups = documents.map((d) => callLookupsPerValidation(d, at));
  const lookupsPerProposal = lookups.reduce((a, b) => a + b, 0) / n;
  const perProposal = oursNs / n;
  const shares = await profileShares(ours, 'safeValidateApplication', [
    'guard',
    'safeParse',
    'factsOf',
    'runRules',
    'findCall',
    'computeCore',
    'renderIssue',
    'tzOffset',
  ]);
  const share = (name: string): string => pct(shares[name] ?? 0);
  const notes = [
    `Ours: \`safeValidateApplication(doc, { at })\`; baseline: \`applicationSchema.safeParse(doc)\` (the library's schema, in \`zod/mini\`); each call does the ${n} valid examples (${VALID_EXAMPLES.join(', ')}); times are per proposal.`,
    `The same schema written in classic zod (\`bench/classic/\`: the schema before the move to \`zod/mini\`, the same verdict on these examples): its \`safeParse\` takes ${fmtNs(classicNs / n)} per proposal against ${fmtNs(baselineNs / n)} for the \`zod/mini\` one (${(classicNs / baselineNs).toFixed(2)}x); \`validateApplication\` is ${classicRatio.toFixed(2)}x the classic \`safeParse\`.`,
    `Where a validation's time goes (CPU profile of this run, share of the samples inside \`safeValidateApplication\`): input guard (\`guard\`) ${share('guard')}, schema (\`safeParse\`) ${share('safeParse')}, the facts worked out once (\`factsOf\`) ${share('factsOf')}, of which the call (\`findCall\`) ${share('findCall')} and the cofinancing computation (\`computeCore\`, once per validation) ${share('computeCore')}; the rules comparing the facts (\`runRules\`) ${share('runRules')}; rendering the messages at the edge (\`renderIssue\`) ${share('renderIssue')}; time-zone offsets (\`tzOffset\` of @date-fns/tz) ${share('tzOffset')}.`,
    `Call lookups timed alone: \`getCall(id)\` takes ${fmtNs(lookupNs / n)}, and one validation reads the calendar ${lookupsPerProposal.toFixed(1)} times on average: the facts look the call up once. In a calendar the library keeps no view of (a structured clone, not frozen) the same lookup takes ${fmtNs(unkeptNs / n)}, ${(unkeptNs / lookupNs).toFixed(1)}x: working out a deadline and the previous call's takes time-zone offsets through \`Intl\`, which is why the view of a frozen calendar, with its deadlines by date, is kept (\`src/calls/view.ts\`, the library's one memo).`,
    `Freezing: one validation freezes ${freezes.toFixed(0)} objects per proposal, ${schemaFreezes.toFixed(0)} of them inside the schema (its amounts, as in the baseline) and the rest around it (the parsed proposal's objects, the explanation steps and their params, amounts, paths, the warning and the result; the cited parameter versions are the registry's, frozen once), and an \`Object.freeze\` of a new object costs ${freezeNs.toFixed(0)} ns here (a small object made and frozen against the same object made only): the freezes around the schema take about ${fmtNs((freezes - schemaFreezes) * freezeNs)} per proposal, ${pct(((freezes - schemaFreezes) * freezeNs) / perProposal)} of a validation, ${(((freezes - schemaFreezes) * freezeNs) / (baselineNs / n)).toFixed(2)} of the baseline's time. Every result of the library is frozen plain data.`,
    `The floor: the schema plus the proposal's explained cofinancing through the public \`safeComputeCofinancing\` (which parses its input again), with nothing around them, take ${fmtNs(floorNs / n)} per proposal, ${(floorNs / diagBaselineNs).toFixed(2)}x the baseline (measured together); a validation computes the cofinancing from the already parsed amounts instead.`,
  ];
  return {
    name: '1. validateApplication vs bare safeParse',
    ours: 'safeValidateApplication',
    baseline: 'applicationSchema.safeParse',
    oursNs: perProposal,
    baselineNs: baselineNs / n,
    ratio,
    ratioKind: 'slower',
    goal: '≤ 2x',
    met: ratio <= 2,
    notes,
    goals: [
      {
        goal: 5,
        what: 'benchmark 1: validateApplication vs zod/mini applicationSchema.safeParse',
        figure: `${ratio.toFixed(2)}x`,
        target: '≤ 2x',
        met: ratio <= 2,
      },
      {
        goal: 5,
        what: 'benchmark 1: validateApplication vs the same schema in classic zod',
        figure: `${classicRatio.toFixed(2)}x`,
        target: '≤ 2x',
        met: classicRatio <= 2,
      },
    ],
  };
}
