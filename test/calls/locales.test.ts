import { describe, expect, it } from 'vitest';
import {
  callForSubmission,
  callStatus,
  createCallCalendar,
  formatDeadline,
  getCall,
  getCalls,
  isOnTime,
  nextDeadline,
  safeCreateCallCalendar,
} from '../../src/calls/index.js';
import { isPioRulesError, type PioIssue } from '../../src/issues/index.js';
import { real2027 } from './fixtures.js';

const call = getCall('2024-1')!;
const at = '2024-05-01T00:00:00Z';

/** Every public function of the module, with a locale. */
const withLocale: readonly [string, (locale: string) => unknown][] = [
  ['getCall', (locale) => getCall('2024-1', { locale })],
  ['getCalls', (locale) => getCalls({ locale })],
  ['callForSubmission', (locale) => callForSubmission({ at, locale })],
  ['nextDeadline', (locale) => nextDeadline({ at, locale })],
  ['callStatus', (locale) => callStatus(call, { at, locale })],
  ['isOnTime', (locale) => isOnTime(call, { at, locale })],
  ['formatDeadline', (locale) => formatDeadline(call, { locale })],
  ['createCallCalendar', (locale) => createCallCalendar(real2027, { locale })],
  ['safeCreateCallCalendar', (locale) => safeCreateCallCalendar(real2027, { locale })],
];

/** The issues `run` throws or returns. */
function issuesOf(run: () => unknown): readonly PioIssue[] {
  try {
    const value = run() as { success?: boolean; issues?: readonly PioIssue[] };
    return value?.success === false ? (value.issues ?? []) : [];
  } catch (error) {
    if (isPioRulesError(error)) return error.issues;
    throw error;
  }
}

describe('the locale of the calls functions', () => {
  it.each(['nl', 'nl-BE', 'nl-NL', 'en', 'en-US', 'en-GB'])('accepts %s everywhere', (tag) => {
    for (const [name, run] of withLocale)
      expect(
        issuesOf(() => run(tag)),
        name,
      ).toEqual([]);
  });

  it.each(['fr', 'de-DE', '', 'english'])('refuses %j the same way everywhere', (tag) => {
    for (const [name, run] of withLocale) {
      const issues = issuesOf(() => run(tag));
      expect(
        issues.map((i) => [i.code, i.path]),
        name,
      ).toEqual([['unsupported_locale', ['locale']]]);
    }
  });

  it('renders every message of a failure in the language asked, errors first', () => {
    const bad = [{ ...real2027[0], year: 2026, opensAt: 'soon', extra: 1 }, {}];
    const en = safeCreateCallCalendar(bad, { locale: 'en-US' });
    const nl = safeCreateCallCalendar(bad, { locale: 'nl-BE' });
    if (en.success || nl.success) throw new Error('expected a refusal');
    expect(en.issues.map((i) => i.code)).toEqual(nl.issues.map((i) => i.code));
    for (const issue of en.issues) expect(issue.message).not.toMatch(/ het | de | van | een /);
    for (const issue of nl.issues) expect(issue.message).not.toMatch(/ the | of | is not /);
    expect(en.issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('throws from the throwing twin the very issues the safe function returns', () => {
    const bad = [{ ...real2027[0], id: '2027-x' }];
    const safe = safeCreateCallCalendar(bad, { locale: 'en' });
    expect(safe.success).toBe(false);
    expect(issuesOf(() => createCallCalendar(bad as never, { locale: 'en' }))).toEqual(
      safe.success ? [] : safe.issues,
    );
  });
});
