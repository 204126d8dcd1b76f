import type { Status } from "../../evaluate/Evaluation.js";
import type { Language } from "../../format/Language.js";

// Every text of the report's frame, per language. The figures in them come from the library's
// number format; the explanations themselves come from `evaluate`.

export interface Words {
  readonly title: string;
  readonly status: Readonly<Record<Status, string>>;
  readonly synthetic: { readonly banner: string; readonly header: string; readonly reminder: string };
  readonly unprotected: { readonly banner: string; readonly header: string; readonly text: string };
  readonly facts: {
    readonly gemeente: string;
    readonly period: string;
    readonly series: string;
    readonly model: string;
    readonly data: string;
    readonly area: string;
    readonly protection: string;
  };
  readonly comparedWith: (baseline: string) => string;
  readonly complete: string;
  readonly partial: (day: string) => string;
  readonly protectionOn: (threshold: string, withheld: string, secondary: string) => string;
  readonly protectionNone: (threshold: string) => string;
  readonly protectionOff: string;
  readonly sections: {
    readonly summary: string;
    readonly plan: string;
    readonly do: string;
    readonly check: string;
    readonly act: string;
  };
  readonly navigation: string;
  readonly summary: {
    readonly intro: string;
    readonly goal: string;
    readonly score: string;
    readonly change: (previous: string) => string;
    readonly counts: string;
    readonly noScore: string;
    readonly noPrevious: string;
    readonly points: string;
    readonly notComparable: (before: string, now: string) => string;
    readonly lagging: (count: string, total: string) => string;
    readonly noneLagging: string;
    readonly notJudged: (count: string) => string;
    readonly gaps: (count: string) => string;
    readonly chartTitle: (area: string, period: string) => string;
    readonly chartDescription: (items: string) => string;
    readonly findings: string;
  };
  readonly plan: {
    readonly intro: string;
    readonly subgoals: string;
    readonly measuredBy: string;
    readonly notMeasured: string;
    readonly servedBy: string;
    readonly noMethod: string;
    readonly factorsHeading: string;
    readonly factor: string;
    readonly objective: string;
    readonly criterion: string;
    readonly target: string;
    readonly strategyHeading: string;
    readonly strategyLine: string;
    readonly layer: string;
    readonly role: string;
    readonly by: string;
    readonly elements: string;
    readonly methods: string;
    readonly interpretedLegend: string;
  };
  readonly do: {
    readonly intro: string;
    readonly none: string;
    readonly missing: (indicators: string) => string;
    readonly area: string;
    readonly caption: (period: string) => string;
    readonly presence: (indicator: string, count: string, total: string, kind: string, all: boolean) => string;
    readonly presenceUnknown: (count: string) => string;
    readonly presenceNoData: (indicator: string, kind: string) => string;
  };
  readonly check: {
    readonly intro: string;
    readonly goalLine: (score: string) => string;
    readonly overview: (goal: string) => string;
    readonly seeBelow: string;
    readonly seeAbove: string;
    readonly measure: string;
    readonly now: (period: string) => string;
    readonly baseline: (period: string) => string;
    readonly change: string;
    readonly target: string;
    readonly progress: string;
    readonly sentence: string;
    readonly otherFactors: string;
    readonly quality: string;
    readonly window: (current: string, baseline: string) => string;
    readonly windowNoBaseline: (current: string) => string;
    readonly covers: (areas: string, of: string, kind: string) => string;
    readonly withheld: (count: string, names: string) => string;
    readonly noNotes: string;
    readonly perArea: (indicator: string) => string;
    readonly perAreaFigures: (indicator: string) => string;
    readonly dumbbellDescription: (details: string) => string;
    readonly highest: (name: string, value: string) => string;
    readonly lowest: (name: string, value: string) => string;
    readonly statusTally: string;
    readonly trendTitle: (indicator: string, area: string) => string;
    readonly trendDescription: (points: string) => string;
    readonly trendFigures: (indicator: string) => string;
    readonly legendBaseline: (period: string) => string;
    readonly legendCurrent: (period: string) => string;
    readonly legendTarget: string;
    readonly baselineNote: (text: string) => string;
    readonly period: string;
    readonly value: string;
    readonly partialPoint: (day: string) => string;
    readonly respondents: (count: string) => string;
    readonly noResults: string;
    readonly targetReached: (value: string) => string;
    readonly noData: string;
  };
  readonly act: {
    readonly intro: string;
    readonly derived: string;
    readonly noLagging: string;
    readonly laggingSubgoals: string;
    readonly methodsHeading: string;
    readonly method: string;
    readonly serves: string;
    readonly noMethods: string;
    readonly agendaHeading: string;
    readonly agendaIntro: string;
    readonly withoutFactor: (subgoal: string, goal: string) => string;
    readonly withoutMethod: (subgoal: string, goal: string) => string;
    readonly laggingWithoutMethod: (subgoal: string) => string;
    readonly notJudged: (goals: string) => string;
    readonly goalLine: (score: string) => string;
  };
  readonly footer: { readonly made: string; readonly legend: string; readonly score: string };
  readonly kinds: Readonly<Record<"buurt" | "wijk" | "gemeente" | "area" | "mixed", (count: number) => string>>;
  readonly rules: {
    readonly increase: string;
    readonly decrease: string;
    readonly significantIncrease: string;
    readonly significantDecrease: string;
    readonly per: Readonly<Record<"year" | "quarter" | "month", string>>;
    readonly proRata: string;
    readonly tracked: string;
    readonly atLeast: string;
    readonly atMost: string;
    readonly between: (low: string, high: string) => string;
  };
  readonly and: string;
  readonly none: string;
  readonly interpreted: string;
  readonly derivedMark: string;
  readonly skip: string;
}

