import type { Label } from "../../model/common.js";
import type { Warning, WarningCode } from "../Evaluation.js";

interface Subject {
  readonly indicator?: string;
  readonly area?: string;
  readonly period?: string;
  /** The window a straddling observation was left out of, named per language. */
  readonly span?: Label;
  readonly areas?: readonly string[];
}

/** The singular or the plural form, by count. */
const byCount = (count: number, one: string, many: string) => (count === 1 ? one : many);
const observations = (count: number): Label => ({
  nl: `${count} ${byCount(count, "observatie", "observaties")}`,
  en: `${count} ${byCount(count, "observation", "observations")}`,
});
/** At most ten ids in a message; the warning's `areas` holds them all. */
const named = (areas: readonly string[] | undefined, more: Label): Label => {
  const list = areas ?? [];
  const shown = list.slice(0, 10).join(", ");
  const rest = list.length - 10;
  return rest > 0
    ? { nl: `${shown} ${more.nl.replace("#", String(rest))}`, en: `${shown} ${more.en.replace("#", String(rest))}` }
    : { nl: shown, en: shown };
};
const andMore = { nl: "en # andere", en: "and # more" };

const messages: Record<WarningCode, (subject: Subject, count: number) => Label> = {
  "straddles-span": ({ indicator, period, span }, count) => ({
    nl: `${observations(count).nl} van ${indicator} voor ${period} ${byCount(count, "valt", "vallen")} deels buiten ${span?.nl} en ${byCount(count, "is", "zijn")} daar niet meegeteld.`,
    en: `${observations(count).en} of ${indicator} for ${period} ${byCount(count, "straddles", "straddle")} the edge of ${span?.en} and ${byCount(count, "was", "were")} left out of it.`,
  }),
  "after-as-of": ({ indicator, span }, count) => ({
    nl: `${observations(count).nl} van ${indicator} ${byCount(count, "valt", "vallen")} na de peildatum (${span?.nl}) en ${byCount(count, "is", "zijn")} niet meegeteld.`,
    en: `${observations(count).en} of ${indicator} ${byCount(count, "falls", "fall")} after the as-of date (${span?.en}) and ${byCount(count, "was", "were")} left out.`,
  }),
  "areas-differ": ({ indicator, period, areas }, count) => {
    const list = named(areas, andMore);
    return {
      nl: `Voor ${indicator} ${byCount(count, "heeft 1 gebied", `hebben ${count} gebieden`)} alleen gegevens voor ${period} (${list.nl}); de totalen erboven vergelijken de gebieden met gegevens in beide periodes.`,
      en: `For ${indicator}, ${byCount(count, "1 area has", `${count} areas have`)} data for ${period} only (${list.en}); the totals above them compare the areas with data in both periods.`,
    };
  },
  "reach-differs": ({ indicator, areas }, count) => {
    const list = named(areas, andMore);
    return {
      nl: `Voor ${indicator} ${byCount(count, "loopt de reeks van 1 gebied", `lopen de reeksen van ${count} gebieden`)} minder ver dan die van de andere (${list.nl}); de totalen erboven vergelijken tot waar alle gebieden gegevens hebben.`,
      en: `For ${indicator}, the data of ${byCount(count, "1 area stop", `${count} areas stop`)} earlier than the others' (${list.en}); the totals above them compare up to where all areas have data.`,
    };
  },
  "unknown-area": ({ area }, count) => ({
    nl: `Het gebied '${area}' staat niet in de gebiedsindeling; ${observations(count).nl} ervan ${byCount(count, "is", "zijn")} meegeteld, onder de wijk of gemeente van de CBS-code waar die bekend is.`,
    en: `The area '${area}' is not in the area hierarchy; its ${observations(count).en} ${byCount(count, "was", "were")} counted, under the wijk or gemeente of its CBS code where that is known.`,
  }),
  "unknown-indicator": ({ indicator }, count) => ({
    nl: `${observations(count).nl} van de indicator '${indicator}', die dit model niet heeft, ${byCount(count, "is", "zijn")} overgeslagen.`,
    en: `${observations(count).en} of the indicator '${indicator}', which this model does not have, ${byCount(count, "was", "were")} skipped.`,
  }),
  "measure-differs": ({ indicator }, count) => ({
    nl: `${observations(count).nl} van ${indicator} ${byCount(count, "is", "zijn")} gelezen met een model waarin de indicator anders gemeten wordt, en overgeslagen.`,
    en: `${observations(count).en} of ${indicator} ${byCount(count, "was", "were")} parsed with a model that measures the indicator differently, and skipped.`,
  }),
  "no-area-figure": ({ indicator, areas }, count) => {
    const list = named(areas, andMore);
    return {
      nl: `Voor ${indicator} ${byCount(count, "heeft 1 gebied", `hebben ${count} gebieden`)} geen gebiedscijfer om door te delen (${list.nl}); ${byCount(count, "het telt", "ze tellen")} niet mee in het kental.`,
      en: `For ${indicator}, ${byCount(count, "1 area has", `${count} areas have`)} no area figure to divide by (${list.en}); ${byCount(count, "it is", "they are")} left out of the rate.`,
    };
  },
};

/** The collector `collectWarnings` returns. */
export type Warnings = ReturnType<typeof collectWarnings>;

/** Collects alike warnings into one counted warning each, and lists them in a fixed order. */
export function collectWarnings() {
  const counted = new Map<string, { code: WarningCode; subject: Subject; count: number }>();
  return {
    add(code: WarningCode, subject: Subject, count = 1): void {
      const key = [code, subject.indicator, subject.area, subject.period, subject.span?.en].join("\u0000");
      const entry = counted.get(key);
      if (entry === undefined) counted.set(key, { code, subject, count });
      else entry.count += count;
    },
    list(): Warning[] {
      return [...counted.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([, { code, subject, count }]) => ({
          code,
          ...(subject.indicator === undefined ? {} : { indicator: subject.indicator }),
          ...(subject.area === undefined ? {} : { area: subject.area }),
          ...(subject.period === undefined ? {} : { period: subject.period }),
          count,
          ...(subject.areas === undefined ? {} : { areas: subject.areas }),
          message: messages[code](subject, count),
        }));
    },
  };
}
