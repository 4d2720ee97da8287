import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildApplicationJsonSchema } from '../../scripts/applicationJsonSchema.js';
import { computeCofinancing, explainCofinancing } from '../../src/cofinancing/index.js';
import {
  createParameterRegistry,
  defaultParameters,
  getDefinition,
  getParameter,
} from '../../src/parameters/index.js';
import { costCategories } from '../../src/vocabulary/index.js';
import { validate, withDoc } from './fixtures.js';

/** A proposal for a call with one more cost line, judged two days before the call's deadline. */
function proposal(callId: string, submittedAt: string, category: string): unknown {
  return withDoc((d) => {
    d.callId = callId;
    d.submittedAt = submittedAt;
    d.procurement.costs.push({ category, amount: '40000.00', label: 'Haalbaarheidsstudie' });
  });
}

/** The cost lines of a valid proposal's cofinancing, eligible and excluded, by category. */
function linesOf(doc: unknown) {
  const result = validate(doc);
  if (!result.success) throw new Error(result.issues.map((i) => i.code).join(', '));
  const { cofinancing } = result.data;
  return {
    eligible: cofinancing.eligible.map((l) => l.category),
    excluded: cofinancing.excluded.map((l) => [l.category, l.reason]),
    base: cofinancing.eligibleBase.amount,
  };
}

describe('the cost categories of 2024 (decree of 22 March 2024, art. 1, 4°)', () => {
  it('admits a feasibility study in a proposal for a 2024 call', () => {
    const lines = linesOf(proposal('2024-2', '2024-10-08T14:32:00+02:00', 'feasibility-study'));
    expect(lines.eligible).toContain('feasibility-study');
    expect(lines.excluded).toEqual([]);
    // 250,000 + 950,000 + 300,000 of the example, plus the study.
    expect(lines.base).toBe('1540000.00');
  });

  it('leaves a feasibility study out in a proposal for a 2019 call, with its reason', () => {
    const lines = linesOf(proposal('2019-1', '2019-06-10T10:00:00+02:00', 'feasibility-study'));
    expect(lines.eligible).not.toContain('feasibility-study');
    expect(lines.excluded).toEqual([['feasibility-study', 'other_not_eligible']]);
    expect(lines.base).toBe('1500000.00');
  });

  it('admits services, supplies or works for R&D and innovation from 2024 only', () => {
    expect(linesOf(proposal('2024-1', '2024-04-10T10:00:00+02:00', 'rdi')).eligible).toContain(
      'rdi',
    );
    expect(linesOf(proposal('2019-2', '2019-12-10T10:00:00+01:00', 'rdi')).excluded).toEqual([
      ['rdi', 'other_not_eligible'],
    ]);
  });

  it('keeps off-the-shelf solutions and other costs out in every version', () => {
    for (const v of getDefinition('cofinancing.eligibleCategories').versions) {
      expect(v.value).not.toContain('off-the-shelf');
      expect(v.value).not.toContain('other');
    }
  });

  it('says so in the explanation of each date, in both languages', () => {
    const costs = [{ category: 'feasibility-study' as const, amount: '10000.00' }];
    const nl2019 = explainCofinancing(computeCofinancing({ costs }, { at: '2019-06-14' }).data, {
      locale: 'nl',
    });
    expect(nl2019.join('\n')).toContain(
      'De categorie haalbaarheidsstudie komt niet in aanmerking voor cofinanciering.',
    );
    const en2024 = explainCofinancing(computeCofinancing({ costs }, { at: '2024-10-10' }).data, {
      locale: 'en',
    });
    expect(en2024.join('\n')).toContain('(feasibility study): €10,000.00 is eligible');
  });

  it('grows the scope on 1 January 2024 and nowhere else: a line counts from then on', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('feasibility-study', 'rdi'),
        fc.date({
          min: new Date('2017-01-01T12:00:00Z'),
          max: new Date('2035-12-31T12:00:00Z'),
          noInvalidDate: true,
        }),
        (category, day) => {
          const at = day.toISOString().slice(0, 10);
          const result = computeCofinancing({ costs: [{ category, amount: '1000.00' }] }, { at });
          expect(result.data.eligible.length === 1).toBe(at >= '2024-01-01');
        },
      ),
    );
  });

  it('lists the categories in the JSON Schema of a proposal', () => {
    const schema = JSON.stringify(buildApplicationJsonSchema());
    const enumOf = /"category":\{[^}]*"enum":(\[[^\]]*\])/.exec(schema);
    expect(enumOf).not.toBeNull();
    expect(JSON.parse(enumOf![1]!)).toEqual([...costCategories]);
    expect(costCategories).toContain('feasibility-study');
    expect(costCategories).toContain('rdi');
  });
});