const plural = (one: string, many: string) => (count: number) => (count === 1 ? one : many);

const nl: Words = {
  title: "Buurtaanpak-rapportage",
  status: {
    achieved: "gehaald",
    "not-achieved": "niet gehaald",
    "on-track": "op koers",
    behind: "achter op schema",
    monitored: "gevolgd, geen doel",
    "no-data": "geen gegevens",
    "not-evaluable": "niet te beoordelen",
  },
  synthetic: {
    banner: "SYNTHETISCHE GEGEVENS: verzonnen cijfers ter demonstratie, géén echte cijfers",
    header: "SYNTHETISCH",
    reminder: "Let op: alle cijfers in dit rapport zijn synthetisch (verzonnen), niet echt.",
  },
  unprotected: {
    banner: "NIET VOOR PUBLICATIE",
    header: "NIET VOOR PUBLICATIE",
    text: "Kleine aantallen zijn in dit rapport niet afgeschermd: het toont ook cijfers over een handvol inwoners of huishoudens. Deel het niet buiten de organisatie.",
  },
  facts: {
    gemeente: "Gemeente",
    period: "Periode",
    series: "Reeks",
    model: "Visie",
    data: "Gegevens",
    area: "Gebied",
    protection: "Afscherming",
  },
  comparedWith: (baseline) => `vergeleken met ${baseline}`,
  complete: "volledige periode",
  partial: (day) => `tussenstand: gegevens t/m ${day}`,
  protectionOn: (threshold, withheld, secondary) =>
    `kleine aantallen afgeschermd (getoond als "${threshold}"): ${withheld} cellen, waarvan ${secondary} om andere te beschermen`,
  protectionNone: (threshold) =>
    `kleine aantallen afgeschermd (getoond als "${threshold}"); in deze periode was niets af te schermen`,
  protectionOff: "uit: alle cijfers worden getoond",
  sections: {
    summary: "Samenvatting",
    plan: "Plan: wat de visie beoogt",
    do: "Do: wat er gedaan is",
    check: "Check: waar de succesfactoren staan",
    act: "Act: wat de koppelingen in de visie aanreiken",
  },
  navigation: "Inhoud",
  summary: {
    intro:
      "Per doel: de score (het deel van de beoordeelde succesfactoren dat gehaald of op koers is), de verandering sinds de vorige periode en het aantal succesfactoren per status.",
    goal: "Doel",
    score: "Score",
    change: (previous) => `Sinds ${previous}`,
    counts: "Succesfactoren per status",
    noScore: "geen score",
    noPrevious: "geen vorige periode",
    points: "procentpunt",
    notComparable: (before, now) => `niet vergelijkbaar (${before} → ${now} beoordeeld)`,
    lagging: (count, total) =>
      `${count} van de ${total} doelen blijven achter: ten minste één succesfactor is niet gehaald of ligt achter op schema.`,
    noneLagging: "Geen doel blijft achter.",
    notJudged: (count) => `${count} doelen zijn niet te beoordelen: er zijn geen succesfactoren met een oordeel.`,
    gaps: (count) => `${count} subdoelen hebben geen succesfactor: daarop meet de visie niets (zie Act).`,
    chartTitle: (area, period) => `Score per doel in ${area}, ${period}`,
    chartDescription: (items) => `Staafdiagram van de score per doel, van 0 tot 100%: ${items}.`,
    findings: "In het kort",
  },
  plan: {
    intro:
      "De doelen en subdoelen van de visie, de succesfactoren die ze meten met hun doel, en de strategielijnen met wie ze draagt.",
    subgoals: "Subdoelen",
    measuredBy: "gemeten door",
    notMeasured: "geen succesfactor: hierop meet de visie niets",
    servedBy: "methoden",
    noMethod: "geen methode",
    factorsHeading: "Succesfactoren en hun doel",
    factor: "Succesfactor",
    objective: "Doelstelling",
    criterion: "Succesfactor in de visie",
    target: "Doel",
    strategyHeading: "Strategielijnen",
    strategyLine: "Strategielijn",
    layer: "Laag",
    role: "Rol",
    by: "Door",
    elements: "Elementen",
    methods: "Methoden",
    interpretedLegend:
      '"interpretatie" markeert wat deze bibliotheek uit de visie afleidt (een koppeling die de tekst niet zelf legt, of een tabelcel die bij het overnemen zijn plaats verloor); de rest zijn de woorden van de visie.',
  },
  do: {
    intro:
      "De activiteiten per buurt in de periode, uit de registraties van de partners: aantallen activiteiten, partners en aanwezigheid.",
    none: "Er zijn geen activiteitencijfers aangeleverd. Geef de indicatoren van activiteiten, partners en aanwezigheid op om dit deel te vullen.",
    missing: (indicators) => `Geen resultaten voor: ${indicators}.`,
    area: "Gebied",
    caption: (period) => `Activiteiten per gebied, ${period}`,
    presence: (indicator, count, total, kind, all) =>
      `${indicator}: in ${count} van de ${total} ${kind}${all ? "" : " met gegevens"} meer dan 0.`,
    presenceUnknown: (count) => ` Van ${count} is het cijfer afgeschermd om andere te beschermen.`,
    presenceNoData: (indicator, kind) => `${indicator}: geen gegevens per ${kind}.`,
  },
  check: {
    intro:
      "Per doel de succesfactoren die het meten: de status, de cijfers tegen de basisperiode, het doel en de voortgang; per buurt de basis tegen nu; de trend over de reeks; en wat er over de gegevens te weten is.",
    goalLine: (score) => `Score ${score}. Succesfactoren: `,
    overview: (goal) => `Succesfactoren van ${goal}`,
    seeBelow: "details hieronder",
    seeAbove: "details eerder",
    measure: "Meting",
    now: (period) => `Nu (${period})`,
    baseline: (period) => `Basis (${period})`,
    change: "Verandering",
    target: "Doel",
    progress: "Voortgang",
    sentence: "Toelichting",
    otherFactors: "Succesfactoren zonder doel",
    quality: "Over de gegevens",
    window: (current, baseline) => `Vergeleken: ${current} tegen ${baseline}.`,
    windowNoBaseline: (current) => `Vergeleken: ${current}.`,
    covers: (areas, of, kind) =>
      `Gelijke set: de vergelijking telt ${areas} van de ${of} ${kind} met gegevens, die in beide periodes gegevens hebben.`,
    withheld: (count, names) => `Afgeschermd (te weinig waarnemingen om te tonen): ${count} gebieden (${names}).`,
    noNotes: "Geen bijzonderheden.",
    perArea: (indicator) => `${indicator} per gebied`,
    perAreaFigures: (indicator) => `Cijfers per gebied: ${indicator}`,
    dumbbellDescription: (details) =>
      `Per gebied de basisperiode (open cirkel) en nu (dichte cirkel), gesorteerd van hoog naar laag, met het doel als streepje. ${details}`,
    highest: (name, value) => `Hoogste nu: ${name} (${value}).`,
    lowest: (name, value) => `Laagste nu: ${name} (${value}).`,
    statusTally: "Status per gebied",
    trendTitle: (indicator, area) => `${indicator} in ${area} over de reeks`,
    trendDescription: (points) => `Lijn van de waarde per periode: ${points}.`,
    trendFigures: (indicator) => `Reeks: ${indicator}`,
    legendBaseline: (period) => `basis ${period}`,
    legendCurrent: (period) => `nu ${period}`,
    legendTarget: "doel",
    baselineNote: (text) => `basis: ${text}`,
    period: "Periode",
    value: "Waarde",
    partialPoint: (day) => `t/m ${day}`,
    respondents: (count) => `n=${count}`,
    noResults: "Geen resultaten per gebied.",
    targetReached: (value) => `doel ${value}`,
    noData: "geen gegevens",
  },
  act: {
    intro:
      "Voor elk doel en subdoel dat achterblijft: de methoden die het volgens de visie dienen, hun strategielijn, en wie aan zet is. Daarna wat de visie niet meet of niet aanpakt, als punten voor de agenda.",
    derived:
      "Afgeleid uit de koppelingen in de visie (methode → subdoel → doel, strategielijn → door). Dit is geen advies dat de visie geeft, maar een overzicht om het gesprek mee te beginnen.",
    noLagging: "Geen doel blijft achter in deze periode.",
    laggingSubgoals: "Achterblijvende subdoelen",
    methodsHeading: "Methoden die dit doel dienen",
    method: "Methode",
    serves: "Dient de achterblijvende subdoelen",
    noMethods: "De visie koppelt geen methode aan dit doel.",
    agendaHeading: "Agenda: wat de visie niet meet of niet aanpakt",
    agendaIntro: "Subdoelen zonder succesfactor of zonder methode (de dekking van de visie).",
    withoutFactor: (subgoal, goal) => `${subgoal} (${goal}): geen succesfactor. Afspreken hoe dit gemeten wordt.`,
    withoutMethod: (subgoal, goal) => `${subgoal} (${goal}): geen methode. Afspreken wie hieraan werkt en hoe.`,
    laggingWithoutMethod: (subgoal) => `${subgoal}: blijft achter, maar geen methode dient het.`,
    notJudged: (goals) => `Niet te beoordelen (geen succesfactor met een oordeel): ${goals}.`,
    goalLine: (score) => `Score ${score}. Succesfactoren: `,
  },
  footer: {
    made: "Gemaakt met buurtaanpak uit de gegevens en de visie hierboven genoemd. Het rapport rekent niets zelf uit: elk cijfer komt uit de evaluatie.",
    legend: "Legenda",
    score:
      "Score = het deel van de beoordeelde succesfactoren dat gehaald of op koers is; factoren zonder gegevens, zonder doel of die niet te beoordelen zijn tellen niet mee.",
  },
  kinds: {
    buurt: plural("buurt", "buurten"),
    wijk: plural("wijk", "wijken"),
    gemeente: plural("gemeente", "gemeenten"),
    area: plural("gebied", "gebieden"),
    mixed: plural("gebied", "gebieden"),
  },
  rules: {
    increase: "toename",
    decrease: "afname",
    significantIncrease: "significante toename",
    significantDecrease: "significante afname",
    per: { year: "per jaar", quarter: "per kwartaal", month: "per maand" },
    proRata: "naar rato",
    tracked: "geen doel (gevolgd)",
    atLeast: "minstens",
    atMost: "hoogstens",
    between: (low, high) => `tussen ${low} en ${high}`,
  },
  and: "en",
  none: "geen",
  interpreted: "interpretatie",
  derivedMark: "afgeleid uit de koppelingen in de visie",
  skip: "Naar de inhoud",
};

