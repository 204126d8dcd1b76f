import type { Indicator } from "../../model/indicator.js";

// Bijlage 2 names what is measured but no indicator: every indicator here is our reading.
// A factor with one measure uses its own id as indicator id (contract.md, Model shape).
// For the "Kwalitatief" rows the reading is a resident-survey share: the respondents who
// agree (`positive`) out of all respondents.
const respondents = { nl: "aandeel respondenten", en: "share of respondents" };

export const indicators: Indicator[] = [
  // Bijlage 2, Groep 1
  {
    id: "fixi-meldingen",
    label: { nl: "Fixi-meldingen", en: "Fixi reports" },
    measure: "count",
    noun: { nl: "meldingen", en: "reports" },
    description: {
      nl: "Aantal meldingen via de meldingsapp Fixi.",
      en: "Number of reports made through the Fixi reporting app.",
    },
    // The vision spells the app "FIXIE" (section 2, section 4.3) and "Fixie" (Bijlage 2).
    aliases: ["FIXIE", "Fixie"],
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "politie-meldingen",
    label: { nl: "Meldingen via politie", en: "Reports through the police" },
    measure: "count",
    noun: { nl: "meldingen", en: "reports" },
    description: { nl: "Aantal meldingen via de politie.", en: "Number of reports made through the police." },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "opruimacties-deelnemers",
    label: {
      nl: "Deelnemers aan opruimacties & andere initiatieven",
      en: "Participants in clean-ups and other initiatives",
    },
    measure: "count",
    noun: { nl: "deelnemers", en: "participants" },
    description: {
      nl: "Aantal deelnemers aan opruimacties en andere initiatieven.",
      en: "Number of participants in clean-ups and other initiatives.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "trots-op-buurt",
    label: { nl: "Trots op de buurt", en: "Proud of the neighbourhood" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die zich trots voelen op hun buurt; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who feel proud of their neighbourhood; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "elkaar-aanspreken",
    label: { nl: "Elkaar aanspreken", en: "Speaking to each other about behaviour" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die zeggen elkaar aan te spreken; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who say they speak to each other about behaviour; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "contactmomenten-inwoners",
    label: { nl: "Contactmomenten tussen inwoners", en: "Contact between residents" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die het gevoel hebben elkaar (onderling) te kennen; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who feel they know each other; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "mutatiegraad",
    label: { nl: "Mutatiegraad", en: "Tenancy turnover rate" },
    measure: "ratio",
    // Moves are a flow, dwellings a stock: four quarters of one year give the yearly rate.
    denominator: "stock",
    unit: "percent",
    noun: { nl: "verhuizingen per woning", en: "moves per dwelling" },
    description: {
      nl: "Teller = aantal verhuizingen (uit een woning in het gebied); noemer = aantal woningen in het gebied.",
      en: "Numerator = number of moves (out of a dwelling in the area); denominator = number of dwellings in the area.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  // Bijlage 2, Groep 2
  {
    id: "netwerkbijeenkomsten",
    label: { nl: "Bijeenkomsten met het netwerk", en: "Network meetings" },
    measure: "count",
    noun: { nl: "bijeenkomsten", en: "meetings" },
    description: {
      nl: "Aantal bijeenkomsten met het (formele en informele) netwerk.",
      en: "Number of meetings with the (formal and informal) network.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "bekendheid-voorzieningen",
    label: { nl: "Bekendheid voorzieningen", en: "Awareness of services" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die de voorzieningen kennen; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who know the services; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "formeel-netwerk",
    label: { nl: "Nieuwe partners in het formele netwerk", en: "New partners in the formal network" },
    measure: "count",
    noun: { nl: "nieuwe partners", en: "new partners" },
    description: {
      nl: "Aantal nieuwe partners in het formele netwerk.",
      en: "Number of new partners in the formal network.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "informeel-netwerk",
    label: { nl: "Nieuwe partners in het informele netwerk", en: "New partners in the informal network" },
    measure: "count",
    noun: { nl: "nieuwe partners", en: "new partners" },
    description: {
      nl: "Aantal nieuwe partners in het informele netwerk.",
      en: "Number of new partners in the informal network.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "laagdrempeligheid",
    label: { nl: "Laagdrempelig zijn", en: "Approachability" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die zeggen makkelijk binnen te lopen voor hulp; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who say they find it easy to drop in for help; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "staat-van-de-buurt",
    label: { nl: "De staat van de buurt", en: "State of the neighbourhood" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die de staat van hun buurt goed vinden; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who rate the state of their neighbourhood as good; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  // Bijlage 2, Groep 3
  {
    id: "voorlichting-faciliteiten",
    label: { nl: "Bekendheid van faciliteiten", en: "Awareness of facilities" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die de faciliteiten kennen; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who know the facilities; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "deelnemers-per-evenement",
    label: {
      nl: "Deelnemers per evenement of themabijeenkomst",
      en: "Participants per event or theme meeting",
    },
    measure: "ratio",
    noun: { nl: "deelnemers per evenement", en: "participants per event" },
    description: {
      nl: "Teller = aantal deelnemers aan evenementen en themabijeenkomsten; noemer = aantal evenementen en themabijeenkomsten.",
      en: "Numerator = number of participants in events and theme meetings; denominator = number of events and theme meetings.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "zichtbaarheid-in-de-buurt",
    label: { nl: "Keren in de buurt gewerkt", en: "Times worked in the neighbourhoods" },
    measure: "count",
    noun: { nl: "keren", en: "times" },
    description: {
      nl: "Aantal keren dat er in de buurten gewerkt wordt.",
      en: "Number of times work is done in the neighbourhoods.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "nieuwsbrief-abonnees",
    label: { nl: "Abonnees op nieuwsbrieven", en: "Newsletter subscribers" },
    measure: "stock",
    noun: { nl: "abonnees", en: "subscribers" },
    description: {
      nl: "Aantal abonnees op nieuwsbrieven op een peilmoment: een stand, geen optelling over de tijd.",
      en: "Number of newsletter subscribers at a point in time: a stock, not summed over time.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "websitebezoekers",
    label: { nl: "Bezoekers van websites", en: "Website visitors" },
    measure: "count",
    noun: { nl: "bezoekers", en: "visitors" },
    description: { nl: "Aantal bezoekers van websites.", en: "Number of website visitors." },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "artikel-clicks",
    label: { nl: "Clicks op artikelen", en: "Article clicks" },
    measure: "count",
    noun: { nl: "clicks", en: "clicks" },
    description: { nl: "Aantal clicks op artikelen.", en: "Number of clicks on articles." },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "gebruik-voorzieningen",
    label: { nl: "Gebruikers van voorzieningen", en: "Users of services" },
    measure: "count",
    noun: { nl: "gebruikers", en: "users" },
    description: { nl: "Aantal gebruikers van voorzieningen.", en: "Number of users of services." },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  // Bijlage 2, Groep 4
  {
    id: "deelnemende-organisaties",
    label: { nl: "Deelnemende organisaties", en: "Participating organisations" },
    measure: "count",
    noun: { nl: "organisaties", en: "organisations" },
    description: {
      nl: "Aantal organisaties dat deelneemt aan buurtevenementen en -initiatieven.",
      en: "Number of organisations taking part in neighbourhood events and initiatives.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "deelnemers-evenementen",
    label: { nl: "Deelnemers aan buurtevenementen", en: "Participants in neighbourhood events" },
    measure: "count",
    noun: { nl: "deelnemers", en: "participants" },
    description: {
      nl: "Aantal deelnemers aan buurtevenementen en -initiatieven.",
      en: "Number of participants in neighbourhood events and initiatives.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "positieve-ervaring",
    label: { nl: "Positieve ervaring", en: "Positive experience" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Enquête onder deelnemers: positief = respondenten met een positieve ervaring tijdens het evenement of initiatief; respondenten = alle respondenten.",
      en: "Participant survey: positive = respondents with a positive experience during the event or initiative; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "aantal-evenementen",
    label: { nl: "Evenementen en initiatieven", en: "Events and initiatives" },
    measure: "count",
    noun: { nl: "evenementen", en: "events" },
    description: {
      nl: "Aantal buurtevenementen en -initiatieven.",
      en: "Number of neighbourhood events and initiatives.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "minder-actieve-wijken",
    label: {
      nl: "Evenementen en initiatieven in minder actieve wijken",
      en: "Events and initiatives in less active districts",
    },
    measure: "count",
    noun: { nl: "evenementen", en: "events" },
    description: {
      nl: "Aantal evenementen en initiatieven, geteld in de gebieden die als minder actief zijn aangemerkt.",
      en: "Number of events and initiatives, counted in the areas marked as less active.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "zelf-georganiseerd",
    label: {
      nl: "Zelfstandig georganiseerde evenementen en initiatieven",
      en: "Self-organised events and initiatives",
    },
    measure: "count",
    noun: { nl: "evenementen", en: "events" },
    description: {
      nl: "Aantal evenementen en initiatieven die inwoners zelfstandig organiseren.",
      en: "Number of events and initiatives that residents organise themselves.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  // Bijlage 2, Groep 5
  {
    id: "organisaties-met-plekken",
    label: {
      nl: "Organisaties die talentontwikkelplekken bieden",
      en: "Organisations offering talent development places",
    },
    measure: "count",
    noun: { nl: "organisaties", en: "organisations" },
    description: {
      nl: "Aantal deelnemende organisaties die talentontwikkelplekken bieden.",
      en: "Number of participating organisations that offer talent development places.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "werkgevers-met-werk",
    label: { nl: "Werkgevers die daarna werk bieden", en: "Employers who then offer work" },
    measure: "count",
    noun: { nl: "werkgevers", en: "employers" },
    description: {
      nl: "Aantal werkgevers die mensen na een talentontwikkelplek werk kunnen bieden.",
      en: "Number of employers who can offer people work after a talent development place.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "uitstroom-uitkering",
    label: {
      nl: "Samenwerkingen voor begeleiding naar werk",
      en: "Partnerships guiding people into work",
    },
    measure: "count",
    noun: { nl: "samenwerkingen", en: "partnerships" },
    description: {
      nl: "Aantal samenwerkingen met partners die mensen kunnen begeleiden, tijdens het ontwikkeltraject en daarna bij de werkgever.",
      en: "Number of partnerships with partners who can guide people, during the development route and afterwards at the employer.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
  {
    id: "ervaren-ontwikkelperspectief",
    label: { nl: "Ervaren ontwikkelperspectief", en: "Perceived prospects for development" },
    measure: "share",
    noun: respondents,
    description: {
      nl: "Bewonersenquête: positief = respondenten die zeggen hun weg te vinden dankzij de faciliteiten in Alblasserdam; respondenten = alle respondenten.",
      en: "Resident survey: positive = respondents who say they find their way thanks to the facilities in Alblasserdam; respondents = all respondents.",
    },
    provenance: "interpreted",
    section: "Bijlage 2",
  },
];
