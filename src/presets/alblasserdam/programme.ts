import type { ImpactLevel, Programme, Rollout, Theme, Value } from "../../model/vision.js";

// Section 1, "Over de Buurtaanpak"; the policy frame is section 2.
export const programme: Programme = {
  role: { nl: "verbinder, aanjager en vaandeldrager", en: "connector, driver and standard-bearer" },
  initiators: [
    {
      id: "gemeente-alblasserdam",
      name: "gemeente Alblasserdam",
      description: {
        nl: "De gemeente Alblasserdam (CBS-code GM0482), in de regio Drechtsteden.",
        en: "The municipality of Alblasserdam (CBS code GM0482), in the Drechtsteden region.",
      },
      provenance: "stated",
      section: "1",
    },
    {
      id: "woonkracht10",
      name: "Woonkracht10",
      description: { nl: "woningcorporatie", en: "housing association" },
      provenance: "stated",
      section: "1",
    },
    {
      id: "stichting-welzijn-alblasserdam",
      name: "Stichting Welzijn Alblasserdam",
      description: { nl: "welzijnsorganisatie", en: "welfare foundation" },
      provenance: "stated",
      section: "1",
    },
  ],
  partners: [
    { id: "politie-boas", name: "politie en BOA's", provenance: "stated", section: "1" },
    { id: "jongerencoaches", name: "jongerencoaches", provenance: "stated", section: "1" },
    { id: "ggd", name: "GGD", provenance: "stated", section: "1" },
    { id: "adviesraad-sociaal-domein", name: "adviesraad sociaal domein", provenance: "stated", section: "1" },
    { id: "stichting-waardenburgh", name: "Stichting Waardenburgh", provenance: "stated", section: "1" },
  ],
  // Section 1: "… Stichting Waardenburgh en vele anderen."
  morePartners: true,
  governance: [
    { id: "stuurgroep", label: { nl: "stuurgroep", en: "steering group" }, provenance: "stated", section: "1" },
    {
      id: "projectgroep",
      label: { nl: "projectgroep", en: "project group" },
      provenance: "stated",
      section: "5, Figuur 1",
    },
    {
      id: "werkgroepen-partners",
      label: { nl: "werkgroepen & partners", en: "working groups and partners" },
      provenance: "stated",
      section: "5, Figuur 1",
    },
  ],
  policyFrame: [
    {
      id: "collegeakkoord-2022-2026",
      label: {
        nl: "collegeakkoord 2022-2026 'Samen zijn we Alblasserdam'",
        en: "coalition agreement 2022-2026 'Samen zijn we Alblasserdam' (Together we are Alblasserdam)",
      },
      description: {
        nl: "De Buurtaanpak vormt een essentieel onderdeel van het collegeakkoord, waarin de nadruk ligt op het gezamenlijk bouwen aan veerkrachtige wijken en buurten.",
        en: "The Buurtaanpak is an essential part of the coalition agreement, which stresses building resilient districts and neighbourhoods together.",
      },
      provenance: "stated",
      section: "2",
    },
    {
      id: "groeiagenda-drechtsteden",
      label: { nl: "Groeiagenda Drechtsteden", en: "Drechtsteden growth agenda" },
      description: {
        nl: "Sluit aan bij de ambities van beter wonen, beter werken en beter leven.",
        en: "Ties in with the ambitions of better housing, better work and better living.",
      },
      provenance: "stated",
      section: "2",
    },
    {
      id: "regiodeal-drechtsteden",
      label: { nl: "Regiodeal Drechtsteden", en: "Drechtsteden region deal" },
      description: {
        nl: "Sluit aan bij de ambities van beter wonen, beter werken en beter leven.",
        en: "Ties in with the ambitions of better housing, better work and better living.",
      },
      provenance: "stated",
      section: "2",
    },
  ],
};

