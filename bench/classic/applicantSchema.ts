import { z } from 'zod';
import { organisationTypes } from '../../src/vocabulary/index.js';
import {
  EMAIL_PATTERN,
  enterpriseNumberSchema,
  PHONE_PATTERN,
  patternSchema,
  textLimits,
  textSchema,
} from './primitives.js';

/** Schema of an organisation type. */
export const organisationTypeSchema = z
  .enum(organisationTypes, { error: 'enum:organisationType' })
  .meta({
    description:
      'Type of the organisation (type organisatie). Only Flemish public-sector bodies structurally subject to the public procurement law may apply or be partners; company, non-profit, research-centre and other-private are in the format so that validateApplication can say so (organisation_not_eligible): companies and research centres take part as suppliers of the procurement.',
  });

/** How the format writes an enterprise number, and the check its digits pass. */
const ENTERPRISE_NUMBER_FORMS =
  'Written "0207.123.407", "0207 123 407" or "0207123407", with or without "BE" or "BE " before it, or in the old nine-digit form "207.123.407"; read as "0207.123.407". ' +
  'The check digits are a business rule: the last two digits are 97 minus the first eight modulo 97.';

/** The description of the applicant's enterprise number. */
const ENTERPRISE_NUMBER_DESCRIPTION = `KBO enterprise number (ondernemingsnummer). ${ENTERPRISE_NUMBER_FORMS}`;

/** Schema of the applicant's contact person (contactpersoon). */
export const contactSchema = z
  .object({
    name: textSchema(textLimits.name, 'Name of the contact person (naam contactpersoon).'),
    email: patternSchema(EMAIL_PATTERN, 'email', textLimits.email, 'E-mail address (e-mailadres).'),
    phone: patternSchema(
      PHONE_PATTERN,
      'phone',
      textLimits.phone,
      'Phone number (telefoonnummer).',
    ).optional(),
  })
  .strict()
  .meta({ description: 'Contact person for the proposal (contactpersoon).' });

/** Schema of the applicant's economic activities (economische activiteiten). */
export const economicActivitiesSchema = z
  .object({
    declared: z.boolean().meta({
      description:
        'Whether the organisation also has economic activities (heeft de organisatie ook economische activiteiten).',
    }),
    withinGeneralInterest: z.boolean().optional().meta({
      description:
        'When declared: the project lies within the tasks of general interest (binnen de taken van algemeen belang).',
    }),
    marketDistortion: z.boolean().optional().meta({
      description:
        'When declared: whether the result would distort the market (marktverstoring); must be false.',
    }),
  })
  .strict()
  .meta({
    description:
      'Economic activities of the applicant (economische activiteiten): none, or declared within tasks of general interest and without market distortion.',
  });

/** Schema of the applicant (aanvrager, aanvragende overheidsorganisatie). */
export const applicantSchema = z
  .object({
    name: textSchema(textLimits.name, 'Name of the organisation (naam organisatie).'),
    organisationType: organisationTypeSchema,
    enterpriseNumber: enterpriseNumberSchema(ENTERPRISE_NUMBER_DESCRIPTION),
    subjectToProcurementLaw: z.boolean().meta({
      description:
        'Structurally subject to the public procurement law (structureel onderworpen aan de wet op de overheidsopdrachten).',
    }),
    economicActivities: economicActivitiesSchema,
    contact: contactSchema,
  })
  .strict()
  .meta({ description: 'The applying organisation (aanvragende overheidsorganisatie).' });

/** Schema of a consortium partner (partner). */
export const partnerSchema = z
  .object({
    name: textSchema(textLimits.name, 'Name of the partner organisation (naam partner).'),
    organisationType: organisationTypeSchema,
    enterpriseNumber: enterpriseNumberSchema(
      `KBO enterprise number of the partner (ondernemingsnummer). ${ENTERPRISE_NUMBER_FORMS}`,
    ),
  })
  .strict()
  .meta({ description: 'A partner organisation in the consortium (consortiumpartner).' });
