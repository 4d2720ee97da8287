import { describe, expect, it } from 'vitest';
import { formatPath } from '../../src/issues/index.js';

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], ''],
    [['callId'], 'callId'],
    [['procurement', 'costs', 0, 'amount'], 'procurement.costs[0].amount'],
    [[0], '[0]'],
    [[0, 'versions', 1, 'validFrom'], '[0].versions[1].validFrom'],
    [['a', 0, 1], 'a[0][1]'],
    [['partners', 'a b'], 'partners["a b"]'],
    [['a b'], '["a b"]'],
    [['x', ''], 'x[""]'],
    [['x', '1st'], 'x["1st"]'],
    [['x', 'say "hi"'], 'x["say \\"hi\\""]'],
    [['x', 'é'], 'x["é"]'],
    [['$ref', '_id', 'a1'], '$ref._id.a1'],
    [['x', '__proto__'], 'x.__proto__'],
  ])('writes %j as %s', (path, written) => {
    expect(formatPath(path)).toBe(written);
  });
});
