import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BuurtaanpakError } from "../../src/errors/BuurtaanpakError.js";
import { Activity } from "../../src/records/Activity.js";
import { deriveActivities } from "../../src/records/deriveActivities.js";
import { deriveMeldingen } from "../../src/records/deriveMeldingen.js";
import {
  flagSchema,
  idSchema,
  optionalCountSchema,
  optionalListSchema,
  optionalTextSchema,
  Problem,
  readFlag,
  readId,
  readOptionalCount,
  readOptionalList,
  readOptionalText,
  readText,
  textSchema,
  timestampSchema,
} from "../../src/records/internal/fields.js";
import { moment, readTimestamp } from "../../src/records/internal/readTimestamp.js";
import { Melding } from "../../src/records/Melding.js";
import { areas, model } from "./fixtures.js";

// The derivations read records by hand, for speed; the zod schemas publish their shape. These
// properties check that the two accept the same values and read them alike.

const texts = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom(
    "",
    " ",
    "  x ",
    "\u00a0ja\u00a0",
    "Ja",
    "NEE",
    "1",
    "0",
    "true",
    " 12 ",
    "007",
    "1e3",
    "-1",
    "x;y",
    " a ; ;b ",
    ";",
    "\ufeffid",
  ),
  fc.string({ minLength: 195, maxLength: 205 }),
);
const values = fc.oneof(
  texts,
  fc.integer({ min: -5, max: 2_000_000_000 }),
  fc.constantFrom(1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, -0),
  fc.boolean(),
  fc.constantFrom(null, undefined),
  fc.array(texts, { maxLength: 4 }),
  fc.array(fc.oneof(texts, fc.integer()), { maxLength: 3 }),
  fc.constant({}),
);

const same = <Value>(
  schema: { safeParse(value: unknown): { success: boolean; data?: unknown } },
  reader: (value: unknown) => Value | Problem,
) =>
  fc.assert(
    fc.property(values, (value) => {
      const parsed = schema.safeParse(value);
      const read = reader(value);
      expect(!(read instanceof Problem), JSON.stringify(value)).toBe(parsed.success);
      if (parsed.success && !(read instanceof Problem)) expect(read).toEqual(parsed.data);
    }),
    { numRuns: 3000 },
  );

describe("the field readers and the schemas agree", () => {
  it("on ids", () => same(idSchema, readId));
  it("on texts", () => same(textSchema(200), (value) => readText(value, 200)));
  it("on optional texts", () => same(optionalTextSchema(200), (value) => readOptionalText(value, 200)));
  it("on optional counts", () => same(optionalCountSchema, readOptionalCount));
  it("on flags", () => same(flagSchema, readFlag));
  it("on optional lists", () => same(optionalListSchema(200), (value) => readOptionalList(value, 200)));
  it("on timestamps", () => {
    const stamps = fc.oneof(
      texts,
      fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      fc.constantFrom("2024-03-31T02:30:00", "2024-03-31 02:30:00+02", "2024-02-30", "2024-03-31T02:30:00.1234567891Z"),
    );
    fc.assert(
      fc.property(stamps, (text) => {
        expect(readTimestamp(text, moment()), text).toBe(timestampSchema.safeParse(text).success);
      }),
    );
  });
});

/** Whether a derivation accepts one record, for its own sake (not for its area or span). */
const accepts = (derive: () => unknown): boolean => {
  try {
    derive();
    return true;
  } catch (error) {
    if (error instanceof BuurtaanpakError && error.code === "invalid-records") return false;
    throw error;
  }
};

describe("the derivations accept a record exactly when its schema does", () => {
  it("for meldingen", () => {
    const melding = fc.record(
      {
        id: fc.oneof(values, fc.constant("m-1")),
        source: fc.oneof(values, fc.constant("fixi")),
        createdAt: fc.oneof(values, fc.constantFrom("2024-05-01T10:00:00+02:00", "2024-05-01")),
        closedAt: fc.oneof(values, fc.constantFrom("2024-05-03T10:00:00Z", "2024-05-03")),
        status: fc.oneof(values, fc.constantFrom("open", "closed", "reopened", "cancelled", "split", "Closed")),
        category: values,
        parent: fc.oneof(values, fc.constant("m-0")),
        area: fc.constant("BU04820101"),
        extra: values,
      },
      { requiredKeys: ["area"] },
    );
    fc.assert(
      fc.property(melding, (record) => {
        const register = { covers: "2024-01-01/2024-12-31", records: [record] };
        const schema = Melding.safeParse(record).success;
        expect(
          accepts(() => deriveMeldingen(model, register, { areas, indicators: { meldingen: { figure: "count" } } })),
          JSON.stringify(record),
        ).toBe(schema);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it("for activities", () => {
    const activity = fc.record(
      {
        id: fc.oneof(values, fc.constant("a-1")),
        kind: fc.oneof(values, fc.constantFrom("event", "cleanup", "party")),
        start: fc.oneof(values, fc.constantFrom("2024-05-01T10:00:00+02:00", "2024-05-01")),
        end: fc.oneof(values, fc.constantFrom("2024-05-03")),
        area: fc.constant("BU04820101"),
        organisations: values,
        participants: values,
        selfOrganised: values,
      },
      { requiredKeys: ["area"] },
    );
    fc.assert(
      fc.property(activity, (record) => {
        const register = { covers: "2024-01-01/2024-12-31", records: [record] };
        const schema = Activity.safeParse(record).success;
        expect(
          accepts(() => deriveActivities(model, register, { areas })),
          JSON.stringify(record),
        ).toBe(schema);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
