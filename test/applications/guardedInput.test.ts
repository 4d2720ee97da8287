import { describe, expect, it } from 'vitest';
import { briefOf, reported, validate, validDocument, withDoc } from './fixtures.js';

function issuesOf(input: unknown, locale = 'en') {
  return briefOf(validate(input, { locale }));
}

describe('safeValidateApplication refusing input that is too large', () => {
  it('says which limit was passed, where, and how far it may go', () => {
    expect(issuesOf('x'.repeat(1_000_001))).toEqual([
      { code: 'input_too_large', path: [], params: { limit: 'text', maximum: 1_000_000 } },
    ]);
    expect(reported(validate('x'.repeat(1_000_001), { locale: 'nl' }))[0]?.message).toBe(
      'Invoer te groot: meer dan 1000000 tekens tekst.',
    );
    expect(reported(validate('x'.repeat(1_000_001), { locale: 'en' }))[0]?.message).toBe(
      'Input too large: more than 1000000 characters of text.',
    );
  });

  it('reads exactly 1,000,000 characters of text', () => {
    expect(issuesOf('x'.repeat(1_000_000)).map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('refuses objects nested deeper than 32 levels, at the path where it passes the limit', () => {
    let deep: unknown = 'leaf';
    for (let i = 0; i < 40; i += 1) deep = { a: deep };
    const [issue] = issuesOf(deep);
    expect(issue?.code).toBe('input_too_large');
    expect(issue?.params).toEqual({ limit: 'depth', maximum: 32 });
    expect(issue?.path).toHaveLength(32);
    expect(reported(validate(deep, { locale: 'nl' }))[0]?.message).toBe(
      'Invoer te groot: dieper genest dan 32 niveaus.',
    );
  });

  it('refuses an object with more than 10,000 values', () => {
    const wide: Record<string, number> = {};
    for (let i = 0; i < 10_001; i += 1) wide[`k${String(i)}`] = i;
    expect(issuesOf(wide)[0]?.params).toEqual({ limit: 'values', maximum: 10_000 });
  });

  it('refuses a list that would pass 10,000 values at the list, counting forbidden keys', () => {
    const doc = (n: number): unknown =>
      JSON.parse(`{"constructor":1,"prototype":1,"partners":[${Array(n).fill('0').join(',')}]}`);
    // root, constructor, prototype and the list are 4 values; 9,996 items make 10,000.
    expect(issuesOf(doc(9_997)).map((i) => [i.code, i.path, i.params])).toEqual([
      ['input_too_large', ['partners'], { limit: 'values', maximum: 10_000 }],
    ]);
    expect(issuesOf(doc(9_996)).map((i) => i.code)).not.toContain('input_too_large');
  });

  it('refuses a cycle at the path where it closes', () => {
    const doc = validDocument();
    doc.project.self = doc.project;
    expect(issuesOf(doc)).toEqual([
      { code: 'invalid_input', path: ['project', 'self'], params: { problem: 'cycle' } },
    ]);
    expect(reported(validate(doc, { locale: 'nl' }))[0]?.message).toBe(
      'Ongeldige invoer: een kringverwijzing (een waarde die zichzelf bevat).',
    );
  });

  it('refuses a value that throws when read, with one issue at its path', () => {
    const doc = validDocument();
    Object.defineProperty(doc.project, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(issuesOf(doc)).toEqual([
      { code: 'invalid_input', path: ['project', 'title'], params: { problem: 'unreadable' } },
    ]);
    expect(reported(validate(doc, { locale: 'en' }))[0]?.message).toBe(
      'Invalid input: a value that cannot be read.',
    );
  });

  it('reports a forbidden key inside a list at its full path', () => {
    const doc = withDoc((d) => {
      d.procurement.costs[1] = JSON.parse(
        '{"category":"rd-services","amount":"950000.00","constructor":1}',
      );
    });
    expect(issuesOf(doc)).toEqual([
      {
        code: 'unknown_key',
        path: ['procurement', 'costs', 1, 'constructor'],
        params: { key: 'constructor' },
      },
    ]);
  });
});

describe('safeValidateApplication showing a wrong value', () => {
  it('quotes a text, cut after 60 characters, and names any other value by its kind', () => {
    const received = (value: unknown) =>
      issuesOf(withDoc((d) => (d.applicant.organisationType = value)))[0]?.params;
    expect(received('x'.repeat(60))).toMatchObject({ received: JSON.stringify('x'.repeat(60)) });
    expect(received('x'.repeat(61))).toMatchObject({
      received: JSON.stringify(`${'x'.repeat(60)}…`),
    });
    expect(received(5)).toMatchObject({ received: '5' });
    expect(received(true)).toMatchObject({ received: 'true' });
    expect(received({})).toMatchObject({ received: 'object' });
    expect(received([])).toMatchObject({ received: 'array' });
    expect(received(null)).toMatchObject({ received: 'null' });
  });
});
