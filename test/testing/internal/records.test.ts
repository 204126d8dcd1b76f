import { describe, expect, it } from "vitest";
import { createRandom, hashText } from "../../../src/testing/internal/random.js";
import { dateOf, dayOf, logNormalDays, pick, poisson } from "../../../src/testing/internal/records.js";

describe("the draws of generateRecords", () => {
  const mean = (draw: () => number, times = 4000) =>
    Array.from({ length: times }, draw).reduce((sum, value) => sum + value, 0) / times;

  it("draws Poisson counts with the asked mean, small or large, and none for a mean of 0", () => {
    const random = createRandom(hashText("poisson"));
    expect(mean(() => poisson(random, 2.5))).toBeCloseTo(2.5, 0);
    expect(mean(() => poisson(random, 400))).toBeGreaterThan(395);
    expect(mean(() => poisson(random, 400))).toBeLessThan(405);
    expect(poisson(random, 0)).toBe(0);
  });

  it("picks as often as the weights say, and the last choice when no weight takes the draw", () => {
    const random = createRandom(hashText("pick"));
    const picks = Array.from({ length: 4000 }, () =>
      pick(random, [
        ["a", 3],
        ["b", 1],
      ]),
    );
    expect(picks.filter((choice) => choice === "a").length / 4000).toBeCloseTo(0.75, 1);
    // All weights 0: no choice takes the draw, so the last one does.
    expect(
      pick(random, [
        ["a", 0],
        ["b", 0],
      ]),
    ).toBe("b");
    expect(() => pick(random, [])).toThrow("at least one choice");
  });

  it("draws log-normal durations around their median", () => {
    const random = createRandom(hashText("durations"));
    const draws = Array.from({ length: 4001 }, () => logNormalDays(random, 3, 1)).sort((a, b) => a - b);
    expect(draws[2000]).toBeGreaterThan(2.6);
    expect(draws[2000]).toBeLessThan(3.4);
  });

  it("writes and reads dates as UTC day numbers", () => {
    expect(dateOf(dayOf("2025-04-26"))).toBe("2025-04-26");
    expect(dayOf("1970-01-02")).toBe(1);
  });
});
