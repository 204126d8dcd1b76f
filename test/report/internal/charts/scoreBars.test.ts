import { describe, expect, it } from "vitest";
import { scoreBarsChart } from "../../../../src/report/internal/charts/scoreBars.js";

describe("scoreBarsChart", () => {
  const svg = scoreBarsChart({
    id: "s1",
    title: "Score per doel",
    description: "Staafdiagram",
    bars: [
      { label: "Meer tolerantie & solidariteit", score: 0.5, note: "geen score" },
      { label: "Minder criminaliteit", score: null, note: "geen score" },
    ],
    language: "nl",
  });

  it("labels the axis with d3's ticks of [0, 1]: 0% to 100% in steps of 20", () => {
    const ticks = [...svg.matchAll(/text-anchor="middle">([^<]*)</g)].map((match) => match[1]);
    expect(ticks).toEqual(["0%", "20%", "40%", "60%", "80%", "100%"]);
  });

  it("draws a score of 0.5 half as long as the axis and writes it as 50,0%", () => {
    const [first] = [...svg.matchAll(/<rect x="8" y="[\d.]+" width="([\d.]+)"/g)].map((match) => Number(match[1]));
    // The axis runs from 8 to 560 − 60 = 500: half of 492 is 246.
    expect(first).toBe(246);
    expect(svg).toContain(">50,0%</text>");
  });

  it("writes the note, not a zero, for a goal without a score", () => {
    expect(svg).toContain(">geen score</text>");
    expect(svg).toContain(">Meer tolerantie &amp; solidariteit</text>");
  });
});
