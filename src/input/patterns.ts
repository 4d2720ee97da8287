/**
 * The building blocks of the proposal format's patterns, written so that they mean the same in
 * every regular-expression dialect a JSON Schema validator may use: ECMA-262 with and without
 * the `u` flag (ajv and every JavaScript validator), Python's `re` (`jsonschema`) and RE2 (Go,
 * Rust, many C++ tools). Hence: digits as `[0-9]`, never `\d` (Python's `\d` takes every Unicode
 * digit, `٢` and `１` too); explicit character classes, never `\s` or `\S` (each dialect has its
 * own list of white space: Python counts `\x1c`-`\x1f` and not the BOM, ECMA-262 the reverse,
 * RE2 only ASCII); `\xHH` escapes and the characters themselves, never `\uHHHH` (RE2 has no such
 * escape); no look-around and no back-references (RE2 has neither). One difference no pattern
 * can avoid: Python's `$` also matches before a final line feed, so the JSON Schema adds
 * "contains no line feed" beside every anchored pattern (`scripts/applicationJsonSchema.ts`).
 *
 * @module
 */

/**
 * The characters that show nothing, as the body of a character class: every control character
 * (C0, DEL, C1), every white space of ECMA-262 and of Python (space, no-break spaces, the
 * Unicode spaces, the line and paragraph separators, the information separators `\x1c`-`\x1f`,
 * `\x85`), and the invisible format characters people paste by accident (soft hyphen, the
 * zero-width space, joiners and marks, bidirectional controls, word joiner, variation
 * selectors, the byte order mark `\ufeff`, Hangul fillers). All of the Basic Multilingual Plane,
 * so a class of them means the same with and without the `u` flag.
 *
 * @internal
 */
export const INVISIBLE_CHARACTERS =
  '\\x00-\\x20\\x7f-\\xa0\\xad' +
  '\u034f\u061c\u115f\u1160\u1680\u17b4\u17b5\u180b-\u180f' +
  '\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0';

/**
 * Pattern that a required text must match (searched, not anchored): at least one character that
 * is not in {@link INVISIBLE_CHARACTERS}. A text of only spaces, tabs, line breaks, a BOM or
 * zero-width characters is blank.
 */
export const NOT_BLANK_PATTERN = `[^${INVISIBLE_CHARACTERS}]`;

/**
 * Pattern (searched) of a line feed. The JSON Schema refuses it, with `not`, beside every
 * anchored pattern: in Python `$` matches before a final line feed, so `"250000.00\n"` would
 * pass `^[0-9]{1,13}(?:\.[0-9]{1,2})?$` there, and nowhere else.
 */
export const LINE_FEED_PATTERN = '\\n';
