import type { CallCalendar } from '../../calls/index.js';
import type { ParameterRegistry } from '../../parameters/index.js';
import { stringOption, type OptionValues } from '../args.js';
import { clip, usageError } from '../errors.js';

/** How `pio-rules serve` runs: every option, read and checked. */
export interface ServeConfig {
  /** The address to listen on. */
  readonly host: string;
  /** The port (0: a free one, chosen by the system). */
  readonly port: number;
  /** Processes on the port (`node:cluster` when more than 1). */
  readonly workers: number;
  /** The largest body in bytes, and the largest NDJSON line. */
  readonly maxBody: number;
  /** Open connections served; a request on a connection beyond it gets a 503. */
  readonly maxConnections: number;
  /** Requests judged at once in one process; beyond it a 503. */
  readonly maxConcurrent: number;
  /** Milliseconds to receive the headers of a request. */
  readonly headerTimeout: number;
  /** Milliseconds to receive a whole request (not for the NDJSON stream). */
  readonly requestTimeout: number;
  /** Milliseconds an idle kept-alive connection stays open. */
  readonly keepAliveTimeout: number;
  /** Seconds to finish the requests in flight after SIGTERM or SIGINT. */
  readonly grace: number;
  /** The origin browsers may call from, or `undefined` for no CORS headers at all. */
  readonly cors: string | undefined;
  /** The parameter registry (default: the built-in one). */
  readonly parameters: ParameterRegistry | undefined;
  /** The calls calendar (default: the built-in one). */
  readonly calendar: CallCalendar | undefined;
}

/** The options of `serve`, by long name. */
export const serveOptions = {
  host: { type: 'string' },
  port: { type: 'string' },
  workers: { type: 'string' },
  'max-body': { type: 'string' },
  'max-connections': { type: 'string' },
  'max-concurrent': { type: 'string' },
  'header-timeout': { type: 'string' },
  'request-timeout': { type: 'string' },
  'keep-alive-timeout': { type: 'string' },
  grace: { type: 'string' },
  cors: { type: 'string' },
} as const;

function whole(values: OptionValues, name: string, fallback: number, min: number, max: number) {
  const text = stringOption(values, name);
  if (text === undefined) return fallback;
  const value = /^\d{1,10}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min && value <= max))
    throw usageError((m) =>
      m.badValue(
        `--${name}`,
        clip(text),
        name === 'port' ? m.serve.expectedPort : m.serve.expectedWhole(min, max),
      ),
    );
  return value;
}

// An origin as browsers send it: scheme, host, optional port; no path, no trailing slash.
const ORIGIN = /^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?$/i;

/**
 * Reads the options of `serve` (the rules files are read beside it, by `rulesFiles`).
 *
 * @param values - The options given.
 * @param rules - The registry and calendar read from `--parameters` and `--calendar`.
 * @returns The configuration.
 * @throws {@link CliError} (exit code 2) for a value out of range.
 */
export function serveConfig(
  values: OptionValues,
  rules: {
    readonly parameters?: ParameterRegistry | undefined;
    readonly calendar?: CallCalendar | undefined;
  },
): ServeConfig {
  const cors = stringOption(values, 'cors');
  if (cors !== undefined && !ORIGIN.test(cors))
    throw usageError((m) => m.badValue('--cors', clip(cors), m.serve.expectedOrigin));
  const host = stringOption(values, 'host') ?? '127.0.0.1';
  return {
    host,
    port: whole(values, 'port', 8080, 0, 65_535),
    workers: whole(values, 'workers', 1, 1, 64),
    maxBody: whole(values, 'max-body', 1_048_576, 1, 1_073_741_824),
    maxConnections: whole(values, 'max-connections', 1024, 1, 1_000_000),
    maxConcurrent: whole(values, 'max-concurrent', 64, 1, 100_000),
    headerTimeout: whole(values, 'header-timeout', 10_000, 1, 3_600_000),
    requestTimeout: whole(values, 'request-timeout', 30_000, 1, 3_600_000),
    keepAliveTimeout: whole(values, 'keep-alive-timeout', 5_000, 1, 3_600_000),
    grace: whole(values, 'grace', 10, 0, 3_600),
    cors,
    parameters: rules.parameters,
    calendar: rules.calendar,
  };
}
