import { Session } from 'node:inspector/promises';

// A cheap in-process CPU profile: runs a function for a while under V8's sampling profiler and
// says which share of the samples inside a root function had some other function on the stack.
// More trustworthy than timing parts separately and subtracting, which noise and JIT differences
// make unreliable.

/** The share (0 to 1) of the root's samples that had each named function on the stack. */
export type Shares = Readonly<Record<string, number>>;

/**
 * Profiles `fn`, called repeatedly for `ms` milliseconds, and returns, for each of `names`, the
 * share of the samples under a frame named `root` that also had a frame of that name on the
 * stack (so shares of nested functions overlap). A name `a!b` counts the samples with `a` on the
 * stack and not `b` (`cofinancingFor!checkApplicationRules`: cofinancing outside the rules).
 */
export async function profileShares(
  fn: () => unknown,
  root: string,
  names: readonly string[],
  ms = 2000,
): Promise<Shares> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    const end = performance.now() + ms;
    while (performance.now() < end) fn();
    const { profile } = await session.post('Profiler.stop');
    const parent = new Map<number, number>();
    const name = new Map<number, string>();
    for (const node of profile.nodes) {
      name.set(node.id, node.callFrame.functionName);
      for (const child of node.children ?? []) parent.set(child, node.id);
    }
    const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
    let rootSamples = 0;
    for (const sample of profile.samples ?? []) {
      const stack = new Set<string>();
      for (let id: number | undefined = sample; id !== undefined; id = parent.get(id))
        stack.add(name.get(id) ?? '');
      if (!stack.has(root)) continue;
      rootSamples += 1;
      for (const n of names) {
        const [has, not] = n.split('!') as [string, string | undefined];
        if (stack.has(has) && (not === undefined || !stack.has(not))) counts[n]! += 1;
      }
    }
    return Object.fromEntries(
      names.map((n) => [n, rootSamples === 0 ? 0 : counts[n]! / rootSamples]),
    );
  } finally {
    await session.post('Profiler.disable');
    session.disconnect();
  }
}

/** A share as a percentage. */
export const pct = (share: number): string => `${Math.round(share * 100)}%`;