// Section 1: the kernwaarden.
export const values: Value[] = [
  {
    id: "open-toegankelijk",
    label: { nl: "OPEN & TOEGANKELIJK", en: "OPEN & ACCESSIBLE" },
    description: {
      nl: "Wij zijn te vinden in onze buurten en wijken - zo zien en horen wij onze bewoners. Wij leveren maatwerk.",
      en: "You can find us in our neighbourhoods and districts - that is how we see and hear our residents. We deliver tailored support.",
    },
    provenance: "stated",
    section: "1",
  },
  {
    id: "eerlijk-respectvol",
    label: { nl: "EERLIJK & RESPECTVOL", en: "HONEST & RESPECTFUL" },
    description: {
      nl: "Wij faciliteren onze (formele en informele) netwerkpartners - we verbinden mensen en organisaties.",
      en: "We facilitate our (formal and informal) network partners - we connect people and organisations.",
    },
    provenance: "stated",
    section: "1",
  },
  {
    id: "creatief-inspirerend",
    label: { nl: "CREATIEF & INSPIREREND", en: "CREATIVE & INSPIRING" },
    description: {
      nl: "Wij vervullen een pioniers- en voortrekkersrol om beleid en voorzieningen aan te laten sluiten op bestaande en toekomstige hulpvragen en problemen. We beginnen klein, en gaan voluit zodra het kan.",
      en: "We take a pioneering and leading role so that policy and services fit existing and future requests for help and problems. We start small, and go all out as soon as we can.",
    },
    provenance: "stated",
    section: "1",
  },
];

// Section 2, "Aanleiding voor de Buurtaanpak".
export const themes: Theme[] = [
  {
    id: "tolerantie-solidariteit",
    label: { nl: "Tolerantie & solidariteit", en: "Tolerance and solidarity" },
    description: {
      nl: "De drie initiatiefnemers achter de Buurtaanpak zien noodzaak om de sociale samenhang te vergroten. Alblasserdam heeft te maken met een groeiende diversiteit aan culturen, die niet altijd vanzelfsprekend samengaan. Hierdoor is er een verharding op handen die niet in lijn ligt met de waarden van de gemeenten en de andere partners in de Buurtaanpak. Zij zien juist een samenleving voor zich die saamhorig is en betrokken.",
      en: "The three initiators of the Buurtaanpak see a need to strengthen social cohesion. Alblasserdam faces a growing diversity of cultures that do not always go together as a matter of course. A hardening is coming that does not match the values of the municipality and the other partners in the Buurtaanpak. They envisage a society that is close-knit and engaged.",
    },
    provenance: "stated",
    section: "2",
  },
  {
    id: "armoede-eenzaamheid-schulden",
    label: { nl: "Armoede & eenzaamheid & schulden", en: "Poverty, loneliness and debt" },
    description: {
      nl: "Alblasserdam kent een rijk pallet aan geloofsgemeenschappen die vanuit hun overtuigingen veel doen voor kwetsbare bewoners vooral op thema’s als armoede, eenzaamheid en schulden. Ook veel andere formele en informele organisaties werken aan deze doelstellingen. Een goed deel van deze netwerken staat wel in contact met elkaar (o.a. via het diaconienetwerk of andere georganiseerde overleggen), maar er wordt vaak niet structureel samengewerkt aan het bereiken van collectieve doelstellingen op deze thema’s. Hierdoor is een groot en versnipperd aanbod aan initiatieven ontstaan die minder impact sorteren dan wanneer de krachten gebundeld zouden zijn. Dit lijkt een gemiste kans die de Buurtaanpak graag wil aanpakken. Daarnaast is er behoefte aan een groter en steviger signaleringsnetwerk om mensen sneller te kunnen helpen en zij niet van de drup in de regen belanden.",
      en: "Alblasserdam has a rich range of faith communities that, from their convictions, do a lot for vulnerable residents, above all on poverty, loneliness and debt. Many other formal and informal organisations work towards these aims too. A good part of these networks are in touch with each other (for example through the diaconal network or other organised meetings), but they often do not work together structurally towards shared aims on these themes. The result is a large, fragmented range of initiatives with less impact than if their forces were combined. This looks like a missed opportunity that the Buurtaanpak wants to take up. There is also a need for a larger and stronger early-warning network, to help people sooner and keep them from going from bad to worse.",
    },
    provenance: "stated",
    section: "2",
  },
  {
    id: "omgeving-gemeenschap",
    label: { nl: "Omgeving & gemeenschap", en: "Environment and community" },
    description: {
      nl: "Er zijn een aantal onderwerpen c.q. beleidsvelden die buiten de invloedsfeer van het sociaal domein vallen én die wel grote impact hebben op hoe mensen zich voelen en gedragen binnen een gemeenschap. Denk aan de inrichting openbare ruimte, woonbeleid (zijn er passende woningen beschikbaar), werkgelegenheid, onderwijs en talentontwikkelkansen. De Buurtaanpak wil graag domeinoverstijgend samenwerken om zo gezamenlijk te bouwen aan veerkrachtige buurten. Je kunt dus sociaal gewenst gedrag en een gewenste houding inspireren en zelfs sturen met inrichting, ontwerp, programmering en beheer van buitenruimte en vastgoed.",
      en: "Some subjects or policy fields lie outside the reach of the social domain and yet have a large impact on how people feel and behave within a community: the layout of public space, housing policy (are suitable homes available), employment, education and chances to develop talent. The Buurtaanpak wants to work across domains to build resilient neighbourhoods together. Socially desirable behaviour and attitudes can be inspired and even steered through the layout, design, programming and management of outdoor space and property.",
    },
    provenance: "stated",
    section: "2",
  },
  {
    id: "veiligheid-overlast",
    label: { nl: "Veiligheid & overlast", en: "Safety and nuisance" },
    description: {
      nl: "Er zijn een aantal plekken waar onveiligheid wordt ervaren. Tegelijkertijd zien we dat de bereidheid en toewijding om bijvoorbeeld deel te nemen aan buurtpreventie afneemt. Met slechts een aantal BOA’s en een al drukbezet politieapparaat is de hulp van inwoners voor het vergroten van het gevoel van veiligheid nodig. Denk hierbij aan het gebruik van onze meldingsapp FIXIE, deelname aan buurtpreventie etc.",
      en: "There are places where people feel unsafe. At the same time, the willingness and commitment to take part in, for example, neighbourhood watch is declining. With only a few community enforcement officers (BOAs) and an already busy police force, residents' help is needed to increase the feeling of safety: for example by using our reporting app Fixi, or by joining neighbourhood watch.",
    },
    provenance: "stated",
    section: "2",
  },
];

