import { withPathPrefix } from '../../issues/issue.js';
import { sources } from '../../parameters/definitions/sources.js';
import type { ApplicationRule } from './ApplicationRule.js';

const EXPERTISE_PATH = ['support', 'externalExpertise'];

/** The requested external expertise stays within its indicative maximum (a warning). @internal */
export const expertiseWithinIndicativeMax: ApplicationRule = {
  id: 'expertise-within-indicative-max',
  codes: ['expertise_above_indicative_max', 'no_parameter_value'],
  description: {
    nl: 'De gevraagde externe expertise blijft binnen het richtbedrag voor het voortraject.',
    en: 'The requested external expertise stays within the indicative maximum for the preparatory track.',
  },
  source: sources.aanbod,
  check({ expertise }) {
    if (expertise === undefined) return [];
    // The computation speaks of its own input (`requested`): placed in the proposal.
    const found = expertise.success ? expertise.warnings : expertise.issues;
    return found.map((i) => withPathPrefix(EXPERTISE_PATH, i));
  },
};
