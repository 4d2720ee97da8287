import { vi } from 'vitest';

/**
 * Runs `run` with the clock, the environment, randomness and the network stubbed to throw, and
 * restores them afterwards. The stubs are in place only while `run` runs, because the test
 * runner itself needs the clock and the environment.
 */
export function withoutTheWorld<T>(run: () => T): T {
  const RealDate = globalThis.Date;
  const forbidden = (what: string) => () => {
    throw new Error(`the library read ${what}`);
  };
  const StrictDate = new Proxy(RealDate, {
    construct(target, args: unknown[]) {
      if (args.length === 0) forbidden('the clock (new Date())')();
      return Reflect.construct(target, args) as object;
    },
    apply: forbidden('the clock (Date())'),
    get(target, key, receiver) {
      if (key === 'now') return forbidden('the clock (Date.now)');
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
  vi.stubGlobal('Date', StrictDate);
  vi.stubGlobal('fetch', forbidden('the network'));
  vi.stubGlobal('process', new Proxy(process, { get: forbidden('the environment (process)') }));
  const random = vi.spyOn(Math, 'random').mockImplementation(forbidden('randomness'));
  const perf = vi
    .spyOn(performance, 'now')
    .mockImplementation(forbidden('the clock (performance.now)'));
  try {
    return run();
  } finally {
    vi.unstubAllGlobals();
    random.mockRestore();
    perf.mockRestore();
  }
}
