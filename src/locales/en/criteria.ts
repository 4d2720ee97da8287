import type { CriteriaTexts } from '../LocaleTable.js';

/** English texts of the criteria module. @internal */
export const criteria: CriteriaTexts = {
  criteria: {
    'fit-with-pio': {
      label: 'Fit with the aims of PIO',
      description:
        'The aims of the project fit the PIO framework: using the purchasing power of the public sector to get innovative solutions developed or validated for a need the market does not meet today.',
    },
    'relevance-and-impact': {
      label: 'Relevance and potential impact',
      description:
        'How much the need matters and the impact the solution may have, for its end users and for the public sector.',
    },
    'quality-of-approach': {
      label: 'Quality of the approach',
      description:
        'The approach is of sufficient quality: a multidisciplinary team and a fitting procurement route.',
    },
    'applicant-not-eligible': {
      label: 'Applicant not eligible',
      description:
        'The applicant is not a Flemish public-sector body structurally subject to the public procurement law, or an organisation with economic activities applies outside its tasks of general interest.',
    },
    'submitted-late': {
      label: 'Submitted late',
      description:
        'The proposal was not submitted before the deadline of a known call (at the latest at 24:00, Brussels time).',
    },
    'commercially-available': {
      label: 'Solution commercially available',
      description:
        'The solution asked for is ready-made and commercially available: PIO cannot spend its means on buying it.',
    },
    'market-distortion': {
      label: 'Market distortion',
      description: 'The result of the project would distort the market.',
    },
    'no-procurement-foreseen': {
      label: 'No procurement foreseen',
      description:
        'No public contract is foreseen to get the innovative solution developed or validated.',
    },
  },
  subCriteria: {
    need: {
      label: 'The need',
      description:
        'Is the need or question clearly described and substantiated, with the characteristics of the ideal solution?',
    },
    'market-gap': {
      label: 'What the market offers and why it falls short',
      description:
        'What does the market offer today (market scan, state of the art) and why is that not enough?',
    },
    'rd-needed': {
      label: 'Research and development still needed',
      description:
        'Which aspects still need research, development and innovation before the solution exists?',
    },
    'end-users-and-support-base': {
      label: 'End users and support base',
      description:
        'Who is the end user, under which constraints, and is there support in the organisation and among the partners?',
    },
    team: {
      label: 'The team',
      description:
        'Is a multidisciplinary team ready (subject matter, purchasing, legal, users) with the knowledge and time needed?',
    },
    'procurement-route': {
      label: 'The procurement route',
      description:
        'Is the chosen procurement route (pre-commercial procurement, procurement of innovative solutions, innovation partnership, competitive dialogue, ...) fitting and feasible?',
    },
  },
  evaluationNote:
    'The three main criteria are published (2017); how they are worked out in sub-criteria is not. The sub-criteria, scale, weights and thresholds come from the scoring scheme (parameter criteria.scoringScheme).',
  exclusionNote:
    'That VLAIO uses exclusion criteria is published; their text was not found. This wording is an assumption of this library; the rule it rests on is published (see the source).',
  decision: { admitted: 'admitted', 'not-admitted': 'not admitted' },
  nextStep: {
    guidance:
      'Your proposal joins the PIO portfolio: the PIO team guides the procurement and there is a commitment in principle to cofinancing. The amount of the cofinancing is fixed later, on the basis of the procurement document.',
    'resubmit-in-later-call':
      'Your proposal does not join the PIO portfolio. With this feedback you may submit a revised proposal in a later call.',
  },
  reasons: {
    excluded: (label, message) => `Exclusion criterion "${label}": ${message}`,
    criterionBelowThreshold: (label, score, threshold) =>
      `The criterion "${label}" scores ${score}, below the threshold ${threshold}.`,
    totalBelowThreshold: (total, threshold) =>
      `The weighted total ${total} is below the threshold ${threshold}.`,
  },
  explain: {
    title: (title, callId) => `Advice on the admission of the proposal "${title}" (call ${callId})`,
    decisionLine: (decision) => `Decision: ${decision}.`,
    reasonsHeading: 'Reasons:',
    scoresHeading: (min, max) => `Scores (scale ${min} to ${max}):`,
    criterionLine: (label, weight, score, threshold, passed) =>
      `${label} (weight ${weight}): ${score}${threshold === null ? '' : `, threshold ${threshold}`} — ${passed ? 'passed' : 'not passed'}`,
    subCriterionLine: (label, weight, score) => `${label} (weight ${weight}): ${score}`,
    remark: (text) => `Remark: ${text}`,
    totalLine: (total, threshold, passed) =>
      `Weighted total: ${total}${threshold === null ? '' : `, threshold ${threshold}`} — ${passed ? 'passed' : 'not passed'}`,
    summary: (text) => `Remarks of the assessors: ${text}`,
    nextStepHeading: 'Next step:',
    assumedScheme:
      'Note: the scale, weights, thresholds and sub-criteria of this scoring scheme are not published; they are an assumption of @vlaio/pio-rules.',
  },
  quickScan: {
    title: 'Quick self-check: is this a PIO project?',
    light: { green: 'green', orange: 'orange', red: 'red' },
    lightLine: (light) => `Result: ${light}.`,
    reasons: {
      solution_available:
        'A solution already exists on the market: PIO cannot spend its means on buying ready-made, commercially available solutions.',
      market_unknown:
        'You do not know yet what the market offers today: a market scan or state of the art maps that first.',
      no_rd_needed:
        'Nothing is left to research or develop: PIO cofinances R&D services and validation, not the purchase of an existing solution.',
      no_end_user_or_support_base:
        'There is no end user or support base yet: a user survey or workshops can build one.',
      no_procurement_foreseen:
        'No procurement is foreseen: PIO supports innovation through public contracts.',
    },
    nextStep: {
      'full-proposal': 'Write a full proposal and submit it to a call.',
      'external-expertise':
        'Ask for external expertise in the preparatory track first (workshops, state of the art, market consultation, user survey), then write a full proposal.',
      'not-a-pio-project': 'This is not a PIO project.',
    },
    nextStepHeading: 'Next step:',
  },
};
