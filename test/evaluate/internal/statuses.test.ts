import { describe, expect, it } from "vitest";
import { decodeStatus, encodeStatus, worstStatus } from "../../../src/evaluate/internal/statuses.js";
import type { Status } from "../../../src/index.js";

// contract.md: "A factor's status is the worst of its measures' statuses, in this order from worst
// to best: not-achieved, behind, no-data, not-evaluable, on-track, achieved."
const worstToBest: Status[] = ["not-achieved", "behind", "no-data", "not-evaluable", "on-track", "achieved"];

describe("worstStatus", () => {
  it("takes the worse of any two statuses, in the contract's order", () => {
    worstToBest.forEach((worse, index) => {
      for (const better of worstToBest.slice(index)) {
        expect(worstStatus([worse, better])).toBe(worse);
        expect(worstStatus([better, worse])).toBe(worse);
      }
    });
  });

  it("takes the worst of many statuses", () => {
    expect(worstStatus(["achieved", "on-track", "not-evaluable", "achieved"])).toBe("not-evaluable");
    expect(worstStatus(["no-data", "achieved", "behind", "on-track"])).toBe("behind");
  });

  it("lets monitored measures not lower a factor's status", () => {
    for (const status of worstToBest) {
      expect(worstStatus([status, "monitored"])).toBe(status);
      expect(worstStatus(["monitored", status])).toBe(status);
    }
  });

  it("is monitored when every measure is monitored, or there are none", () => {
    expect(worstStatus(["monitored", "monitored"])).toBe("monitored");
    expect(worstStatus([])).toBe("monitored");
  });
});

describe("encodeStatus and decodeStatus", () => {
  it("give every status a code of its own that decodes back to it, and never code 0", () => {
    const all: Status[] = [...worstToBest, "monitored"];
    const codes = all.map(encodeStatus);
    expect(new Set(codes).size).toBe(all.length);
    expect(codes).not.toContain(0);
    expect(codes.map(decodeStatus)).toEqual(all);
  });

  it("decode code 0 and unknown codes as no status", () => {
    expect(decodeStatus(0)).toBeUndefined();
    expect(decodeStatus(99)).toBeUndefined();
  });
});
