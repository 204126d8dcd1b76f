import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readPeriod } from "../../../src/period/internal/readPeriod.js";

describe("readPeriod", () => {
  it("returns a period for a valid text and a message for an invalid one", () => {
    expect(readPeriod("2024-05")).toMatchObject({ text: "2024-05", days: 31 });
    expect(readPeriod("2024-Q5")).toBe("a quarter is Q1 to Q4");
  });

  it("never throws, whatever the text (property)", () => {
    const periodLike = fc.stringMatching(
      /^[0-9]{1,5}(-([QqWw]?[0-9]{0,3}|[0-9]{2}-[0-9]{2}\/[0-9]{4}-[0-9]{2}-[0-9]{2}))?$/,
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), periodLike), (text) => {
        const result = readPeriod(text);
        expect(typeof result === "string" ? result.length > 0 : result.text === text).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives every ISO week a Monday start, seven days, and consecutive weeks (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9998 }), fc.integer({ min: 1, max: 52 }), (year, week) => {
        const text = `${year}-W${String(week).padStart(2, "0")}`;
        const period = readPeriod(text);
        if (typeof period === "string") throw new Error(period);
        expect(period.days).toBe(7);
        expect(new Date(`${period.firstDay}T00:00:00Z`).getUTCDay()).toBe(1);
        const next = readPeriod(week === 52 ? `${year}-W53` : `${year}-W${String(week + 1).padStart(2, "0")}`);
        const following = typeof next === "string" ? readPeriod(`${year + 1}-W01`) : next;
        if (typeof following === "string") throw new Error(following);
        expect(following.start).toBe(period.end);
      }),
    );
  });
});
