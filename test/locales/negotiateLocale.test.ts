import { describe, expect, it } from 'vitest';
import { defaultLocale, negotiateLocale } from '../../src/locales/index.js';
import { localeOf } from '../../src/locales/Locale.js';
import { refusedWith } from '../issues/refusalOf.js';

describe('negotiateLocale', () => {
  it.each(['nl', 'nl-BE', 'nl-NL', 'NL-be', 'nl-be', 'NL'])('reads %s as Dutch', (tag) => {
    expect(negotiateLocale(tag)).toBe('nl');
  });

  it.each(['en', 'en-US', 'en-GB', 'EN-gb', 'en-Latn-GB'])('reads %s as English', (tag) => {
    expect(negotiateLocale(tag)).toBe('en');
  });

  it.each<unknown>([
    'fr',
    'de-DE',
    'fr-BE',
    '',
    'english',
    'dutch',
    'nld',
    'nl_BE',
    ' nl',
    'nl-',
    'en--GB',
    'x'.repeat(10_000_000),
    `nl-${'a'.repeat(100)}`,
    null,
    undefined,
    42,
    ['nl'],
    { locale: 'nl' },
    { toString: () => 'nl' },
  ])('speaks no language for %s', (tag) => {
    expect(negotiateLocale(tag)).toBeUndefined();
  });
});

describe('localeOf', () => {
  it('is Dutch when no locale is given', () => {
    expect(defaultLocale).toBe('nl');
    expect(localeOf(undefined)).toBe('nl');
    expect(localeOf('en-GB')).toBe('en');
  });

  it('refuses any other language with unsupported_locale at locale', () => {
    expect(refusedWith(() => localeOf('fr'))).toEqual({
      code: 'unsupported_locale',
      path: ['locale'],
      params: { received: 'fr', expected: ['nl', 'en'] },
    });
    expect(refusedWith(() => localeOf(null)).params).toEqual({
      received: 'null',
      expected: ['nl', 'en'],
    });
    expect(refusedWith(() => localeOf('x'.repeat(1000))).params).toEqual({
      received: `${'x'.repeat(60)}…`,
      expected: ['nl', 'en'],
    });
  });
});
