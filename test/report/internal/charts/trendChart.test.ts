import { describe, expect, it } from "vitest";
import { trendChart } from "../../../../src/report/internal/charts/trendChart.js";

const base = {
  id: "t1",
  title: "Fixi-meldingen",
  description: "Lijn",
  unit: "count" as const,
  language: "nl" as const,
};

describe("trendChart", () => {
  it("labels its value axis with d3's ticks of [0, 530] made nice: 0, 200, 400, 600", () => {
    const svg = trendChart({
      ...base,
      points: [
        { label: "2022", value: 400 },
        { label: "2023", value: 480 },
        { label: "2024", value: 530 },
      ],
    });
    const ticks = [...svg.matchAll(/class="t-s" text-anchor="end">([^<]*)</g)].map((match) => match[1]);
    expect(ticks).toEqual(["0", "200", "400", "600"]);
  });

  it("draws one d3 line through the complete periods and writes each value above its point", () => {
    const svg = trendChart({
      ...base,
      points: [
        { label: "2023", value: 1382 },
        { label: "2024", value: 1519 },
      ],
    });
    expect(svg.match(/class="m-p"/g)).toHaveLength(1);
    expect(svg).toContain(">1.382</text>");
    expect(svg).toContain(">1.519</text>");
  });

  it("joins a partial period with a dashed line and an open point", () => {
    const svg = trendChart({
      ...base,
      points: [
        { label: "2024", value: 530 },
        { label: "2025 t/m 30-06-2025", value: 260, partial: true },
      ],
    });
    expect(svg).toMatch(/class="m-p m-d"/);
    expect(svg).toMatch(/<circle [^>]*class="m-b"\/><text [^>]*>260<\/text>/);
    expect(svg).toContain(">2025 t/m 30-06-2025</text>");
  });

  it("leaves a gap with the note where a period has no value, and draws the target", () => {
    const svg = trendChart({
      ...base,
      points: [
        { label: "2023", value: 10 },
        { label: "2024", note: "< 5" },
        { label: "2025", value: 12 },
      ],
      target: { value: 11, label: "doel 11" },
    });
    expect(svg).toContain(">&lt; 5</text>");
    // d3's line breaks at the undefined point: two moves, no line through the gap.
    const path = /<path d="([^"]*)" class="m-p"\/>/.exec(svg)?.[1] ?? "";
    expect(path.match(/M/g)).toHaveLength(2);
    expect(svg).toContain(">doel 11</text>");
  });
});
