import { describe, expect, it } from "vitest";
import {
  reasonCodes,
  reasonOf,
  statusCodes,
  statusOf,
  trendCodes,
  trendOf,
} from "../../../src/evaluate/internal/codes.js";
import type { Status } from "../../../src/index.js";

// contract.md: "A factor's status is the worst of its measures' statuses, in this order from worst
// to best: not-achieved, behind, no-data, not-evaluable, on-track, achieved." A factor takes the
// smallest code of its measures, so the codes must rise in that order, with monitored above all.
const worstToBest: Status[] = [
  "not-achieved",
  "behind",
  "no-data",
  "not-evaluable",
  "on-track",
  "achieved",
  "monitored",
];

describe("status codes", () => {
  it("rise from worst to best in the contract's order, monitored last, so that the worst status is the smallest code", () => {
    expect(statusCodes.slice(1)).toEqual(worstToBest);
  });
  it("keep code 0 for no result, and decode every other code to its status", () => {
    expect(statusOf(0)).toBeUndefined();
    expect(worstToBest.map((_, index) => statusOf(index + 1))).toEqual(worstToBest);
    expect(statusOf(99)).toBeUndefined();
  });
});

describe("reason and trend codes", () => {
  it("keep code 0 for none and decode the others", () => {
    expect([reasonOf(0), trendOf(0)]).toEqual([undefined, undefined]);
    expect(reasonCodes.slice(1).map((_, index) => reasonOf(index + 1))).toEqual([
      "zero-baseline",
      "too-few-respondents",
      "incomplete-data",
      "not-finite",
    ]);
    expect(trendCodes.slice(1).map((_, index) => trendOf(index + 1))).toEqual(["up", "down", "flat"]);
  });
});
