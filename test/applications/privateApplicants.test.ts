import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { applicationSchema, organisationEligibility } from '../../src/applications/index.js';
import { assessApplication } from '../../src/criteria/index.js';
import { sources } from '../../src/parameters/definitions/sources.js';
import { localeTables } from '../../src/locales/index.js';
import {
  organisationTypes,
  privateOrganisationTypes,
  publicOrganisationTypes,
} from '../../src/vocabulary/index.js';
import { uniformScores } from '../criteria/fixtures.js';
import { briefOf, examplesDir, hasStructuralIssue, validate, withDoc } from './fixtures.js';

/**
 * Point 8 of the issue "What a new user hits": a company (or another private organisation)
 * applying gets a business answer, not a structural `invalid_value`: not eligible, because only
 * public-sector organisations structurally subject to the procurement law may apply, with the
 * source; such organisations take part as suppliers.
 */

const schema = JSON.parse(
  readFileSync(resolve(examplesDir, '../../schemas/application.schema.json'), 'utf8'),
);
const ajvAccepts = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

const QUOTE =
  'Alle Vlaamse publieke sectororganisaties die structureel moeten voldoen aan de Wet op de Overheidsopdrachten';

describe('the kinds of organisation the format names', () => {
  it('are the public-sector types, then the private ones, each once', () => {
    expect(privateOrganisationTypes).toEqual([
      'company',
      'non-profit',
      'research-centre',
      'other-private',
    ]);
    expect(organisationTypes).toEqual([...publicOrganisationTypes, ...privateOrganisationTypes]);
    expect(new Set(organisationTypes).size).toBe(organisationTypes.length);
  });

  it('are eligible exactly when public: organisationEligibility lists the public ones', () => {
    expect(organisationEligibility.map((e) => e.type)).toEqual([...publicOrganisationTypes]);
  });

  it('have a label in Dutch and in English', () => {
    for (const type of privateOrganisationTypes) {
      const nl = localeTables.nl.labels.enums.organisationType[type];
      const en = localeTables.en.labels.enums.organisationType[type];
      expect(nl.length, type).toBeGreaterThan(3);
      expect(en.length, type).toBeGreaterThan(3);
      expect(nl, type).not.toBe(en);
    }
    expect(localeTables.nl.labels.enums.organisationType.company).toBe('onderneming');
  });

  it('are in the JSON Schema, so a proposal from a company is structurally right', () => {
    const enumOf = schema.properties.applicant.properties.organisationType.enum;
    expect(enumOf).toEqual([...organisationTypes]);
    expect(schema.properties.partners.items.properties.organisationType.enum).toEqual(enumOf);
  });
});

describe('a proposal from a private organisation', () => {
  it.each(privateOrganisationTypes)(
    'from %s parses, and the rule eligible-organisation says it is not eligible',
    (type) => {
      const doc = withDoc((d) => (d.applicant.organisationType = type));
      expect(ajvAccepts(doc)).toBe(true);
      expect(applicationSchema.safeParse(doc).success).toBe(true);
      const result = validate(doc);
      expect(hasStructuralIssue(result)).toBe(false);
      expect(briefOf(result)).toEqual([
        {
          code: 'organisation_not_eligible',
          path: ['applicant', 'organisationType'],
          params: { organisationType: type },
        },
      ]);
      expect(result.success ? undefined : result.issues[0]?.source).toEqual({
        ...sources.eligibility,
        quote: QUOTE,
      });
    },
  );

  it('hears why, and how companies do take part, in Dutch and in English', () => {
    const doc = withDoc((d) => (d.applicant.organisationType = 'company'));
    const dutch = validate(doc);
    const english = validate(doc, { locale: 'en' });
    expect(dutch.success ? '' : dutch.issues[0]?.message).toBe(
      'Het organisatietype onderneming komt niet in aanmerking: alleen Vlaamse publieke sectororganisaties die structureel aan de wet op de overheidsopdrachten onderworpen zijn (aanbestedende overheden), mogen indienen of partner zijn. Ondernemingen, onderzoekscentra en andere private organisaties nemen deel als leverancier van de overheidsopdracht die het project uitschrijft, niet als aanvrager of consortiumpartner.',
    );
    expect(english.success ? '' : english.issues[0]?.message).toBe(
      'The organisation type company is not eligible: only Flemish public-sector organisations structurally subject to the public procurement law (contracting authorities) may apply or be partners. Companies, research centres and other private organisations take part as suppliers of the procurement the project puts out, not as applicants or consortium partners.',
    );
  });

  it('tells a public type left out of the option nothing about suppliers', () => {
    const result = validate(
      withDoc(() => undefined),
      { eligibleOrganisationTypes: ['province'] },
    );
    const message = result.success ? '' : (result.issues[0]?.message ?? '');
    expect(message).toMatch(/^Het organisatietype gemeente komt niet in aanmerking/);
    expect(message).not.toContain('leverancier');
  });

  it('as a partner gets the same answer, at the partner', () => {
    const doc = withDoc((d) => {
      d.partners = [
        { name: 'Sensoren NV', organisationType: 'company', enterpriseNumber: '0207.432.124' },
        {
          name: 'Onderzoekscentrum Water',
          organisationType: 'research-centre',
          enterpriseNumber: '0207.999.969',
        },
      ];
    });
    expect(ajvAccepts(doc)).toBe(true);
    expect(briefOf(validate(doc))).toEqual([
      {
        code: 'organisation_not_eligible',
        path: ['partners', 0, 'organisationType'],
        params: { organisationType: 'company' },
      },
      {
        code: 'organisation_not_eligible',
        path: ['partners', 1, 'organisationType'],
        params: { organisationType: 'research-centre' },
      },
    ]);
  });

  it('is eligible only when the caller lists its type in eligibleOrganisationTypes', () => {
    const doc = withDoc((d) => (d.applicant.organisationType = 'non-profit'));
    expect(briefOf(validate(doc)).map((i) => i.code)).toEqual(['organisation_not_eligible']);
    expect(
      briefOf(
        validate(doc, { eligibleOrganisationTypes: [...publicOrganisationTypes, 'non-profit'] }),
      ),
    ).toEqual([]);
  });

  it('is excluded by the assessment too, by default', () => {
    const doc = withDoc((d) => (d.applicant.organisationType = 'company'));
    const parsed = validate(doc, { eligibleOrganisationTypes: [...organisationTypes] });
    if (!parsed.success) throw new Error('the proposal should parse');
    const made = assessApplication(
      parsed.data.application,
      { scores: uniformScores(10) },
      {
        at: '2024-10-01T12:00:00+02:00',
      },
    );
    expect(made.data.decision).toBe('not-admitted');
    expect(made.data.exclusions.map((e) => e.criterionId)).toEqual(['applicant-not-eligible']);
  });
});
