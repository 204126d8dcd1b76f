import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { ProtectionPolicy } from "../../src/protect/ProtectionPolicy.js";

type Parsed = z.output<typeof ProtectionPolicy>;
/** Every field present, writable and defined: what the schema and the interface must agree on. */
type Defined<T> = { -readonly [K in keyof T]-?: Exclude<T[K], undefined> };

describe("ProtectionPolicy", () => {
  it("types the same fields as its schema, each an optional number", () => {
    expectTypeOf<keyof ProtectionPolicy>().toEqualTypeOf<keyof Parsed>();
    expectTypeOf<Required<ProtectionPolicy>>().toEqualTypeOf<{
      readonly minimumCount: number;
      readonly minimumRespondents: number;
      readonly minimumCategory: number;
    }>();
    expectTypeOf<Defined<Parsed>>().toEqualTypeOf<Defined<ProtectionPolicy>>();
  });

  it("accepts whole numbers of at least 1 and nothing else", () => {
    expect(ProtectionPolicy.safeParse({ minimumCount: 1, minimumRespondents: 100, minimumCategory: 3 }).success).toBe(
      true,
    );
    expect(ProtectionPolicy.safeParse({}).success).toBe(true);
    for (const wrong of [
      { minimumCount: 0 },
      { minimumCount: 4.5 },
      { minimumRespondents: -30 },
      { minimumCategory: Number.NaN },
      { minimum: 5 },
    ]) {
      expect(ProtectionPolicy.safeParse(wrong).success, JSON.stringify(wrong)).toBe(false);
    }
  });
});
