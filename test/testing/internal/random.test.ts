import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  between,
  combineSeeds,
  createRandom,
  hashText,
  logBetween,
  roundRandomly,
} from "../../../src/testing/internal/random.js";

const draws = (text: string, count: number) => {
  const random = createRandom(hashText(text));
  return Array.from({ length: count }, () => random());
};

describe("hashText", () => {
  it("gives four unsigned 32-bit words", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const seed = hashText(text);
        expect(seed).toHaveLength(4);
        for (const word of seed) expect(Number.isInteger(word) && word >= 0 && word < 2 ** 32).toBe(true);
      }),
    );
  });

  it("gives the same seed for the same text and different seeds for texts one character apart", () => {
    expect(hashText("seed\u0000fixi-meldingen")).toEqual(hashText("seed\u0000fixi-meldingen"));
    expect(hashText("seed-1")).not.toEqual(hashText("seed-2"));
    expect(hashText("")).not.toEqual(hashText("\u0000"));
  });
});

describe("combineSeeds", () => {
  it("depends on the order of its seeds", () => {
    const first = hashText("a");
    const second = hashText("b");
    expect(combineSeeds(first, second)).not.toEqual(combineSeeds(second, first));
  });
});

describe("createRandom", () => {
  it("repeats its stream for the same seed", () => {
    expect(draws("same", 50)).toEqual(draws("same", 50));
  });

  it("gives numbers in [0, 1)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        for (const value of draws(text, 20)) expect(value >= 0 && value < 1).toBe(true);
      }),
    );
  });

  it("keeps streams of neighbouring seeds unrelated", () => {
    const first = draws("area-1", 1000);
    const second = draws("area-2", 1000);
    expect(first).not.toEqual(second);
    // The mean of 1,000 even draws lies within 0.5 ± 0.05 with overwhelming probability, and
    // paired draws agree in their first decimal about one time in ten.
    for (const stream of [first, second])
      expect(Math.abs(stream.reduce((sum, value) => sum + value, 0) / 1000 - 0.5)).toBeLessThan(0.05);
    const agreeing = first.filter(
      (value, index) => Math.floor(value * 10) === Math.floor((second[index] ?? -1) * 10),
    ).length;
    expect(agreeing).toBeGreaterThan(50);
    expect(agreeing).toBeLessThan(160);
  });

  it("keeps no state between streams", () => {
    const alone = draws("x", 5);
    const other = createRandom(hashText("y"));
    other();
    expect(draws("x", 5)).toEqual(alone);
  });
});

describe("between and logBetween", () => {
  it("stay within their bounds", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        fc.double({ min: 1, max: 100, noNaN: true }),
        (text, min, span) => {
          const random = createRandom(hashText(text));
          const max = min * (1 + span);
          const even = between(random, min, max);
          const logarithmic = logBetween(random, min, max);
          expect(even >= min && even <= max).toBe(true);
          expect(logarithmic >= min * (1 - 1e-12) && logarithmic <= max * (1 + 1e-12)).toBe(true);
        },
      ),
    );
  });
});

describe("roundRandomly", () => {
  it("rounds to one of the two nearest whole numbers", () => {
    fc.assert(
      fc.property(fc.string(), fc.double({ min: 0, max: 1e9, noNaN: true }), (text, value) => {
        const rounded = roundRandomly(createRandom(hashText(text)), value);
        expect(Number.isInteger(rounded)).toBe(true);
        expect(rounded === Math.floor(value) || rounded === Math.ceil(value)).toBe(true);
      }),
    );
  });

  it("is unbiased: 0.25 a week sums to about 13 over 52 weeks on average", () => {
    const random = createRandom(hashText("weeks"));
    let total = 0;
    for (let run = 0; run < 200; run++) for (let week = 0; week < 52; week++) total += roundRandomly(random, 0.25);
    expect(total / 200).toBeGreaterThan(12);
    expect(total / 200).toBeLessThan(14);
  });
});
