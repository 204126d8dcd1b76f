import type { Label } from "../../model/common.js";
import type { Warning } from "../Evaluation.js";

interface Subject {
  readonly indicator?: string;
  readonly area?: string;
  readonly period?: string;
  /** The span a straddling observation was left out of, named per language. */
  readonly span?: Label;
}

/** The singular or the plural form, by count. */
const byCount = (count: number, one: string, many: string) => (count === 1 ? one : many);
const observations = (count: number): Label => ({
  nl: `${count} ${byCount(count, "observatie", "observaties")}`,
  en: `${count} ${byCount(count, "observation", "observations")}`,
});

const messages: Record<Warning["code"], (subject: Subject, count: number) => Label> = {
  "straddles-span": ({ indicator, period, span }, count) => ({
    nl: `${observations(count).nl} van ${indicator} voor ${period} ${byCount(count, "valt", "vallen")} deels buiten ${span?.nl} en ${byCount(count, "is", "zijn")} daar niet meegeteld.`,
    en: `${observations(count).en} of ${indicator} for ${period} ${byCount(count, "straddles", "straddle")} the edge of ${span?.en} and ${byCount(count, "was", "were")} left out of it.`,
  }),
  "unreadable-period": ({ indicator, period }, count) => ({
    nl: `${observations(count).nl} van ${indicator} met onleesbare periode '${period}' overgeslagen.`,
    en: `${observations(count).en} of ${indicator} with the unreadable period '${period}' skipped.`,
  }),
  "unknown-indicator": ({ indicator }, count) => ({
    nl: `${observations(count).nl} van de onbekende indicator '${indicator}' overgeslagen.`,
    en: `${observations(count).en} of the unknown indicator '${indicator}' skipped.`,
  }),
  "missing-figures": ({ indicator }, count) => ({
    nl: `${observations(count).nl} van ${indicator} zonder de cijfers die de indicator vraagt overgeslagen.`,
    en: `${observations(count).en} of ${indicator} without the figures the indicator takes skipped.`,
  }),
  "areas-differ": ({ indicator }, count) => ({
    nl: `Voor ${indicator} ${byCount(count, "heeft 1 gebied", `hebben ${count} gebieden`)} deelgebieden met gegevens in de ene periode maar niet in de andere; die totalen zijn niet beoordeeld.`,
    en: `For ${indicator}, ${byCount(count, "1 area has", `${count} areas have`)} sub-areas with data in one period but not the other; those totals were not judged.`,
  }),
};

/** The collector `collectWarnings` returns. */
export type Warnings = ReturnType<typeof collectWarnings>;

/** Collects alike warnings into one counted warning each, and lists them in a fixed order. */
export function collectWarnings() {
  const counted = new Map<string, { code: Warning["code"]; subject: Subject; count: number }>();
  return {
    add(code: Warning["code"], subject: Subject, count = 1): void {
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
          message: messages[code](subject, count),
        }));
    },
  };
}
