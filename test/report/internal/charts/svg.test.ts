import { describe, expect, it } from "vitest";
import { coordinate } from "../../../../src/report/internal/charts/svg.js";

describe("coordinate", () => {
  it("rounds to a tenth and drops trailing zeros: 12.345 is 12.3, 7.0 is 7", () => {
    expect(coordinate(12.345)).toBe("12.3");
    expect(coordinate(7)).toBe("7");
  });

  it("writes a value that rounds to minus zero as 0: −0.04 × 10 = −0.4, rounded −0", () => {
    expect(coordinate(-0.04)).toBe("0");
  });
});