// Section 5, Strategielijn 1, "Breed en integraal": "(individu, gebouw, straat, buurt of wijk)".
export const impactLevels: ImpactLevel[] = [
  { id: "individu", label: { nl: "individu", en: "individual" }, provenance: "stated", section: "5" },
  { id: "gebouw", label: { nl: "gebouw", en: "building" }, provenance: "stated", section: "5" },
  { id: "straat", label: { nl: "straat", en: "street" }, provenance: "stated", section: "5" },
  { id: "buurt", label: { nl: "buurt", en: "neighbourhood" }, provenance: "stated", section: "5" },
  { id: "wijk", label: { nl: "wijk", en: "district" }, provenance: "stated", section: "5" },
];

// Section 6, "Vooruitblik".
export const rollout: Rollout = {
  // "Met negen geprioriteerde buurten in ons werkgebied": the vision does not name them.
  prioritisedBuurten: 9,
  steps: [
    {
      nl: "In eerste instantie beginnen in een beperkt aantal buurten.",
      en: "Start in a limited number of neighbourhoods.",
    },
    { nl: "Het werkgebied jaarlijks uitbreiden.", en: "Widen the area each year." },
    {
      nl: "De geleerde lessen van elke buurt zorgvuldig vastleggen en meenemen in de volgende fase.",
      en: "Record the lessons learned in each neighbourhood carefully and carry them into the next phase.",
    },
    {
      nl: "Samen met professionals en inwoners een participatietraject starten: als een rondreizend gezelschap de buurten ingaan en gezamenlijk de invulling van de uitvoeringsagenda verkennen.",
      en: "Start a participation process with professionals and residents: go into the neighbourhoods as a travelling company and explore together how to fill in the implementation agenda.",
    },
  ],
  // "Moeten we denken aan buurtfeesten, gezellige barbecues, informatieve avonden of huiskamers?"
  // The community chooses.
  meetingForms: [
    { nl: "buurtfeesten", en: "neighbourhood parties" },
    { nl: "barbecues", en: "barbecues" },
    { nl: "informatieve avonden", en: "information evenings" },
    { nl: "huiskamers", en: "living rooms (informal meeting places)" },
  ],
  provenance: "stated",
  section: "6",
};
