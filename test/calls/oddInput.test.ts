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
  type Call,
  type CallInput,
} from '../../src/calls/index.js';
import { expectCode } from '../helpers/expectCode.js';

const title = { nl: 'Oproep', en: 'Call' };
const first: CallInput = {
  id: 'first',
  year: 2017,
  kind: 'thematic',
  deadlineDate: '2017-03-01',
  title,
};

describe('calls functions given null options', () => {
  it('treat them as no options', () => {
    const none = null as never;
    const call = getCall('2024-1', none)!;
    expect(call.deadlineDate).toBe('2024-04-18');
    expect(getCalls(none).at(-1)?.id).toBe('2034-2');
    expect(nextDeadline('2024-05-01T12:00:00+02:00', none)?.id).toBe('2024-2');
    expect(callForSubmission('2024-05-01T12:00:00+02:00', none)?.id).toBe('2024-2');
    expect(callStatus(call, '2024-04-18T12:00:00+02:00', none)).toBe('open');
    expect(formatDeadline(call, none)).toBe('donderdag 18 april 2024 om 24.00 uur');
    expect(createCallCalendar([first], none).entries.map((e) => e.id)).toEqual(['first']);
    expect(safeCreateCallCalendar([first], none).success).toBe(true);
  });
});

describe('getCall', () => {
  it('finds nothing for an id that is not a string', () => {
    expect(getCall(Symbol('2027-1') as never)).toBeUndefined();
    expect(getCall(20271 as never)).toBeUndefined();
  });
});

describe('isOnTime, callStatus and formatDeadline given something that is not a call', () => {
  it('report invalid_type at call, naming what they received', () => {
    for (const [run, received] of [
      [() => isOnTime(null as never, '2024-01-01T00:00:00Z'), 'null'],
      [() => callStatus('2024-1' as never, '2024-01-01T00:00:00Z'), 'string'],
      [() => formatDeadline(undefined as never), 'undefined'],
    ] as const) {
      const issue = expectCode(run, 'invalid_type').issues[0];
      expect(issue?.path).toEqual(['call']);
      expect(issue?.params).toEqual({ expected: 'a Call', received });
    }
  });
});

describe('callStatus', () => {
  it('refuses a first call whose year is not a whole number', () => {
    const calendar = createCallCalendar([first]);
    const call = { ...getCall('first', { calendar })!, year: '2017' } as unknown as Call;
    const issue = expectCode(
      () => callStatus(call, '2017-02-01T00:00:00Z', { calendar }),
      'invalid_type',
    ).issues[0];
    expect(issue?.path).toEqual(['call', 'year']);
    expect(issue?.params).toEqual({ expected: 'integer', received: 'string' });
  });
});

describe('createCallCalendar', () => {
  it('refuses parameters that are not a registry, at options.parameters', () => {
    const result = safeCreateCallCalendar([first], { parameters: { kind: 'x' } as never });
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.issues.slice(1).map((i) => [i.code, i.path, i.params])).toEqual([
        [
          'invalid_type',
          ['options', 'parameters'],
          { expected: 'a ParameterRegistry', received: 'object' },
        ],
      ]);
  });

  it('sorts by deadline date before id, whatever the input order', () => {
    const late = { ...first, id: 'a-call', deadlineDate: '2017-05-01' };
    const early = { ...first, id: 'z-call', deadlineDate: '2017-02-01' };
    for (const input of [
      [late, early],
      [early, late],
    ]) {
      expect(createCallCalendar(input).entries.map((e) => e.id)).toEqual(['z-call', 'a-call']);
    }
  });
});

describe('getCalls', () => {
  it('lists a known regular call before a known thematic call on the same deadline', () => {
    const calendar = createCallCalendar([
      { ...first, id: 'a-call', year: 2027, deadlineDate: '2027-05-06' },
      { ...first, id: '2027-1', year: 2027, kind: 'regular', deadlineDate: '2027-05-06' },
    ]);
    expect(getCalls({ year: 2027, calendar }).map((c) => c.id)).toEqual([
      '2027-1',
      'a-call',
      '2027-2',
    ]);
  });
});
