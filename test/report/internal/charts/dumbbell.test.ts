import { scaleLinear } from "d3-scale";
import { describe, expect, it } from "vitest";
import { formatValue } from "../../../../src/format/formatValue.js";
import { dumbbellChart, sortRows } from "../../../../src/report/internal/charts/dumbbell.js";

const chart = (rows: Parameters<typeof dumbbellChart>[0]["rows"]) =>
  dumbbellChart({
    id: "c1",
    title: "Meldingen <script>",
    description: 'Per buurt & "basis"',
    rows,
    unit: "count",
    language: "nl",
    legend: { baseline: "basis 2023", current: "nu 2024", target: "doel" },
  });

const notes = { note: "geen gegevens", baselineNote: "basis: geen gegevens" };
const rows = [
  { name: "Noord", current: 10, baseline: 8, target: 8.8, ...notes },
  { name: "Zuid", current: 30, baseline: 20, target: 22, ...notes },
  { ...notes, name: "Klein", note: "< 5" },
  { name: "Oost", current: 30, baseline: 31, ...notes },
];

describe("sortRows", () => {
  it("puts the highest current first, ties in the order given, and rows without a figure last", () => {
    expect(sortRows(rows).map((row) => row.name)).toEqual(["Zuid", "Oost", "Noord", "Klein"]);
  });
});

describe("dumbbellChart", () => {
  const svg = chart(rows);

  it("is an image named by its escaped title and described by its escaped desc", () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="c1-t c1-d"/);
    expect(svg).toContain('<title id="c1-t">Meldingen &lt;script&gt;</title>');
    expect(svg).toContain('<desc id="c1-d">Per buurt &amp; &quot;basis&quot;</desc>');
  });

  it("labels its axis with d3's ticks of the nice domain, in the library's number format", () => {
    // Values up to 31: d3 makes [0, 31] nice as [0, 40] with ticks 0, 10, 20, 30, 40.
    expect(scaleLinear().domain([0, 31]).nice(4).ticks(4)).toEqual([0, 10, 20, 30, 40]);
    const labels = [...svg.matchAll(/<text [^>]*text-anchor="middle">([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual(["0", "10", "20", "30", "40"]);
  });

  it("names the rows in sorted order and writes the note of a row without figures", () => {
    const names = [...svg.matchAll(/class="t-l" text-anchor="end">([^<]*)</g)].map((match) => match[1]);
    expect(names).toEqual(["Zuid", "Oost", "Noord", "Klein"]);
    expect(svg).toContain(">&lt; 5</text>");
  });

  it("draws three current dots, three baseline rings over them and a target tick for the two rows with a target", () => {
    const path = (className: string) => new RegExp(`<path d="([^"]*)" class="${className}"/>`).exec(svg)?.[1] ?? "";
    expect(path("d-c").match(/M/g)).toHaveLength(3);
    expect(path("d-r").match(/M/g)).toHaveLength(3);
    expect(path("m-t").match(/M/g)).toHaveLength(2);
    expect(svg.indexOf('class="d-c"')).toBeLessThan(svg.indexOf('class="d-r"'));
  });

  it("writes the baseline's note after the dot of a row whose baseline is missing", () => {
    expect(chart([{ name: "Nieuw", current: 12, note: "–", baselineNote: "basis: < 5" }])).toContain(
      ">basis: &lt; 5</text>",
    );
  });

  it("places a value of 30 three quarters along an axis to 40", () => {
    const ticks = [...svg.matchAll(/<line x1="([\d.]+)" y1="[\d.]+" x2="[\d.]+" y2="[\d.]+" class="g"\/>/g)].map(
      (match) => Number(match[1]),
    );
    const [zero, , , thirty, forty] = ticks;
    expect(thirty).toBeCloseTo((zero ?? 0) + ((forty ?? 0) - (zero ?? 0)) * 0.75, 0);
  });

  it("ends the axis of only negative values at a nice bound below 0, not at 0", () => {
    // −20 and −10: the domain is [−20, −10], nice as it is, ticks every 2; no tick at 0.
    const negative = chart([{ name: "Daling", current: -10, baseline: -20, ...notes }]);
    const labels = [...negative.matchAll(/<text [^>]*text-anchor="middle">([^<]*)<\/text>/g)].map((match) => match[1]);
    expect(labels).toEqual([-20, -18, -16, -14, -12, -10].map((tick) => formatValue(tick, "count", "nl")));
  });

  it("still draws a frame when no row has a figure", () => {
    expect(chart([{ name: "Leeg", ...notes }])).toContain(">geen gegevens</text>");
  });
});
