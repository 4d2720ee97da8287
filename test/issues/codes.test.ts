import { describe, expect, it } from 'vitest';
import { isIssueCode } from '../../src/issues/codes.js';
import { issueCodes, issueCodesByGroup } from '../../src/issues/index.js';

describe('issueCodes', () => {
  it('lists every code once, in snake_case', () => {
    expect(new Set(issueCodes).size).toBe(issueCodes.length);
    for (const code of issueCodes) expect(code).toMatch(/^[a-z]+(?:_[a-z0-9]+)*$/);
  });

  it('is the groups flattened, in their order, each code in exactly one group', () => {
    expect(Object.values(issueCodesByGroup).flat()).toEqual(issueCodes);
    expect(issueCodesByGroup.time).toEqual(['invalid_time', 'ambiguous_time', 'invalid_date']);
    expect(issueCodesByGroup.locale).toEqual(['unsupported_locale']);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(issueCodes)).toBe(true);
  });
});

describe('isIssueCode', () => {
  it('tells the library’s codes from anything else', () => {
    for (const code of issueCodes) expect(isIssueCode(code)).toBe(true);
    for (const other of ['nope', 'Required', 'toString', '__proto__', '', 1, null, undefined, {}])
      expect(isIssueCode(other)).toBe(false);
  });
});