const en: Words = {
  title: "Buurtaanpak report",
  status: {
    achieved: "achieved",
    "not-achieved": "not achieved",
    "on-track": "on track",
    behind: "behind",
    monitored: "monitored, no target",
    "no-data": "no data",
    "not-evaluable": "cannot be judged",
  },
  synthetic: {
    banner: "SYNTHETIC DATA: made-up figures for demonstration, NOT real figures",
    header: "SYNTHETIC",
    reminder: "Note: all figures in this report are synthetic (made up), not real.",
  },
  unprotected: {
    banner: "NOT FOR PUBLICATION",
    header: "NOT FOR PUBLICATION",
    text: "Small numbers are not withheld in this report: it also shows figures about a handful of residents or households. Do not share it outside the organisation.",
  },
  facts: {
    gemeente: "Municipality",
    period: "Period",
    series: "Series",
    model: "Vision",
    data: "Data",
    area: "Area",
    protection: "Protection",
  },
  comparedWith: (baseline) => `compared with ${baseline}`,
  complete: "complete period",
  partial: (day) => `interim: data through ${day}`,
  protectionOn: (threshold, withheld, secondary) =>
    `small numbers withheld (shown as "${threshold}"): ${withheld} cells, ${secondary} of them to protect others`,
  protectionNone: (threshold) =>
    `small numbers withheld (shown as "${threshold}"); nothing needed withholding in this period`,
  protectionOff: "off: every figure is shown",
  sections: {
    summary: "Summary",
    plan: "Plan: what the vision aims at",
    do: "Do: what was done",
    check: "Check: where the success factors stand",
    act: "Act: what the links in the vision point to",
  },
  navigation: "Contents",
  summary: {
    intro:
      "Per goal: the score (the share of judged success factors that were achieved or are on track), the change since the previous period, and the number of success factors per status.",
    goal: "Goal",
    score: "Score",
    change: (previous) => `Since ${previous}`,
    counts: "Success factors per status",
    noScore: "no score",
    noPrevious: "no previous period",
    points: "percentage points",
    notComparable: (before, now) => `not comparable (${before} → ${now} judged)`,
    lagging: (count, total) =>
      `${count} of the ${total} goals lag: at least one success factor was not achieved or is behind.`,
    noneLagging: "No goal lags.",
    notJudged: (count) => `${count} goals cannot be judged: none of their success factors has a verdict.`,
    gaps: (count) => `${count} sub-goals have no success factor: the vision measures nothing there (see Act).`,
    chartTitle: (area, period) => `Score per goal in ${area}, ${period}`,
    chartDescription: (items) => `Bar chart of the score per goal, from 0 to 100%: ${items}.`,
    findings: "In short",
  },
  plan: {
    intro:
      "The goals and sub-goals of the vision, the success factors that measure them with their targets, and the strategy lines with who carries them.",
    subgoals: "Sub-goals",
    measuredBy: "measured by",
    notMeasured: "no success factor: the vision measures nothing here",
    servedBy: "methods",
    noMethod: "no method",
    factorsHeading: "Success factors and their targets",
    factor: "Success factor",
    objective: "Objective",
    criterion: "Success factor in the vision",
    target: "Target",
    strategyHeading: "Strategy lines",
    strategyLine: "Strategy line",
    layer: "Layer",
    role: "Role",
    by: "By",
    elements: "Elements",
    methods: "Methods",
    interpretedLegend:
      '"interpretation" marks what this library reads into the vision (a link the text implies but never draws, or a table cell that lost its place when the text was extracted); the rest are the vision\'s own words.',
  },
  do: {
    intro:
      "The activities per neighbourhood in the period, from the partners' records: counts of activities, partners and presence.",
    none: "No activity figures were given. Name the indicators of activities, partners and presence to fill this part.",
    missing: (indicators) => `No results for: ${indicators}.`,
    area: "Area",
    caption: (period) => `Activities per area, ${period}`,
    presence: (indicator, count, total, kind, all) =>
      `${indicator}: more than 0 in ${count} of the ${total} ${kind}${all ? "" : " with figures"}.`,
    presenceUnknown: (count) => ` For ${count}, the figure is withheld to protect others.`,
    presenceNoData: (indicator, kind) => `${indicator}: no figures per ${kind}.`,
  },
  check: {
    intro:
      "Per goal the success factors that measure it: the status, the figures against the baseline, the target and the progress; per neighbourhood the baseline against now; the trend over the series; and what to know about the data.",
    goalLine: (score) => `Score ${score}. Success factors: `,
    overview: (goal) => `Success factors of ${goal}`,
    seeBelow: "details below",
    seeAbove: "details earlier",
    measure: "Measure",
    now: (period) => `Now (${period})`,
    baseline: (period) => `Baseline (${period})`,
    change: "Change",
    target: "Target",
    progress: "Progress",
    sentence: "Explanation",
    otherFactors: "Success factors without a goal",
    quality: "About the data",
    window: (current, baseline) => `Compared: ${current} against ${baseline}.`,
    windowNoBaseline: (current) => `Compared: ${current}.`,
    covers: (areas, of, kind) =>
      `Like for like: the comparison counts ${areas} of the ${of} ${kind} with data, those with data in both periods.`,
    withheld: (count, names) => `Withheld (too few observations to show): ${count} areas (${names}).`,
    noNotes: "Nothing to note.",
    perArea: (indicator) => `${indicator} per area`,
    perAreaFigures: (indicator) => `Figures per area: ${indicator}`,
    dumbbellDescription: (details) =>
      `Per area the baseline (open circle) and now (filled circle), sorted from high to low, with the target as a tick. ${details}`,
    highest: (name, value) => `Highest now: ${name} (${value}).`,
    lowest: (name, value) => `Lowest now: ${name} (${value}).`,
    statusTally: "Status per area",
    trendTitle: (indicator, area) => `${indicator} in ${area} over the series`,
    trendDescription: (points) => `Line of the value per period: ${points}.`,
    trendFigures: (indicator) => `Series: ${indicator}`,
    legendBaseline: (period) => `baseline ${period}`,
    legendCurrent: (period) => `now ${period}`,
    legendTarget: "target",
    baselineNote: (text) => `baseline: ${text}`,
    period: "Period",
    value: "Value",
    partialPoint: (day) => `through ${day}`,
    respondents: (count) => `n=${count}`,
    noResults: "No results per area.",
    targetReached: (value) => `target ${value}`,
    noData: "no data",
  },
  act: {
    intro:
      "For each goal and sub-goal that lags: the methods that serve it by the vision's links, their strategy line, and who is to act. Then what the vision does not measure or work on, as items for the agenda.",
    derived:
      "Derived from the links in the vision (method → sub-goal → goal, strategy line → by). This is not advice the vision gives, but an overview to start the conversation with.",
    noLagging: "No goal lags in this period.",
    laggingSubgoals: "Lagging sub-goals",
    methodsHeading: "Methods that serve this goal",
    method: "Method",
    serves: "Serves the lagging sub-goals",
    noMethods: "The vision links no method to this goal.",
    agendaHeading: "Agenda: what the vision does not measure or work on",
    agendaIntro: "Sub-goals without a success factor or without a method (the coverage of the vision).",
    withoutFactor: (subgoal, goal) => `${subgoal} (${goal}): no success factor. Agree on how to measure it.`,
    withoutMethod: (subgoal, goal) => `${subgoal} (${goal}): no method. Agree on who works on it, and how.`,
    laggingWithoutMethod: (subgoal) => `${subgoal}: lags, but no method serves it.`,
    notJudged: (goals) => `Cannot be judged (no success factor with a verdict): ${goals}.`,
    goalLine: (score) => `Score ${score}. Success factors: `,
  },
  footer: {
    made: "Made with buurtaanpak from the data and the vision named above. The report computes nothing itself: every figure comes from the evaluation.",
    legend: "Legend",
    score:
      "Score = the share of judged success factors that were achieved or are on track; factors without data, without a target or that cannot be judged do not count.",
  },
  kinds: {
    buurt: plural("neighbourhood", "neighbourhoods"),
    wijk: plural("district", "districts"),
    gemeente: plural("municipality", "municipalities"),
    area: plural("area", "areas"),
    mixed: plural("area", "areas"),
  },
  rules: {
    increase: "increase",
    decrease: "decrease",
    significantIncrease: "significant increase",
    significantDecrease: "significant decrease",
    per: { year: "per year", quarter: "per quarter", month: "per month" },
    proRata: "pro rata",
    tracked: "no target (monitored)",
    atLeast: "at least",
    atMost: "at most",
    between: (low, high) => `between ${low} and ${high}`,
  },
  and: "and",
  none: "none",
  interpreted: "interpretation",
  derivedMark: "derived from the links in the vision",
  skip: "Skip to the content",
};

/** The words of a language. */
export const words: Readonly<Record<Language, Words>> = { nl, en };
