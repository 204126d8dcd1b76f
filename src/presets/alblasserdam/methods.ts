import type { Method } from "../../model/vision.js";

// Bijlage 3, "Methoden & tactieken". The methods and their details are stated; the strategy
// line comes from Figuur 1 and the sub-goals from each method's text (both our reading).
export const methods: Method[] = [
  // Bijlage 3, Methode 1
  {
    id: "inspireren-ondersteunen-bewoners",
    label: { nl: "Inspireren & ondersteunen van bewoners", en: "Inspiring and supporting residents" },
    description: {
      nl: "Om onze doelstellingen te realiseren, zetten we in op het inspireren en ondersteunen van bewoners op verschillende thema's. Een effectieve aanpak die we willen overnemen van onder andere Rotterdam en Zwijndrecht, is het beschikbaar stellen van kleine bedragen, waarmee bewoners gezamenlijk initiatieven kunnen organiseren. Denk hierbij aan buurtbarbecues, het schoonmaken van straten en voortuintjes, het plaatsen van een buurtbieb, het gezamenlijk onderhouden van plantvakken etc. Een dergelijk concept sluit aan bij de huidige lief- en leedstraat en draagt bij aan een gezelligere sfeer en meer positieve ervaringen in de eigen buurt of wijk.",
      en: "To reach our objectives, we inspire and support residents on various themes. An effective approach we want to adopt from Rotterdam and Zwijndrecht, among others, is to make small sums of money available with which residents can organise initiatives together: for example neighbourhood barbecues, cleaning streets and front gardens, placing a neighbourhood book exchange, or jointly maintaining planters. Such a concept ties in with the current 'lief- en leedstraat' (street that shares joys and sorrows) and adds to a more convivial atmosphere and more positive experiences in one's own neighbourhood or district.",
    },
    details: [
      {
        nl: "Kleine bedragen beschikbaar stellen waarmee bewoners gezamenlijk initiatieven kunnen organiseren.",
        en: "Make small sums of money available with which residents can organise initiatives together.",
      },
      {
        nl: "Bijvoorbeeld buurtbarbecues, het schoonmaken van straten en voortuintjes, het plaatsen van een buurtbieb, het gezamenlijk onderhouden van plantvakken.",
        en: "For example neighbourhood barbecues, cleaning streets and front gardens, placing a neighbourhood book exchange, jointly maintaining planters.",
      },
      {
        nl: "Aanpak overgenomen van onder andere Rotterdam en Zwijndrecht.",
        en: "An approach adopted from Rotterdam and Zwijndrecht, among others.",
      },
      {
        nl: "Sluit aan bij de huidige lief- en leedstraat.",
        en: "Ties in with the current 'lief- en leedstraat' (street that shares joys and sorrows).",
      },
    ],
    strategyLine: "zichtbaarheid-continuiteit",
    subgoals: ["ontmoetingen-interactie", "ontmoetingen-sport-spel", "onderhouden-schoon-veilig"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
  // Bijlage 3, Methode 2
  {
    id: "aanpakken-buitenruimte",
    label: { nl: "Aanpakken van de buitenruimte", en: "Improving the outdoor space" },
    description: {
      nl: "Met slimme keuzes in de inrichting, het ontwerp, de programmering en onderhoud & beheer kunnen we gewenst sociaal gedrag en houding inspireren en sturen (o.a. met het slim plaatsen van bankjes in functioneel groen). Hierbij betrekken we graag onze inwoners en maken we hen ook attent op het nut en de noodzaak van biodivers groen (wellicht willen ze een rol in het onderhoud?) en een klimaatadaptieve inrichting (minder steen, meer groen, regenton etc.) in hun eigen tuintjes.",
      en: "With smart choices in layout, design, programming and maintenance and management, we can inspire and steer desirable social behaviour and attitudes (for example by placing benches cleverly in functional green space). We like to involve our residents in this and point out to them the use and need of biodiverse green (perhaps they want a role in its upkeep?) and a climate-adaptive layout (less paving, more green, rain barrels etc.) in their own gardens.",
    },
    details: [
      {
        nl: "Slimme keuzes in de inrichting, het ontwerp, de programmering en onderhoud & beheer.",
        en: "Smart choices in layout, design, programming, and maintenance and management.",
      },
      { nl: "Bankjes slim plaatsen in functioneel groen.", en: "Place benches cleverly in functional green space." },
      {
        nl: "Biodivers groen en een klimaatadaptieve inrichting (minder steen, meer groen, regenton) in de eigen tuintjes.",
        en: "Biodiverse green and a climate-adaptive layout (less paving, more green, rain barrels) in residents' own gardens.",
      },
    ],
    strategyLine: "zichtbaarheid-continuiteit",
    subgoals: ["klimaatadaptief-biodivers", "ontmoetingen-sport-spel", "onderhouden-schoon-veilig"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
  // Bijlage 3, Methode 3
  {
    id: "aanwezig-in-de-buurten",
    label: { nl: "Aanwezig in de buurten", en: "Present in the neighbourhoods" },
    description: {
      nl: "Voor het vergroten van de tolerantie en solidariteit bouwen we een netwerk van (informele) partners die opereren vanuit kleine satellietlocaties in de verschillende buurten. Op deze manier kunnen we vroegtijdig signaleren en escalatie voorkomen en aan de andere kant helpt dit ons om inwoners snel(ler) naar de juiste partij door te verwijzen. Ook maakt een dergelijk buurtnetwerk onze hulp- en zorgverlening zichtbaarder en laagdrempeliger.",
      en: "To increase tolerance and solidarity, we build a network of (informal) partners working from small satellite locations in the various neighbourhoods. This lets us spot problems early and prevent escalation, and it helps us refer residents (more) quickly to the right organisation. Such a neighbourhood network also makes our help and care more visible and more approachable.",
    },
    details: [
      {
        nl: "Een netwerk van (informele) partners die opereren vanuit kleine satellietlocaties in de verschillende buurten.",
        en: "A network of (informal) partners working from small satellite locations in the various neighbourhoods.",
      },
    ],
    strategyLine: "zichtbaarheid-continuiteit",
    subgoals: ["toegankelijke-hulp", "signalering-omzien", "hulpverlening-overlast"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
  // Bijlage 3, Methode 4
  {
    id: "aanbieden-ontwikkelperspectief",
    label: { nl: "Aanbieden van ontwikkelperspectief", en: "Offering prospects for development" },
    description: {
      nl: "Het bieden van ontwikkelperspectief helpt mensen hun leven op orde te maken en te houden. Met name voor inwoners uit kwetsbare wijken is het belangrijk dat dit perspectief in hun directe omgeving geboden wordt. Hun leefwereld is vaak te klein om het elders te (kunnen) zoeken. Ontwikkelperspectief bieden kan formeel met onderwijs of scholing of via deeltijd trajecten bij lokale werkgevers. Het kan ook informeel via talentontwikkelprogramma’s zoals het landelijke Maatschappelijke Diensttijd of binnen samenwerkingen met stichtingen en werkgevers om mensen onder begeleiding relevante (werk)ervaring op te laten doen. Er zijn ook non-formele vormen van talentontwikkeling die ingezet worden bij de activatie van inwoners naar werk of vrijwilligerswerk zoals het volgen van een weerbaarheidstraining of het doen van vrijwilligerswerk bij een van de vele stichtingen in Alblasserdam. Ontwikkelperspectief gaat naast talentontwikkeling en een kans op werk ook over wonen en het kunnen maken van een wooncarrière binnen de gemeente. Voor het laatstgenoemde is samenwerking nodig met het beleidsdomein wonen en de woningcorporatie.",
      en: "Offering prospects for development helps people get their lives in order and keep them so. For residents of vulnerable districts in particular, these prospects must be offered close to home: their world is often too small to (be able to) look elsewhere. Prospects can be offered formally, through education or training or part-time routes with local employers. They can also be offered informally, through talent programmes such as the national Maatschappelijke Diensttijd (civic service) or in partnerships with foundations and employers that let people gain relevant (work) experience under guidance. There are also non-formal forms of talent development used to activate residents towards work or volunteering, such as resilience training or volunteering at one of the many foundations in Alblasserdam. Besides talent development and a chance of work, prospects are also about housing and being able to make a housing career within the municipality. That requires cooperation with the housing policy domain and the housing association.",
    },
    details: [
      {
        nl: "Formeel: onderwijs of scholing, of deeltijd trajecten bij lokale werkgevers.",
        en: "Formal: education or training, or part-time routes with local employers.",
      },
      {
        nl: "Informeel: talentontwikkelprogramma’s zoals de Maatschappelijke Diensttijd, of samenwerkingen met stichtingen en werkgevers.",
        en: "Informal: talent programmes such as the Maatschappelijke Diensttijd (civic service), or partnerships with foundations and employers.",
      },
      {
        nl: "Non-formeel: een weerbaarheidstraining volgen of vrijwilligerswerk doen.",
        en: "Non-formal: following resilience training or volunteering.",
      },
      {
        nl: "Een wooncarrière binnen de gemeente, in samenwerking met het beleidsdomein wonen en de woningcorporatie.",
        en: "A housing career within the municipality, in cooperation with the housing policy domain and the housing association.",
      },
    ],
    strategyLine: "zichtbaarheid-continuiteit",
    subgoals: ["ontwikkelperspectief"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
  // Bijlage 3, Methode 5
  {
    id: "verstevigen-netwerk-samenwerking",
    label: { nl: "Verstevigen netwerk & samenwerking", en: "Strengthening the network and cooperation" },
    description: {
      nl: "Voor het slagen van de Buurtaanpak is een groot en breed netwerk essentieel. Deze formele en informele samenwerkingen richten zich op het waarmaken van onze gemeenschappelijke doelstellingen. Zo kunnen we beter signaleren en escalatie van welzijnsproblemen voorkomen zoals eenzaamheid, armoede, schulden en leefbaarheid (schoon, heel, sociaal veilig). Vanuit deze verbindende rol draagt de Buurtaanpak er ook zorg voor dat gemeente overstijgende zaken regionaal aangekaart worden.",
      en: "A large and broad network is essential for the Buurtaanpak to succeed. These formal and informal partnerships aim to achieve our shared objectives. This lets us spot problems better and prevent the escalation of welfare problems such as loneliness, poverty, debt and liveability (clean, intact, socially safe). From this connecting role, the Buurtaanpak also makes sure that matters crossing the municipality's borders are raised regionally.",
    },
    details: [
      { nl: "Een groot en breed formeel en informeel netwerk.", en: "A large and broad formal and informal network." },
      {
        nl: "Escalatie van welzijnsproblemen voorkomen, zoals eenzaamheid, armoede, schulden en leefbaarheid (schoon, heel, sociaal veilig).",
        en: "Prevent the escalation of welfare problems such as loneliness, poverty, debt and liveability (clean, intact, socially safe).",
      },
      {
        nl: "Gemeente overstijgende zaken regionaal aankaarten.",
        en: "Raise matters that cross the municipality's borders regionally.",
      },
    ],
    strategyLine: "anticiperen-aansluiten-adopteren",
    subgoals: ["signalering-omzien", "onderhouden-schoon-veilig"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
  // Bijlage 3, Methode 6
  {
    id: "voorlichting-en-pr",
    label: { nl: "Voorlichting en PR", en: "Information and PR" },
    description: {
      nl: "Eenzaamheid, armoede en schulden zijn problemen die vaak onzichtbaar zijn voor de buitenwereld. Daarom is het essentieel om professionals en vrijwilligers (en buurtbewoners) te informeren over de tekenen van deze problemen, zodat zij ze beter kunnen herkennen. Deze kennis stelt hen in staat om gepaste actie te ondernemen. Daarnaast streven we met bewustwordingscampagnes naar het doorbreken van stigma's en schaamte rondom deze problemen. Door een cultuur te bevorderen waarin het vragen om hulp wordt gestimuleerd, hopen we dat mensen zich meer open durven te stellen en de beschikbare diensten kunnen benutten. Het verstrekken van duidelijke informatie over deze diensten is daarbij van groot belang. Bij het oplossen van problemen zoals geluidsoverlast, burenconflicten en andere verstoringen van de leefomgeving kunnen voorlichting, bemiddeling en passende interventies een grote rol spelen. Door mensen bewust te maken van de beschikbare hulpbronnen en hen te informeren over mogelijke oplossingen en de meldingsbereidheid te vergroten, kunnen we escalaties voorkomen en conflicten op een constructieve manier oplossen - met aandacht voor zowel slachtoffers als daders.",
      en: "Loneliness, poverty and debt are problems that are often invisible to the outside world. It is therefore essential to inform professionals and volunteers (and residents) about the signs of these problems, so they can recognise them better. This knowledge enables them to take appropriate action. In addition, awareness campaigns aim to break the stigma and shame around these problems. By promoting a culture that encourages asking for help, we hope that people dare to open up more and can use the services available. Giving clear information about these services is of great importance. In solving problems such as noise nuisance, neighbour conflicts and other disturbances of the living environment, information, mediation and fitting interventions can play a large role. By making people aware of the help available, informing them about possible solutions and raising the willingness to report, we can prevent escalation and resolve conflicts constructively - with attention to both victims and offenders.",
    },
    details: [
      {
        nl: "Professionals, vrijwilligers en buurtbewoners informeren over de tekenen van eenzaamheid, armoede en schulden.",
        en: "Inform professionals, volunteers and residents about the signs of loneliness, poverty and debt.",
      },
      {
        nl: "Bewustwordingscampagnes om stigma's en schaamte te doorbreken.",
        en: "Awareness campaigns to break stigma and shame.",
      },
      {
        nl: "Voorlichting, bemiddeling en passende interventies bij geluidsoverlast en burenconflicten.",
        en: "Information, mediation and fitting interventions for noise nuisance and neighbour conflicts.",
      },
      { nl: "De meldingsbereidheid vergroten.", en: "Raise residents' willingness to report." },
    ],
    strategyLine: "zichtbaarheid-continuiteit",
    subgoals: ["acceptatie-hulpverlening", "signalering-omzien", "meldingsbereidheid", "hulpverlening-overlast"],
    provenance: "stated",
    section: "Bijlage 3",
    provenanceOf: { strategyLine: "interpreted", subgoals: "interpreted" },
  },
];
