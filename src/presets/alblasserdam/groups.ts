import type { Group } from "../../model/vision.js";

// Bijlage 2, "Succesfactoren & meten": five groups, 27 factors. `what`, `objective` and
// `criterion` are the columns wat, doelstelling and succesfactor. Which sub-goals a group
// serves is our reading: each group's title repeats the words of a sub-goal.

// For the "Kwalitatief" rows the vision names no measure. Our reading: a resident-survey
// share that must rise significantly.
const kwalitatief = {
  nl: "Kwalitatief",
  en: "Qualitative: share of survey respondents who agree rises significantly",
};

export const groups: Group[] = [
  {
    id: "eigenaarschap-buitenruimte",
    label: {
      nl: "Meer eigenaarschap op de buitenruimte met meer meldingsbereidheid op schoon, heel en veilig (incl. buurtpreventie)",
      en: "More ownership of the outdoor space, with more willingness to report on clean, intact and safe (incl. neighbourhood watch)",
    },
    subgoals: ["onderhouden-schoon-veilig", "meldingsbereidheid"],
    factors: [
      // Bijlage 2, Groep 1: "Toename meldingen met 10%"
      {
        id: "fixi-meldingen",
        what: { nl: "Fixi app", en: "Fixi app" },
        objective: { nl: "Meer meldingen", en: "More reports" },
        criterion: { nl: "Toename meldingen met 10%", en: "Reports up by 10%" },
        measures: [
          {
            indicator: "fixi-meldingen",
            rule: { kind: "relativeChange", direction: "increase", percent: 10 },
            provenance: "stated",
            section: "Bijlage 2, Groep 1",
          },
        ],
        // Bijlage 2 writes "Fixie app"; sections 2 and 4.3 write "FIXIE".
        aliases: ["FIXIE", "Fixie"],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      // Bijlage 2, Groep 1: "Toename meldingen met 10%"
      {
        id: "politie-meldingen",
        what: { nl: "Meldingen via politie", en: "Reports through the police" },
        objective: { nl: "Meer meldingen", en: "More reports" },
        criterion: { nl: "Toename meldingen met 10%", en: "Reports up by 10%" },
        measures: [
          {
            indicator: "politie-meldingen",
            rule: { kind: "relativeChange", direction: "increase", percent: 10 },
            provenance: "stated",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      // Bijlage 2, Groep 1: "Toename deelnemers met 10%"
      {
        id: "opruimacties-deelnemers",
        what: { nl: "Opruimacties & andere initiatieven", en: "Clean-ups and other initiatives" },
        objective: { nl: "Meer deelnemers", en: "More participants" },
        criterion: { nl: "Toename deelnemers met 10%", en: "Participants up by 10%" },
        measures: [
          {
            indicator: "opruimacties-deelnemers",
            rule: { kind: "relativeChange", direction: "increase", percent: 10 },
            provenance: "stated",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      {
        id: "trots-op-buurt",
        what: { nl: "Trots gevoel", en: "Feeling of pride" },
        objective: {
          nl: "Toename van inwoners die zich trots voelen op hun buurt",
          en: "More residents who feel proud of their neighbourhood",
        },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "trots-op-buurt",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      {
        id: "elkaar-aanspreken",
        what: { nl: "Elkaar aanspreken", en: "Speaking to each other about behaviour" },
        objective: {
          nl: "Toename van inwoners die zeggen elkaar aan te spreken",
          en: "More residents who say they speak to each other about behaviour",
        },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "elkaar-aanspreken",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      {
        id: "contactmomenten-inwoners",
        what: { nl: "Contactmomenten tussen inwoners", en: "Contact between residents" },
        objective: {
          nl: "Meer contactmomenten en het gevoel hebben elkaar (onderling) te kennen",
          en: "More moments of contact, and the feeling of knowing each other",
        },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "contactmomenten-inwoners",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
      // Bijlage 2, Groep 1: "10% minder verhuizingen"
      {
        id: "mutatiegraad",
        what: { nl: "Wonen in de eigen buurt", en: "Living in one's own neighbourhood" },
        objective: { nl: "Lagere mutatiegraad", en: "Lower tenancy turnover" },
        criterion: { nl: "10% minder verhuizingen", en: "10% fewer moves" },
        measures: [
          {
            indicator: "mutatiegraad",
            rule: { kind: "relativeChange", direction: "decrease", percent: 10 },
            provenance: "stated",
            section: "Bijlage 2, Groep 1",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 1",
      },
    ],
    provenance: "stated",
    section: "Bijlage 2, Groep 1",
    provenanceOf: { subgoals: "interpreted" },
  },
  {
    id: "signalering-netwerk",
    label: {
      nl: "Betere signalering via het netwerk (formeel en informeel)",
      en: "Better early warning through the network (formal and informal)",
    },
    subgoals: ["signalering-omzien"],
    factors: [
      // Bijlage 2, Groep 2: "Aantal bijeenkomsten"
      {
        id: "netwerkbijeenkomsten",
        what: { nl: "Bijeenkomsten", en: "Meetings" },
        objective: { nl: "Meer contactmomenten met het netwerk", en: "More moments of contact with the network" },
        criterion: { nl: "Aantal bijeenkomsten", en: "Number of meetings" },
        measures: [
          {
            indicator: "netwerkbijeenkomsten",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
      {
        id: "bekendheid-voorzieningen",
        what: { nl: "Bekendheid voorzieningen", en: "Awareness of services" },
        objective: { nl: "Meer bekendheid", en: "More awareness" },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "bekendheid-voorzieningen",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
      // Bijlage 2, Groep 2: "10 nieuwe partners/jr."
      {
        id: "formeel-netwerk",
        what: { nl: "Formeel netwerk", en: "Formal network" },
        objective: { nl: "Meer partners", en: "More partners" },
        criterion: { nl: "10 nieuwe partners/jr.", en: "10 new partners a year" },
        measures: [
          {
            indicator: "formeel-netwerk",
            rule: { kind: "perPeriod", amount: 10, per: "year" },
            provenance: "stated",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
      // Bijlage 2, Groep 2: "10 nieuwe partners/jr."
      {
        id: "informeel-netwerk",
        what: { nl: "Informeel netwerk", en: "Informal network" },
        objective: { nl: "Meer partners", en: "More partners" },
        criterion: { nl: "10 nieuwe partners/jr.", en: "10 new partners a year" },
        measures: [
          {
            indicator: "informeel-netwerk",
            rule: { kind: "perPeriod", amount: 10, per: "year" },
            provenance: "stated",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
      {
        id: "laagdrempeligheid",
        what: { nl: "Laagdrempelig zijn", en: "Being approachable" },
        objective: { nl: "Mensen lopen makkelijker binnen voor hulp", en: "People drop in for help more easily" },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "laagdrempeligheid",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
      {
        id: "staat-van-de-buurt",
        what: { nl: "De staat van de buurt", en: "The state of the neighbourhood" },
        objective: { nl: "Een betere staat van de buurt", en: "A neighbourhood in better shape" },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "staat-van-de-buurt",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 2",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 2",
      },
    ],
    provenance: "stated",
    section: "Bijlage 2, Groep 2",
    provenanceOf: { subgoals: "interpreted" },
  },
  {
    id: "toegankelijke-hulp-dienstverlening",
    label: {
      nl: "Beter toegankelijke hulp- en dienstverlening in de buurten (incl. bekendheid en acceptatie hulpverlening, eenzaamheid, schulden en inzet op minder schaamte)",
      en: "More accessible help and services in the neighbourhoods (incl. awareness and acceptance of support, loneliness, debt and efforts towards less shame)",
    },
    subgoals: ["toegankelijke-hulp", "acceptatie-hulpverlening"],
    factors: [
      {
        id: "voorlichting-faciliteiten",
        what: { nl: "Voorlichting over faciliteiten", en: "Information about facilities" },
        objective: { nl: "Meer bekendheid van faciliteiten", en: "More awareness of facilities" },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "voorlichting-faciliteiten",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 3",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 3",
      },
      // Bijlage 2, Groep 3: "Aantal deelnemers per event". Reading it as participants ÷ events
      // is ours.
      {
        id: "deelnemers-per-evenement",
        what: { nl: "Evenementen en themabijeenkomsten", en: "Events and theme meetings" },
        objective: {
          nl: "Meer bekendheid over faciliteiten, hulp, voorzieningen etc.",
          en: "More awareness of facilities, help, services etc.",
        },
        criterion: { nl: "Aantal deelnemers per event", en: "Number of participants per event" },
        measures: [
          {
            indicator: "deelnemers-per-evenement",
            rule: { kind: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 3",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 3",
      },
      // Bijlage 2, Groep 3: "Aantal keren dat er in de buurten gewerkt wordt"
      {
        id: "zichtbaarheid-in-de-buurt",
        what: { nl: "Zichtbaarheid in de buurt", en: "Visibility in the neighbourhood" },
        objective: { nl: "Beter zichtbaar", en: "More visible" },
        criterion: {
          nl: "Aantal keren dat er in de buurten gewerkt wordt",
          en: "Number of times work is done in the neighbourhoods",
        },
        measures: [
          {
            indicator: "zichtbaarheid-in-de-buurt",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 3",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 3",
      },
      // Bijlage 2, Groep 3: "Aantal abonnees op nieuwsbrieven, bezoekers van websites, clicks op
      // artikelen etc.": one measure each; all must rise.
      {
        id: "bereik-informatie",
        what: { nl: "Informeren", en: "Informing" },
        objective: {
          nl: "Beter informeren en meer mensen bereiken",
          en: "Inform better and reach more people",
        },
        criterion: {
          nl: "Aantal abonnees op nieuwsbrieven, bezoekers van websites, clicks op artikelen etc.",
          en: "Number of newsletter subscribers, website visitors, article clicks etc.",
        },
        measures: [
          {
            indicator: "nieuwsbrief-abonnees",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 3",
          },
          {
            indicator: "websitebezoekers",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 3",
          },
          {
            indicator: "artikel-clicks",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 3",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 3",
      },
      // Bijlage 2, Groep 3: "Toename aan gebruikers van voorzieningen"
      {
        id: "gebruik-voorzieningen",
        what: { nl: "Gebruik voorzieningen", en: "Use of services" },
        objective: {
          nl: "Beter vindbare en laagdrempelige voorzieningen",
          en: "Services that are easier to find and more approachable",
        },
        criterion: { nl: "Toename aan gebruikers van voorzieningen", en: "More users of services" },
        measures: [
          {
            indicator: "gebruik-voorzieningen",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 3",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 3",
      },
    ],
    provenance: "stated",
    section: "Bijlage 2, Groep 3",
    provenanceOf: { subgoals: "interpreted" },
  },
  {
    id: "ontmoetingen-gezelligheid",
    label: {
      nl: "Meer ontmoetingen en interactie t.b.v. positieve ervaringen en meer gezelligheid (met elkaar) in de buurt",
      en: "More encounters and interaction for positive experiences, and more conviviality (together) in the neighbourhood",
    },
    subgoals: ["ontmoetingen-interactie", "ontmoetingen-sport-spel"],
    // Bijlage 2, Groep 4: the PDF extraction merged the cells of the first four rows; the
    // "wat" cell Buurtevenement/initiatief spans them.
    factors: [
      // Bijlage 2, Groep 4: "Aantal deelnemende organisaties"
      {
        id: "deelnemende-organisaties",
        what: { nl: "Buurtevenement/initiatief", en: "Neighbourhood event/initiative" },
        objective: { nl: "Meer deelnemende organisaties", en: "More participating organisations" },
        criterion: { nl: "Aantal deelnemende organisaties", en: "Number of participating organisations" },
        measures: [
          {
            indicator: "deelnemende-organisaties",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 4",
      },
      // Bijlage 2, Groep 4: "Aantal deelnemers"
      {
        id: "deelnemers-evenementen",
        what: { nl: "Buurtevenement/initiatief", en: "Neighbourhood event/initiative" },
        objective: { nl: "Meer deelnemers", en: "More participants" },
        criterion: { nl: "Aantal deelnemers", en: "Number of participants" },
        measures: [
          {
            indicator: "deelnemers-evenementen",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 4",
      },
      {
        id: "positieve-ervaring",
        what: { nl: "Buurtevenement/initiatief", en: "Neighbourhood event/initiative" },
        objective: {
          nl: "Positieve ervaring tijdens evenement of initiatief",
          en: "A positive experience during the event or initiative",
        },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "positieve-ervaring",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 4",
      },
      // Bijlage 2, Groep 4, fourth row: its cells lost their place in the extraction, so the
      // whole row is our reading.
      {
        id: "aantal-evenementen",
        what: { nl: "Buurtevenement/initiatief", en: "Neighbourhood event/initiative" },
        objective: { nl: "Toename evenementen en initiatieven", en: "More events and initiatives" },
        criterion: { nl: "Aantal evenementen/initiatieven", en: "Number of events/initiatives" },
        measures: [
          {
            indicator: "aantal-evenementen",
            rule: { kind: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "interpreted",
        section: "Bijlage 2, Groep 4",
      },
      // Bijlage 2, Groep 4: "Toename evenementen en initiatieven"
      {
        id: "minder-actieve-wijken",
        what: { nl: "Aandacht voor minder actieve wijken", en: "Attention for less active districts" },
        objective: {
          nl: "Inwoners inspireren actiever te zijn met elkaar",
          en: "Inspire residents to be more active together",
        },
        criterion: { nl: "Toename evenementen en initiatieven", en: "More events and initiatives" },
        measures: [
          {
            indicator: "minder-actieve-wijken",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 4",
      },
      // Bijlage 2, Groep 4: "Toename evenementen en initiatieven"
      {
        id: "zelf-georganiseerd",
        what: {
          nl: "Zelfstandige georganiseerde evenementen en initiatieven",
          en: "Independently organised events and initiatives",
        },
        objective: { nl: "Meer eigenaarschap", en: "More ownership" },
        criterion: { nl: "Toename evenementen en initiatieven", en: "More events and initiatives" },
        measures: [
          {
            indicator: "zelf-georganiseerd",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 4",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 4",
      },
    ],
    provenance: "stated",
    section: "Bijlage 2, Groep 4",
    provenanceOf: { subgoals: "interpreted" },
  },
  {
    id: "ontwikkelperspectief",
    label: {
      nl: "Meer ontwikkelperspectief op het gebied van wonen, werken en talentontwikkeling",
      en: "More prospects for development in housing, work and talent development",
    },
    subgoals: ["ontwikkelperspectief"],
    factors: [
      // Bijlage 2, Groep 5: two stated counts, "Toename deelnemende organisaties die plekken
      // bieden. Toename werkgevers die daarna mensen werk kunnen bieden."
      {
        id: "talentontwikkelplekken",
        what: { nl: "Talentontwikkelplekken", en: "Talent development places" },
        objective: {
          nl: "Meer talentontwikkelplekken die aansluiten bij talenten/vaardigheden die werkgevers nodig hebben",
          en: "More talent development places that match the talents/skills employers need",
        },
        criterion: {
          nl: "Toename deelnemende organisaties die plekken bieden. Toename werkgevers die daarna mensen werk kunnen bieden.",
          en: "More participating organisations offering places. More employers who can then offer people work.",
        },
        measures: [
          {
            indicator: "organisaties-met-plekken",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 5",
          },
          {
            indicator: "werkgevers-met-werk",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 5",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 5",
      },
      // Bijlage 2, Groep 5: the doelstelling cell is empty in the vision; the objective is ours.
      {
        id: "uitstroom-uitkering",
        what: { nl: "Uitstroom uit uitkering", en: "Moving off benefits" },
        objective: { nl: "Uitstroom uit uitkering", en: "Moving off benefits" },
        criterion: {
          nl: "Toename aan samenwerkingen met partners die mensen kunnen begeleiden (zowel tijdens het ontwikkeltraject als daarna bij de werkgever)",
          en: "More partnerships with partners who can guide people (both during the development route and afterwards at the employer)",
        },
        measures: [
          {
            indicator: "uitstroom-uitkering",
            rule: { kind: "increase" },
            provenance: "stated",
            section: "Bijlage 2, Groep 5",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 5",
        provenanceOf: { objective: "interpreted" },
      },
      {
        id: "ervaren-ontwikkelperspectief",
        what: { nl: "Hoe wordt ontwikkelperspectief ervaren", en: "How prospects for development are experienced" },
        objective: {
          nl: "Meer mensen vinden hun weg met dank aan alle faciliteiten die er in Alblasserdam zijn",
          en: "More people find their way thanks to all the facilities in Alblasserdam",
        },
        criterion: kwalitatief,
        measures: [
          {
            indicator: "ervaren-ontwikkelperspectief",
            rule: { kind: "qualitative", direction: "increase" },
            provenance: "interpreted",
            section: "Bijlage 2, Groep 5",
          },
        ],
        provenance: "stated",
        section: "Bijlage 2, Groep 5",
      },
    ],
    provenance: "stated",
    section: "Bijlage 2, Groep 5",
    provenanceOf: { subgoals: "interpreted" },
  },
];
