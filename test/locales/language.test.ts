import { describe, expect, it } from 'vitest';
import { issue } from '../../src/issues/issue.js';
import { formatterOf, localeTables, renderIssue } from '../../src/locales/render.js';
import type { Locale } from '../../src/vocabulary/index.js';
import { crossings, wordRuns } from './fragments.js';
import { allSamples } from './samples.js';

/**
 * THE LANGUAGE TEST: no Dutch message carries an English sentence fragment and no English
 * message a Dutch one: no run of three words of an English message (see `fragments.ts` for what
 * counts as a word) appears in a Dutch one, and the other way round.
 */

/** Every message of every sample in a language, and the words a formatter writes. */
function texts(locale: Locale): string[] {
  const f = formatterOf(locale);
  const { labels, words } = localeTables[locale];
  return [
    ...allSamples.map((s) => renderIssue(issue(s.code, s.params as never), locale).message),
    ...Object.values(labels.enums).flatMap((list) => Object.values(list)),
    ...Object.values(labels.types),
    ...Object.values(labels.formats),
    f.dateAtTime('2024-10-10', '24:00'),
    f.list(['a', 'b', 'c']),
    f.list(['a', 'b', 'c'], 'and'),
    f.count(2, 'characters'),
    f.count(2, 'items'),
    words.months.join(' '),
    words.weekdays.join(' '),
  ];
}

describe('the language test', () => {
  it('finds no English sentence fragment in a Dutch message and no Dutch one in an English message', () => {
    expect(crossings(texts('nl'), texts('en'))).toEqual([]);
  });

  it('compares a real share of the words: nearly every message has a run of three of them', () => {
    for (const locale of ['nl', 'en'] as const) {
      const messages = allSamples.map(
        (s) => renderIssue(issue(s.code, s.params as never), locale).message,
      );
      const compared = messages.filter((m) => wordRuns(m).some((run) => run.length >= 3));
      // The rest are a few words around a value: "Onbekende oproep "2031-9".".
      expect(compared.length / messages.length).toBeGreaterThan(0.9);
    }
  });

  it('would find an English fragment left in a Dutch message, as in 0.1', () => {
    const dutch = ['Invoer te groot: more than 1000000 characters of text.'];
    const english = ['Input too large: more than 1000000 characters of text.'];
    expect(crossings(dutch, english)).toEqual([
      '"characters of text": nl «Invoer te groot: more than 1000000 characters of text.» / en «Input too large: more than 1000000 characters of text.»',
    ]);
    expect(
      crossings(
        ['Ongeldige waarde; toegelaten: yes, partly, no or unknown.'],
        ['Invalid value; allowed: yes, partly, no or unknown.'],
      ).length,
    ).toBeGreaterThan(0);
  });

  it('leaves out what both languages share: quoted values, amounts, numbers, ids and acronyms', () => {
    expect(
      wordRuns(
        'Oproep-id "2024 x" van € 1.100.000,00 voor submittedAt bij KBO en cofinancing.maxRate op 2024-2 klaar.',
      ),
    ).toEqual([['oproep-id'], ['van'], ['voor'], ['bij'], ['en'], ['op'], ['klaar']]);
    expect(
      crossings(
        ['De oproep "a b c d" sluit op 1 januari.'],
        ['The call "a b c d" closes on 1 January.'],
      ),
    ).toEqual([]);
  });
});
