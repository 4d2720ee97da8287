import { describe, expect, it, vi } from 'vitest';
import * as lib from '../src/index.js';

/**
 * The library never reads the clock, the environment, randomness or the network: with all of
 * them stubbed to throw, every entry point still works. (That it never touches the file system
 * or any Node built-in is checked statically by the linter and by the browser bundle in the
 * consumer test.) The stubs are in place only while the library runs, because the test runner
 * itself needs the clock and the environment.
 */
function withoutTheWorld<T>(run: () => T): T {
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

describe('purity', () => {
  it('works with the clock, environment, randomness and network stubbed to throw', () => {
    const results = withoutTheWorld(() => ({
      formatted: lib.formatEur(lib.eur('1234.5')),
      allocated: lib.allocate(lib.eur('1'), ['1', '2']).map(String),
      cap: lib.getParameter('cofinancing.cap', '2024-10-10T12:00:00+02:00').value,
      count: lib.listParameters({ at: '2019-06-14' }).length,
      deadline: lib.endOfZonedDay('2024-04-18').toISOString(),
      error: (() => {
        try {
          lib.eur('x');
          return undefined;
        } catch (error) {
          return error;
        }
      })(),
    }));
    expect(results).toMatchObject({
      formatted: '€ 1.234,50',
      allocated: ['0.33', '0.67'],
      cap: '1000000.00',
      deadline: '2024-04-18T22:00:00.000Z',
    });
    expect(results.count).toBeGreaterThan(3);
    expect(results.error).toBeInstanceOf(lib.PioRulesError);
  });

  it('notices a read of the clock', () => {
    expect(() => withoutTheWorld(() => Date.now())).toThrow('the clock');
    expect(() => withoutTheWorld(() => new Date())).toThrow('the clock');
  });
});
