import { describe, expect, it } from 'vitest';
import { textsFor } from '../../src/cli/texts.js';

// Texts of the tool that the commands render only in rare cases (one second, one file, a
// status other than reproduced): rendered here in both languages, each against its meaning.
const nl = textsFor('nl');
const en = textsFor('en');

describe('the tool’s texts, singular and plural, every status', () => {
  it('counts calls a year and seconds to wait, one and more', () => {
    expect(nl.counted('calls.perYear', '1')).toBe('1 oproep per jaar');
    expect(nl.counted('calls.perYear', '2')).toBe('2 oproepen per jaar');
    expect(en.counted('calls.perYear', '1')).toBe('1 call a year');
    expect(en.counted('calls.perYear', '2')).toBe('2 calls a year');
    expect(en.counted('cofinancing.cap', '3')).toBe('3');
    expect(nl.serve.overloaded(1)).toMatch(/over 1 seconde$/);
    expect(nl.serve.overloaded(2)).toMatch(/over 2 seconden$/);
    expect(en.serve.overloaded(1)).toMatch(/in 1 second$/);
    expect(en.serve.overloaded(5)).toMatch(/in 5 seconds$/);
  });

  it('names the media type given, or its absence', () => {
    expect(nl.serve.unsupportedMediaType('', 'application/json')).toBe(
      'de body is zonder Content-Type; verwacht: application/json',
    );
    expect(nl.serve.unsupportedMediaType('text/plain', 'application/json')).toContain('text/plain');
    expect(en.serve.unsupportedMediaType('', 'application/json')).toBe(
      'the body is without a Content-Type; expected application/json',
    );
    expect(en.serve.unsupportedMediaType('text/plain', 'application/json')).toContain('text/plain');
  });

  it('heads the parameters with their date or as the latest', () => {
    expect(en.parametersHeading(undefined)).toBe('Parameters (latest version):');
    expect(en.parametersHeading('2024-05-01')).toBe('Parameters in force on 2024-05-01:');
    expect(nl.parametersHeading(undefined)).not.toBe(nl.parametersHeading('2024-05-01'));
    expect(nl.parametersHeading('2024-05-01')).toContain('2024-05-01');
  });

  it('sums scenario runs with one or more unusable files', () => {
    for (const t of [nl, en]) {
      expect(t.scenarioSummary(3, 0, 0)).not.toMatch(/,.*,/);
      expect(t.scenarioSummary(3, 1, 1)).toContain('1');
      expect(t.scenarioSummary(3, 1, 1)).not.toBe(t.scenarioSummary(3, 1, 2));
    }
    expect(nl.scenarioSummary(3, 1, 1)).toBe('3 geslaagd, 1 mislukt, 1 bestand onbruikbaar');
    expect(nl.scenarioSummary(3, 1, 2)).toBe('3 geslaagd, 1 mislukt, 2 bestanden onbruikbaar');
  });

  it('says each verification status, with and without detail', () => {
    expect(nl.recordVerified('a:1', 'reproduced', '')).toBe('a:1: gereproduceerd');
    expect(nl.recordVerified('a:1', 'differs', 'x')).toBe('a:1: verschilt (x)');
    expect(nl.recordVerified('a:1', 'tampered', '')).toBe('a:1: gewijzigd');
    const statuses = (['reproduced', 'differs', 'tampered'] as const).map((s) =>
      en.recordVerified('a:1', s, ''),
    );
    expect(new Set(statuses).size).toBe(3);
    expect(en.recordVerified('a:1', 'differs', 'x')).toMatch(/^a:1: .+ \(x\)$/);
  });

  it('lists what a replay adds and removes, when it does', () => {
    expect(nl.replayChanged('a:1', '1,00', '2,00', [], [])).toBe(
      'a:1: verandert: maximum 1,00 → 2,00',
    );
    expect(nl.replayChanged('a:1', '1,00', '2,00', ['x'], ['y', 'z'])).toBe(
      'a:1: verandert: maximum 1,00 → 2,00; nieuw: x; weg: y, z',
    );
    const plain = en.replayChanged('a:1', '1.00', '2.00', [], []);
    const listed = en.replayChanged('a:1', '1.00', '2.00', ['x'], ['y']);
    expect(listed.startsWith(plain)).toBe(true);
    expect(listed).toContain('x');
    expect(listed).toContain('y');
  });
});
