import type { CriteriaTexts } from '../LocaleTable.js';

/** Dutch (nl-BE) texts of the criteria module. @internal */
export const criteria: CriteriaTexts = {
  criteria: {
    'fit-with-pio': {
      label: 'Aansluiting bij de doelstellingen van PIO',
      description:
        'De doelstellingen van het project passen in het kader van het PIO: de aankoopkracht van de overheid inzetten om innovatieve oplossingen te laten ontwikkelen of valideren voor een behoefte die de markt vandaag niet invult.',
    },
    'relevance-and-impact': {
      label: 'Relevantie en potentiële impact',
      description:
        'Het belang van de behoefte en de mogelijke impact van de oplossing, voor de eindgebruikers en voor de publieke sector.',
    },
    'quality-of-approach': {
      label: 'Kwaliteit van de aanpak',
      description:
        'De aanpak is van voldoende kwaliteit: een multidisciplinair team en een passend aankooptraject.',
    },
    'applicant-not-eligible': {
      label: 'Aanvrager komt niet in aanmerking',
      description:
        'De aanvrager is geen Vlaamse publieke sectororganisatie die structureel aan de wet op de overheidsopdrachten moet voldoen, of een organisatie met economische activiteiten dient in buiten haar taken van algemeen belang.',
    },
    'submitted-late': {
      label: 'Laattijdig ingediend',
      description:
        'Het projectvoorstel is niet vóór de uiterste datum voor indiening van een gekende oproep ingediend (uiterlijk om 24.00 uur, Brusselse tijd).',
    },
    'commercially-available': {
      label: 'Commercieel beschikbare oplossing',
      description:
        'De gevraagde oplossing is kant-en-klaar en commercieel beschikbaar: PIO kan zijn middelen niet inzetten voor de aankoop ervan.',
    },
    'market-distortion': {
      label: 'Marktverstoring',
      description: 'Het resultaat van het project zou de markt verstoren.',
    },
    'no-procurement-foreseen': {
      label: 'Geen aankooptraject voorzien',
      description:
        'Er is geen overheidsopdracht voorzien om de innovatieve oplossing te laten ontwikkelen of valideren.',
    },
  },
  subCriteria: {
    need: {
      label: 'Behoefte',
      description:
        'Is de behoefte of vraag duidelijk omschreven en onderbouwd, met de kenmerken van de ideale oplossing?',
    },
    'market-gap': {
      label: 'Marktaanbod en waarom het tekortschiet',
      description:
        'Wat biedt de markt vandaag (marktverkenning, state-of-the-art) en waarom volstaat dat niet?',
    },
    'rd-needed': {
      label: 'Nodig onderzoek en ontwikkeling (O&O&I)',
      description:
        'Welke aspecten vragen nog onderzoek, ontwikkeling en innovatie voor de oplossing er is?',
    },
    'end-users-and-support-base': {
      label: 'Eindgebruikers en draagvlak',
      description:
        'Wie is de eindgebruiker, met welke randvoorwaarden, en is er draagvlak in de organisatie en bij de partners?',
    },
    team: {
      label: 'Team',
      description:
        'Staat er een multidisciplinair team klaar (inhoud, aankoop, juridisch, gebruikers) met de nodige kennis en tijd?',
    },
    'procurement-route': {
      label: 'Aankooptraject',
      description:
        'Is het gekozen aankooptraject (precommercieel aankopen, overheidsopdracht voor innovatie, innovatiepartnerschap, concurrentiegerichte dialoog, ...) passend en haalbaar?',
    },
  },
  evaluationNote:
    'De drie hoofdcriteria zijn gepubliceerd (2017); hun uitwerking in deelcriteria niet. De deelcriteria, de schaal, de gewichten en de drempels komen uit het beoordelingsschema (parameter criteria.scoringScheme).',
  exclusionNote:
    'Dat VLAIO uitsluitingscriteria hanteert, is gepubliceerd; hun tekst werd niet gevonden. Deze omschrijving is een aanname van deze bibliotheek; de regel waarop ze steunt, is gepubliceerd (zie de bron).',
  decision: { admitted: 'ontvankelijk', 'not-admitted': 'niet ontvankelijk' },
  nextStep: {
    guidance:
      'Uw projectvoorstel wordt opgenomen in de PIO-portfolio: het PIO-team begeleidt het aankooptraject en er is een principieel engagement tot cofinanciering. Het bedrag van de cofinanciering wordt later vastgelegd op basis van het opdrachtdocument (bestek).',
    'resubmit-in-later-call':
      'Uw projectvoorstel wordt niet opgenomen in de PIO-portfolio. Met deze feedback kunt u een herwerkt voorstel indienen bij een volgende oproep.',
  },
  reasons: {
    excluded: (label, message) => `Uitsluitingscriterium "${label}": ${message}`,
    criterionBelowThreshold: (label, score, threshold) =>
      `Het criterium "${label}" scoort ${score}, onder de drempel ${threshold}.`,
    totalBelowThreshold: (total, threshold) =>
      `De gewogen totaalscore ${total} ligt onder de drempel ${threshold}.`,
  },
  explain: {
    title: (title, callId) =>
      `Advies over de ontvankelijkheid van het projectvoorstel "${title}" (oproep ${callId})`,
    decisionLine: (decision) => `Beslissing: ${decision}.`,
    reasonsHeading: 'Redenen:',
    scoresHeading: (min, max) => `Scores (schaal ${min} tot ${max}):`,
    criterionLine: (label, weight, score, threshold, passed) =>
      `${label} (gewicht ${weight}): ${score}${threshold === null ? '' : `, drempel ${threshold}`} — ${passed ? 'voldoende' : 'onvoldoende'}`,
    subCriterionLine: (label, weight, score) => `${label} (gewicht ${weight}): ${score}`,
    remark: (text) => `Opmerking: ${text}`,
    totalLine: (total, threshold, passed) =>
      `Gewogen totaalscore: ${total}${threshold === null ? '' : `, drempel ${threshold}`} — ${passed ? 'voldoende' : 'onvoldoende'}`,
    summary: (text) => `Opmerkingen van de beoordelaars: ${text}`,
    nextStepHeading: 'Volgende stap:',
    assumedScheme:
      'Let op: schaal, gewichten, drempels en deelcriteria van dit beoordelingsschema zijn niet gepubliceerd; dit is een aanname van @vlaio/pio-rules.',
  },
  quickScan: {
    title: 'Snelle zelftest: is dit een PIO-project?',
    light: { green: 'groen', orange: 'oranje', red: 'rood' },
    lightLine: (light) => `Resultaat: ${light}.`,
    reasons: {
      solution_available:
        'Er bestaat al een oplossing op de markt: PIO kan zijn middelen niet inzetten voor de aankoop van kant-en-klare, commercieel beschikbare oplossingen.',
      market_unknown:
        'U weet nog niet wat de markt vandaag biedt: een marktverkenning of state-of-the-art brengt dat eerst in kaart.',
      no_rd_needed:
        'Er moet niets meer onderzocht of ontwikkeld worden: PIO cofinanciert O&O-diensten en validatie, niet de aankoop van een bestaande oplossing.',
      no_end_user_or_support_base:
        'Er is nog geen eindgebruiker of draagvlak: een gebruikersbevraging of workshops kunnen dat opbouwen.',
      no_procurement_foreseen:
        'Er is geen aankooptraject voorzien: PIO ondersteunt innovatie via overheidsopdrachten.',
    },
    nextStep: {
      'full-proposal': 'Werk een volledig projectvoorstel uit en dien het in bij een oproep.',
      'external-expertise':
        'Vraag eerst externe expertise in het voortraject (workshops, state-of-the-art, marktconsultatie, gebruikersbevraging) en schrijf daarna een volledig voorstel.',
      'not-a-pio-project': 'Dit is geen PIO-project.',
    },
    nextStepHeading: 'Volgende stap:',
  },
};
