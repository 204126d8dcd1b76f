import type { Goal } from "../../model/vision.js";

// Section 4.3, "Doelen": four doelstellingen and their fifteen sub-goals. The Dutch
// descriptions are the vision's explanatory sentences. Each goal's theme is our reading.
export const goals: Goal[] = [
  // Section 4.3, Doelstelling 1
  {
    id: "tolerantie-solidariteit",
    label: { nl: "Meer tolerantie & solidariteit", en: "More tolerance and solidarity" },
    description: {
      nl: "Wantrouwen en elkaar niet kennen maakt plaats voor vertrouwen, elkaar kennen en naar elkaar omzien.",
      en: "Distrust and not knowing each other give way to trust, knowing each other and looking out for each other.",
    },
    theme: "tolerantie-solidariteit",
    subgoals: [
      {
        id: "ontmoetingen-interactie",
        label: {
          nl: "Meer ontmoetingen en interactie t.b.v. positieve ervaringen",
          en: "More encounters and interaction for positive experiences",
        },
        description: {
          nl: "Positieve ervaringen vergroten de verbondenheid met een plek en de mensen op die plek. Hiermee leggen we de basis voor meer sociale samenhang, tolerantie en solidariteit.",
          en: "Positive experiences strengthen the bond with a place and the people in it. This lays the foundation for more social cohesion, tolerance and solidarity.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "ontwikkelperspectief",
        label: { nl: "Meer ontwikkelperspectief", en: "More prospects for development" },
        description: {
          nl: "Een woonplek die kansen biedt voor het maken van een wooncarrière, talentontwikkeling en werkgelegenheid, die maakt dat inwoners hun leven op orde kunnen krijgen en houden. Daarmee ontstaat er ruimte voor empathie en om naar anderen om te kijken.",
          en: "A place to live that offers chances for a housing career, talent development and employment, so that residents can get their lives in order and keep them so. That makes room for empathy and for looking out for others.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "toegankelijke-hulp",
        label: { nl: "Beter toegankelijke hulp- en dienstverlening", en: "More accessible help and services" },
        description: {
          nl: "Met aanwezigheid in de buurt vergroten partijen hun zichtbaarheid en vindbaarheid, zodat mensen sneller binnenlopen voor zichzelf of voor anderen. Ook kunnen partijen op deze manier beter signaleren en escalatie voorkomen.",
          en: "By being present in the neighbourhood, organisations become more visible and easier to find, so that people drop in sooner, for themselves or for others. This also lets organisations spot problems better and prevent escalation.",
        },
        provenance: "stated",
        section: "4.3",
      },
    ],
    provenance: "stated",
    section: "4.3",
    provenanceOf: { theme: "interpreted" },
  },
  // Section 4.3, Doelstelling 2
  {
    id: "eenzaamheid-armoede-schulden",
    label: { nl: "Minder eenzaamheid, armoede & schulden", en: "Less loneliness, poverty and debt" },
    description: {
      nl: "Eenzaamheid, armoede en schulden gaan vaak hand in hand. Met de volgende doelstellingen willen we onze inwoners een leefomgeving bieden die hen helpt om de regie over hun leven terug te pakken.",
      en: "Loneliness, poverty and debt often go hand in hand. With the following objectives we want to offer our residents a living environment that helps them take back control of their lives.",
    },
    theme: "armoede-eenzaamheid-schulden",
    subgoals: [
      {
        id: "signalering-omzien",
        label: {
          nl: "Betere signalering en omzien naar elkaar",
          en: "Better early warning and looking out for each other",
        },
        description: {
          nl: "Met vroegtijdige signalering kunnen we tijdig ondersteuning bieden en erger voorkomen.",
          en: "With early warning we can offer support in time and prevent worse.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "acceptatie-hulpverlening",
        label: {
          nl: "Meer acceptatie en bekendheid van hulpverlening",
          en: "More acceptance and awareness of support services",
        },
        description: {
          nl: "Pas als mensen zich vrij voelen om hun situatie te bespreken, kunnen zij naar gepaste hulp begeleid worden. Dit vereist een veilige en respectvolle omgeving.",
          en: "Only when people feel free to talk about their situation can they be guided to the right help. This requires a safe and respectful environment.",
        },
        provenance: "stated",
        section: "4.3",
      },
    ],
    provenance: "stated",
    section: "4.3",
    provenanceOf: { theme: "interpreted" },
  },
  // Section 4.3, Doelstelling 3
  {
    id: "socialere-omgeving",
    label: {
      nl: "Een socialere omgeving & betrokken gemeenschap",
      en: "A more social environment and an engaged community",
    },
    description: {
      nl: "Met een buitenruimte die ontmoetingen, sport en spel faciliteert is het voor inwoners makkelijker contact maken met elkaar, er een gezonde(re) leefstijl op na te houden en met hun kinderen tijd buiten door te brengen.",
      en: "Outdoor space that makes room for meeting, sport and play makes it easier for residents to get in touch with each other, to lead a healthier lifestyle and to spend time outdoors with their children.",
    },
    theme: "omgeving-gemeenschap",
    subgoals: [
      {
        id: "klimaatadaptief-biodivers",
        label: { nl: "Meer klimaatadaptief & biodivers", en: "More climate-adaptive and biodiverse" },
        description: {
          nl: "Een prettige buitenruimte kan onze steeds extremere weersomstandigheden aan en biedt ruimte aan flora en fauna en beschermt deze.",
          en: "Pleasant outdoor space copes with our ever more extreme weather, and gives room to and protects flora and fauna.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "ontmoetingen-sport-spel",
        label: { nl: "Meer ontmoetingen, sport en spel", en: "More encounters, sport and play" },
        description: {
          nl: "Voor meer positieve ervaringen en gezelligheid.",
          en: "For more positive experiences and conviviality.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "onderhouden-schoon-veilig",
        label: { nl: "Beter onderhouden, schoner & veiliger", en: "Better maintained, cleaner and safer" },
        description: {
          nl: "Plekken die goed onderhouden en schoon zijn, nodigen uit om eigenaarschap te tonen en stimuleren daardoor een gevoel van veiligheid. Betrokken buurtgenoten trappen zelf geen rotzooi en zullen sneller ingrijpen wanneer iemand anders wel de harmonie in een buurt verstoord.",
          en: "Places that are well kept and clean invite people to show ownership and so encourage a feeling of safety. Engaged neighbours do not make a mess themselves and will step in sooner when someone else does disturb the harmony of a neighbourhood.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "afhandeling-meldingen",
        label: { nl: "Betere afhandeling van meldingen", en: "Better handling of reports" },
        description: {
          nl: "wanneer betrokken inwoners een melding maken (e.g. via onze meldingsapp FIXIE) dienen ze snel en adequaat geholpen te worden - zo voelen zij zich gezien en gehoord wat weer hun toewijding en betrokkenheid bij de buurt vergroot.",
          en: "When engaged residents make a report (for example through our reporting app Fixi), they should be helped quickly and adequately - so they feel seen and heard, which in turn increases their commitment to and involvement in the neighbourhood.",
        },
        provenance: "stated",
        section: "4.3",
      },
    ],
    provenance: "stated",
    section: "4.3",
    provenanceOf: { theme: "interpreted" },
  },
  // Section 4.3, Doelstelling 4
  {
    id: "criminaliteit-overlast",
    label: { nl: "Minder criminaliteit & escalatie overlast", en: "Less crime and escalation of nuisance" },
    description: {
      nl: "Het verminderen van criminaliteit en daar waar het kan voorkomen van escalatie en overlast vergroot het gevoel van veiligheid in onze buurten en voorkomt intolerantie.",
      en: "Reducing crime and, where possible, preventing escalation and nuisance increases the feeling of safety in our neighbourhoods and prevents intolerance.",
    },
    theme: "veiligheid-overlast",
    subgoals: [
      {
        id: "minder-woonfraude",
        label: { nl: "Minder woonfraude", en: "Less housing fraud" },
        description: {
          nl: "Met betere samenwerking tussen relevante instanties en buurtbewoners, het actief bestrijden van illegale onderhuur en kamerverhuur en met het informeren over de gevolgen van woonfraude.",
          en: "Through better cooperation between the relevant agencies and residents, actively fighting illegal subletting and room letting, and informing people about the consequences of housing fraud.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "minder-dealen",
        label: { nl: "Minder dealen", en: "Less drug dealing" },
        description: {
          nl: "Met een betere samenwerking met lokale en regionale politie, instanties en inwoners en het vergroten van de meldingsbereidheid.",
          en: "Through better cooperation with local and regional police, agencies and residents, and by raising the willingness to report.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "minder-ondermijning",
        label: { nl: "Minder ondermijning", en: "Less subversive crime" },
        description: {
          nl: "Met een intensievere samenwerking met lokale partners en bewoners proberen we vroegtijdig te signaleren (melden) en kunnen we ondermijnende activiteiten adequater aanpakken.",
          en: "Through closer cooperation with local partners and residents we try to spot (report) things early, so we can tackle subversive activities more adequately.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "meldingsbereidheid",
        label: { nl: "Vergroten meldingsbereidheid", en: "Raise the willingness to report" },
        description: {
          nl: "Het is belangrijk dat mensen zich veilig genoeg voelen om overlastsituaties aan te kaarten (e.g. via onze meldingsapp FIXIE), omdat dit ons in staat adequaat te reageren op overlast en het borgen van de veiligheid in buurten.",
          en: "It is important that people feel safe enough to raise nuisance (for example through our reporting app Fixi), because this enables us to respond adequately to nuisance and to safeguard safety in neighbourhoods.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "zichtbaarheid-wijkagenten",
        label: {
          nl: "Vergroten bekendheid en zichtbaarheid wijkagenten",
          en: "Make community police officers better known and more visible",
        },
        description: {
          nl: "Wijkagenten spelen een cruciale rol in het handhaven van de veiligheid en het oplossen van overlastproblemen. Het is daarom belangrijk dat buurtbewoners hen kennen en er gemakkelijk contact opgenomen kan worden.",
          en: "Community police officers play a crucial role in keeping the peace and solving nuisance problems. It is therefore important that residents know them and can contact them easily.",
        },
        provenance: "stated",
        section: "4.3",
      },
      {
        id: "hulpverlening-overlast",
        label: { nl: "Meer hulpverlening bij overlast", en: "More help with nuisance" },
        description: {
          nl: "In het kader van saamhorigheid is het belangrijk dat conflicten duurzaam worden opgelost.",
          en: "For the sake of togetherness, it is important that conflicts are resolved for good.",
        },
        provenance: "stated",
        section: "4.3",
      },
    ],
    provenance: "stated",
    section: "4.3",
    provenanceOf: { theme: "interpreted" },
  },
];