describe('the published values before 2024', () => {
  it('marks 50% published before 2024 (EWI 2017) with its quote', () => {
    const rate = getParameter('cofinancing.maxRate', { at: '2019-06-01' });
    expect([rate.value, rate.status]).toEqual(['0.5', 'published']);
    expect(rate.source.quote).toBe(
      'een principieel engagement om kosten die in aanmerking komen voor cofinanciering voor 50% mee te dragen',
    );
    expect(rate.source.publisher).toBe('Departement EWI');
  });

  it('marks the cap published before 2020 (the aanbod page) with its quote, as indicative', () => {
    const cap = getParameter('cofinancing.cap', { at: '2018-01-01' });
    expect([cap.value, cap.status]).toEqual(['1000000.00', 'published']);
    expect(cap.source.quote).toBe(
      'Max. 1.000.000 euro voor de cofinanciering van precommerciële projecten',
    );
    expect(cap.note?.nl).toContain('Er zijn in principe geen maximale bedragen voorzien');
  });

  it('cites 30,000 euro for external expertise from the VVSG knowledge item', () => {
    const max = getParameter('expertise.indicativeMax', { at: '2024-04-18' });
    expect(max.source.quote).toMatch(/^Voortraject – tot 30\.000 euro/);
    expect(max.otherSources?.[0]).toMatchObject({ published: '2020-06-10' });
  });
});

describe('who decides (decision.body)', () => {
  const overCap = (callId: string, submittedAt: string): unknown =>
    withDoc((d) => {
      d.callId = callId;
      d.submittedAt = submittedAt;
      d.procurement.costs = [{ category: 'rd-services', amount: '3000000.00' }];
      d.support.cofinancing.requested = '1200000.00';
    });

  it('names the body in force on the date of the rules in the cap warning', () => {
    const messages = (doc: unknown, locale: 'nl' | 'en') => {
      const result = validate(doc, { locale });
      const warning = (result.success ? result.warnings : result.issues).find(
        (i) => i.code === 'cofinancing_above_indicative_cap',
      );
      return warning?.message;
    };
    const in2024 = overCap('2024-2', '2024-10-08T14:32:00+02:00');
    const in2019 = overCap('2019-2', '2019-12-10T10:00:00+01:00');
    expect(messages(in2024, 'nl')).toContain(
      'het beslissingscomité bij het Fonds voor Innoveren en Ondernemen kan anders beslissen',
    );
    expect(messages(in2024, 'en')).toContain(
      'the decision committee of the Fonds voor Innoveren en Ondernemen may decide otherwise',
    );
    expect(messages(in2019, 'nl')).toContain(
      'het Beslissingscomité van het Hermesfonds kan anders beslissen',
    );
    expect(messages(in2019, 'en')).toContain(
      'the decision committee of the Hermesfonds may decide otherwise',
    );
  });

  it('carries the body in the params of cap_overridden and its step', () => {
    const costs = [{ category: 'rd-services' as const, amount: '4000000.00' }];
    const result = computeCofinancing({ costs }, { at: '2019-06-14', capOverride: '1500000.00' });
    const body = getParameter('decision.body', { at: '2019-06-14' }).value;
    expect(result.warnings[0]?.params).toEqual({
      indicativeCap: '1000000.00',
      cap: '1500000.00',
      decisionBody: body,
    });
    expect(result.warnings[0]?.message).toContain(
      'bij beslissing van het Beslissingscomité van het Hermesfonds',
    );
    const en = explainCofinancing(result.data, { locale: 'en' }).join('\n');
    expect(en).toContain('was replaced by decision of the decision committee of the Hermesfonds');
    // The version read is cited by the step and listed with the result's parameters.
    const version = getParameter('decision.body', { at: '2019-06-14' });
    const step = result.data.explanation.find((s) => s.code === 'cap_overridden');
    expect(step?.parameters.map((p) => [p.id, p.validFrom])).toEqual([
      ['cofinancing.cap', getParameter('cofinancing.cap', { at: '2019-06-14' }).validFrom],
      ['decision.body', version.validFrom],
    ]);
    expect(result.data.parameters.at(-1)).toEqual({
      id: 'decision.body',
      value: version.value,
      validFrom: version.validFrom,
      status: version.status,
      source: version.source,
    });
    // Without an override no body is read, so none is listed.
    const plain = computeCofinancing({ costs }, { at: '2019-06-14' });
    expect(plain.data.parameters.map((p) => p.id)).not.toContain('decision.body');
  });

  it('names no body where a registry has none', () => {
    const bare = createParameterRegistry(
      [
        'cofinancing.eligibleCategories',
        'cofinancing.maxRate',
        'cofinancing.rounding',
        'cofinancing.cap',
        'calls.timeZone',
      ].map((id) => getDefinition(id)),
    ).data;
    const costs = [{ category: 'rd-services' as const, amount: '4000000.00' }];
    const result = computeCofinancing({ costs }, { capOverride: '1500000.00', parameters: bare });
    expect(result.warnings[0]?.params).toEqual({ indicativeCap: '1000000.00', cap: '1500000.00' });
    expect(result.warnings[0]?.message).toBe(
      'Het richtbedrag van € 1.000.000,00 is bij beslissing vervangen door € 1.500.000,00.',
    );
    expect(defaultParameters.definitions.has('decision.body')).toBe(true);
  });

  it('changes body on 1 January 2024, each version with its source', () => {
    const [before, after] = getDefinition('decision.body').versions;
    expect(before?.validUntil).toBe('2023-12-31');
    expect(after?.validFrom).toBe('2024-01-01');
    expect(before?.source.quote).toContain('Hermesfonds');
    expect(after?.source).toMatchObject({ article: 'art. 1, 1°', identifier: 'NUMAC 2024003642' });
  });
});
