import type { StrategyLine } from "../../model/vision.js";

// Section 5, "Implementatiestrategie". The lines and their elements are stated; the layer,
// role and "door" (by whom) are read from Figuur 1, whose layout the PDF extraction lost.
export const strategyLines: StrategyLine[] = [
  // Section 5, Strategielijn 1
  {
    id: "anticiperen-aansluiten-adopteren",
    label: { nl: "Anticiperen, aansluiten en adopteren", en: "Anticipate, connect and adopt" },
    description: {
      nl: "Integraal kijken en werken gebeurt niet vanzelf. We zijn alert op kansen die zich voordoen en we maken bewuste keuzes. Alleen zo kan er geanticipeerd en aangesloten worden op goede ideeën, beleidsdoelstellingen en initiatieven van buitenaf.",
      en: "Looking and working across domains does not happen by itself. We watch for opportunities and make deliberate choices. Only then can we anticipate and connect to good ideas, policy aims and initiatives from outside.",
    },
    layer: { nl: "ORGANISATIE (integrale samenwerking)", en: "ORGANISATION (integrated cooperation)" },
    role: { nl: "VERBINDER", en: "CONNECTOR" },
    by: { nl: "Projectgroep", en: "Project group" },
    elements: [
      {
        id: "gezamenlijke-visie",
        label: { nl: "Gezamenlijke visie", en: "Shared vision" },
        description: {
          nl: "We dragen een gezamenlijke visie uit zowel naar onze eigen achterban als in gremia die buiten de Buurtaanpak vallen (bijv. regionale initiatieven). Met het bundelen van onze krachten verwachten we grip te krijgen op de complexe thematieken.",
          en: "We convey a shared vision both to our own constituencies and in bodies outside the Buurtaanpak (for example regional initiatives). By combining our forces we expect to get a grip on the complex themes.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "breed-integraal",
        label: { nl: "Breed en integraal", en: "Broad and integrated" },
        description: {
          nl: "Onze interventies zijn erop gericht een of meerdere doelen te adresseren, afgestemd op verschillende niveaus van impact (individu, gebouw, straat, buurt of wijk). Daarmee sturen we op maximale impact met beschikbare tijd, geld en middelen.",
          en: "Our interventions aim at one or more goals, tuned to different levels of impact (individual, building, street, neighbourhood or district). This way we steer for maximum impact with the time, money and means available.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "synergie-politiek-beleid",
        label: { nl: "Synergie met politiek en beleid", en: "Synergy with politics and policy" },
        description: {
          nl: "De politiek en andere beleidsafdelingen van de gemeente Alblasserdam zijn goed op de hoogte van de Buurtaanpak. Zowel vanuit de politiek en het beleid, als vanuit de Buurtaanpak wordt actief gezocht naar verbindingen en oplossingen. Daarmee worden kansen eerder herkend, bedreigingen afgewend en collectief gestuurd op het aanpakken van hoofdoorzaken.",
          en: "The council and other policy departments of the municipality of Alblasserdam are well informed about the Buurtaanpak. Both politics and policy and the Buurtaanpak actively look for connections and solutions. Opportunities are thus recognised sooner, threats averted, and root causes tackled collectively.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "signaleringsfunctie",
        label: { nl: "Signaleringsfunctie", en: "Early-warning function" },
        // The "helder escalatiemodel" is stated; the vision does not define its levels.
        description: {
          nl: "We zitten in de wijk en zien wat er speelt. Wij vervullen de rol van signalerende partner voor andere beleidsafdelingen (binnen de gemeente Alblasserdam, de Drechtsteden, andere afdelingen van de woningcorporatie, de welzijnsinstellingen en voor onze netwerkpartners); Onze aanpak wordt daarmee preventief (gebaseerd op signalen) in plaats van vraag gestuurd bij noodgevallen; Korte lijnen tussen de formele en informele partners zorgen voor het snel en adequaat reageren op ongewenste ontwikkelingen en op de behoeften die er leven. Mocht de wortel van het probleem een grootschaligere aanpak behoeven, dan ligt er ook een helder escalatiemodel.",
          en: "We are in the district and see what is going on. We act as the early-warning partner for other policy departments (within the municipality of Alblasserdam, the Drechtsteden, other departments of the housing association, the welfare organisations and our network partners). Our approach thus becomes preventive (based on signals) rather than demand-driven in emergencies. Short lines between formal and informal partners allow a quick and adequate response to unwanted developments and to the needs that exist. Should the root of a problem need a larger-scale approach, there is also a clear escalation model.",
        },
        provenance: "stated",
        section: "5",
      },
    ],
    provenance: "stated",
    section: "5",
    provenanceOf: { layer: "interpreted", role: "interpreted", by: "interpreted" },
  },
  // Section 5, Strategielijn 2
  {
    id: "zichtbaarheid-continuiteit",
    label: { nl: "Zichtbaarheid en continuïteit", en: "Visibility and continuity" },
    description: {
      nl: "Aantrekkingskracht is essentieel. Als mensen weten waar je voor staat kunnen ze zich makkelijker bij je aansluiten. Dit geldt voor professionals en voor inwoners. Dit vraagt van de Buurtaanpak zichtbaar te zijn in de buurten met cyclische activiteiten (zodat ze op den duur herkend kunnen worden).",
      en: "Appeal is essential. When people know what you stand for, they can join you more easily. This holds for professionals and for residents. It asks the Buurtaanpak to be visible in the neighbourhoods with recurring activities (so that, in time, they are recognised).",
    },
    layer: { nl: "METHODEN & INTERVENTIES", en: "METHODS & INTERVENTIONS" },
    role: { nl: "COORDINATOR", en: "COORDINATOR" },
    by: { nl: "Werkgroepen & partners", en: "Working groups and partners" },
    elements: [
      {
        id: "ruimte-voor-creativiteit",
        label: { nl: "Ruimte voor creativiteit", en: "Room for creativity" },
        description: {
          nl: "Wij zoeken naar alternatieven vanuit de leefwereld van onze bewoners. Mensen die hulp behoeven worden ontmoet waar zij zitten. Hiervoor wijken we, wanneer nodig en wanneer mogelijk, af van de gebaande paden.",
          en: "We look for alternatives from our residents' own world. People who need help are met where they are. For this we leave the beaten track when needed and when possible.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "laagdrempelig-vindbaar",
        label: { nl: "Laagdrempelig en vindbaar", en: "Approachable and easy to find" },
        description: {
          nl: "We bouwen aan een hechte band met onze formele en informele partners. Zo versterken we informatiepositie en stemmen we vlot af. Dit maakt het ook mogelijk om de Buurtaanpak collectief te sturen op het realiseren van de doelstellingen.",
          en: "We build a close bond with our formal and informal partners. This strengthens our information position and lets us coordinate quickly. It also makes it possible to steer the Buurtaanpak collectively towards its objectives.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "relatie-met-inwoners",
        label: { nl: "Relatie met inwoners", en: "Relationship with residents" },
        description: {
          nl: "Wij sturen op creatieve en uitnodigende manieren om mensen te bereiken en hun problematieken aan te pakken. Wanneer mensen de benodigde hulp weten te vinden, dan stimuleert dit hun zelfredzaamheid, veerkracht, gezondheid en samenredzaamheid.",
          en: "We aim for creative and inviting ways to reach people and tackle their problems. When people know how to find the help they need, this strengthens their self-reliance, resilience, health and mutual self-reliance.",
        },
        provenance: "stated",
        section: "5",
      },
    ],
    provenance: "stated",
    section: "5",
    provenanceOf: { layer: "interpreted", role: "interpreted", by: "interpreted" },
  },
  // Section 5, Strategielijn 3
  {
    id: "kennisdeling-inzicht-overzicht",
    label: { nl: "Kennisdeling, inzicht en overzicht", en: "Knowledge sharing, insight and overview" },
    description: {
      nl: "Zelfs met de beste intenties kun je niet voorkomen dat er soms dingen misgaan. Door lessen, kennis en (daar waar mogelijk) data te delen willen we als collectief krachtiger en impactvoller worden. Het delen van geleerde lessen helpt ook bij het anticiperen op kansen en bedreigingen.",
      en: "Even with the best intentions you cannot prevent things from sometimes going wrong. By sharing lessons, knowledge and (where possible) data, we want to become stronger and more effective as a collective. Sharing lessons learned also helps to anticipate opportunities and threats.",
    },
    layer: {
      nl: "BESTURING & MONITORING (monitoring, kennisdeling)",
      en: "STEERING & MONITORING (monitoring, knowledge sharing)",
    },
    role: { nl: "EIGENAAR", en: "OWNER" },
    by: { nl: "Stuur- en projectgroep", en: "Steering group and project group" },
    elements: [
      {
        id: "kennis-geleerde-lessen",
        label: { nl: "Kennis en geleerde lessen", en: "Knowledge and lessons learned" },
        description: {
          nl: "Wij borgen en delen geleerde lessen, expertise en kennis naar onze stuurgroep en in de samenwerking met onze partners. Positieve dialoog is de basis, iedereen heeft de vrijheid om gedeelde kennis op eigen wijze te integreren.",
          en: "We secure and share lessons learned, expertise and knowledge with our steering group and in our cooperation with partners. Positive dialogue is the basis; everyone is free to integrate shared knowledge in their own way.",
        },
        provenance: "stated",
        section: "5",
      },
      {
        id: "plan-do-check-act",
        label: { nl: "Plan-do-check-act", en: "Plan-do-check-act" },
        description: {
          nl: "Er wordt gestuurd op verbetering van de dienstverlening door het structureel monitoren en rapporteren van onze impact. Praktische indicatoren zijn gemakkelijk bij te houden, hetgeen draagvlak stimuleert en bijdraagt aan het losmaken van energie (van inwoner tot bestuur).",
          en: "We steer for better services by monitoring and reporting our impact structurally. Practical indicators are easy to keep up, which builds support and helps release energy (from resident to board).",
        },
        provenance: "stated",
        section: "5",
      },
    ],
    provenance: "stated",
    section: "5",
    provenanceOf: { layer: "interpreted", role: "interpreted", by: "interpreted" },
  },
];
