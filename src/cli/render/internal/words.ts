import { formatNumber, type Status } from "../../../index.js";

const nl = (count: number) => formatNumber(count, "nl");
const en = (count: number) => formatNumber(count, "en");

// Every text the reports print, per language. The explanations themselves come from
// `evaluate`; these are the frames around them.
export const words = {
  nl: {
    title: "Buurtaanpak-rapportage",
    synthetic: "SYNTHETISCHE GEGEVENS: verzonnen cijfers ter demonstratie, géén echte cijfers van",
    syntheticShort: "Synthetische gegevens",
    syntheticReminder: "Let op: alle cijfers hierboven zijn synthetisch (verzonnen), niet echt.",
    notForPublication: "NIET VOOR PUBLICATIE / not for publication",
    unprotectedText:
      "Kleine aantallen zijn niet afgeschermd (--unprotected): dit overzicht toont ook cijfers over een handvol inwoners of huishoudens. Deel het niet buiten de organisatie.",
    protection: "Afscherming",
    protectionOn: (threshold: string, withheld: string, secondary: string) =>
      `kleine aantallen afgeschermd (getoond als "${threshold}"): ${withheld} cellen, waarvan ${secondary} om andere te beschermen`,
    protectionNone: (threshold: string) =>
      `kleine aantallen afgeschermd (getoond als "${threshold}"); er was niets af te schermen`,
    protectionOff: "uit (--unprotected): alle cijfers worden getoond",
    perInhabitants: (thousand: string) => `per ${thousand} inwoners`,
    rateFootnote: (thousand: string, period: string, source: string) =>
      `Per ${thousand} inwoners: het getoonde aantal van ${period} gedeeld door het aantal inwoners van het gebied, maal ${thousand}, zodat buurten van verschillende grootte te vergelijken zijn; een afgeschermd aantal geeft een afgeschermd cijfer. Inwoners: ${source}.`,
    inhabitantsSource: (source: string, table: string | undefined, day: string | undefined) =>
      `${source}${table === undefined ? "" : `, tabel ${table}`}${day === undefined ? "" : `, per ${day}`}`,
    inhabitantsUnsourced: "de inwonertallen van de gebiedsindeling (het model noemt geen bron)",
    noInhabitants: "inwonertal onbekend",
    countOf: "aantal",
    model: "Model",
    data: "Gegevens",
    period: "Periode",
    baseline: "basisperiode",
    comparedWith: "vergeleken met basisperiode",
    complete: "volledige periode",
    partial: (day: string) => `tussenstand: gegevens t/m ${day}`,
    through: "t/m",
    areas: "Gebieden",
    legend: "Legenda",
    scoreNote:
      "Score = het deel van de beoordeelde factoren dat gehaald (of op koers) is; factoren zonder gegevens, zonder doel of die niet te beoordelen zijn tellen niet mee.",
    status: {
      achieved: "gehaald",
      "not-achieved": "niet gehaald",
      "on-track": "op koers",
      behind: "achter op schema",
      monitored: "gevolgd, geen doel",
      "no-data": "geen gegevens",
      "not-evaluable": "niet te beoordelen",
    } satisfies Record<Status, string>,
    group: "Groep",
    factors: (count: number) => (count === 1 ? "1 factor" : `${nl(count)} factoren`),
    score: "score",
    noScore: "geen score",
    target: "doel",
    change: "verandering",
    current: "nu",
    noDataAnywhere: "geen gegevens in enig gebied",
    areaCount: (count: number, buurten: boolean) =>
      buurten
        ? count === 1
          ? "1 buurt"
          : `${nl(count)} buurten`
        : count === 1
          ? "1 ander gebied"
          : `${nl(count)} andere gebieden`,
    noDataHere: "geen gegevens",
    noDataPerArea: "geen gegevens per buurt of gebied",
    buurten: "Buurten",
    valuePerArea: (buurten: boolean, period: string) => `Per ${buurten ? "buurt" : "gebied"} (${period})`,
    otherAreas: "Overige gebieden",
    perArea: "Per gebied",
    goals: "Doelen",
    goalsIntro: (area: string) => `Stand per doel in ${area} (aantal factoren per status, en score)`,
    coverage: "Dekking van de visie",
    withoutFactor: "Subdoelen zonder succesfactor (hierop meet de visie niets)",
    withoutMethod: "Subdoelen zonder methode (hiervoor noemt de visie geen aanpak)",
    none: "geen",
    dataCoverage: (area: string, withData: number, total: number) =>
      `${area}: gegevens voor ${nl(withData)} van de ${nl(total)} succesfactoren.`,
    missingData: "Zonder gegevens",
    notes: "Opmerkingen",
    under: "onder",
    rules: {
      increase: "toename",
      decrease: "afname",
      significantIncrease: "significante toename",
      significantDecrease: "significante afname",
      per: { year: "per jaar", quarter: "per kwartaal", month: "per maand" },
      proRata: "naar rato",
      tracked: "geen (gevolgd)",
      atLeast: "minstens",
      atMost: "hoogstens",
      points: "procentpunt",
    },
    table: {
      factor: "Factor",
      area: "Gebied",
      status: "Status",
      current: "Nu",
      baseline: "Basis",
      change: "Verandering",
      target: "Doel",
      explanation: "Toelichting",
      goal: "Doel",
      factors: "Factoren",
      score: "Score",
    },
  },
  en: {
    title: "Buurtaanpak report",
    synthetic: "SYNTHETIC DATA: made-up figures for demonstration, NOT real figures of",
    syntheticShort: "Synthetic data",
    syntheticReminder: "Note: all figures above are synthetic (made up), not real.",
    notForPublication: "NIET VOOR PUBLICATIE / not for publication",
    unprotectedText:
      "Small numbers are not withheld (--unprotected): this overview also shows figures about a handful of residents or households. Do not share it outside the organisation.",
    protection: "Protection",
    protectionOn: (threshold: string, withheld: string, secondary: string) =>
      `small numbers withheld (shown as "${threshold}"): ${withheld} cells, ${secondary} of them to protect others`,
    protectionNone: (threshold: string) =>
      `small numbers withheld (shown as "${threshold}"); nothing needed withholding`,
    protectionOff: "off (--unprotected): every figure is shown",
    perInhabitants: (thousand: string) => `per ${thousand} inhabitants`,
    rateFootnote: (thousand: string, period: string, source: string) =>
      `Per ${thousand} inhabitants: the count shown for ${period} divided by the area's inhabitants, times ${thousand}, so that neighbourhoods of different sizes can be compared; a withheld count gives a withheld rate. Inhabitants: ${source}.`,
    inhabitantsSource: (source: string, table: string | undefined, day: string | undefined) =>
      `${source}${table === undefined ? "" : `, table ${table}`}${day === undefined ? "" : `, as of ${day}`}`,
    inhabitantsUnsourced: "the inhabitants figures of the areas (the model names no source)",
    noInhabitants: "inhabitants unknown",
    countOf: "count",
    model: "Model",
    data: "Data",
    period: "Period",
    baseline: "baseline",
    comparedWith: "compared with baseline",
    complete: "complete period",
    partial: (day: string) => `interim: data through ${day}`,
    through: "through",
    areas: "Areas",
    legend: "Legend",
    scoreNote:
      "Score = the share of judged factors that were achieved (or are on track); factors without data, without a target or that cannot be judged do not count.",
    status: {
      achieved: "achieved",
      "not-achieved": "not achieved",
      "on-track": "on track",
      behind: "behind",
      monitored: "monitored, no target",
      "no-data": "no data",
      "not-evaluable": "cannot be judged",
    } satisfies Record<Status, string>,
    group: "Group",
    factors: (count: number) => (count === 1 ? "1 factor" : `${en(count)} factors`),
    score: "score",
    noScore: "no score",
    target: "target",
    change: "change",
    current: "now",
    noDataAnywhere: "no data in any area",
    areaCount: (count: number, buurten: boolean) =>
      buurten
        ? count === 1
          ? "1 neighbourhood"
          : `${en(count)} neighbourhoods`
        : count === 1
          ? "1 other area"
          : `${en(count)} other areas`,
    noDataHere: "no data",
    noDataPerArea: "no data per neighbourhood or area",
    buurten: "Neighbourhoods",
    valuePerArea: (buurten: boolean, period: string) => `By ${buurten ? "neighbourhood" : "area"} (${period})`,
    otherAreas: "Other areas",
    perArea: "Per area",
    goals: "Goals",
    goalsIntro: (area: string) => `Status per goal in ${area} (factors per status, and score)`,
    coverage: "Coverage of the vision",
    withoutFactor: "Sub-goals without a success factor (the vision measures nothing here)",
    withoutMethod: "Sub-goals without a method (the vision names no approach here)",
    none: "none",
    dataCoverage: (area: string, withData: number, total: number) =>
      `${area}: data for ${en(withData)} of the ${en(total)} success factors.`,
    missingData: "Without data",
    notes: "Notes",
    under: "under",
    rules: {
      increase: "increase",
      decrease: "decrease",
      significantIncrease: "significant increase",
      significantDecrease: "significant decrease",
      per: { year: "per year", quarter: "per quarter", month: "per month" },
      proRata: "pro rata",
      tracked: "none (monitored)",
      atLeast: "at least",
      atMost: "at most",
      points: "percentage points",
    },
    table: {
      factor: "Factor",
      area: "Area",
      status: "Status",
      current: "Now",
      baseline: "Baseline",
      change: "Change",
      target: "Target",
      explanation: "Explanation",
      goal: "Goal",
      factors: "Factors",
      score: "Score",
    },
  },
} as const;
