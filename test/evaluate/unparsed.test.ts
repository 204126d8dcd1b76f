import { describe, expect, it } from "vitest";
import { BuurtaanpakError, evaluate, type Observations, parseObservations } from "../../src/index.js";
import { count, modelWith } from "./fixtures.js";

const model = modelWith([{ id: "meldingen", measure: "count", rule: { kind: "increase" } }]);
const rows = [count("meldingen", "GM0482", "2023", 5), count("meldingen", "GM0482", "2024", 6)];

/** The one issue of the error that evaluate throws on `observations`. */
function issueOf(observations: unknown): { code: string; message: string } {
  try {
    // The cast is the point: JavaScript callers can pass anything.
    evaluate(model, observations as Observations, { period: "2024" });
  } catch (error) {
    if (error instanceof BuurtaanpakError)
      return { code: error.issues[0]?.code ?? "", message: error.issues[0]?.message ?? "" };
    throw error;
  }
  throw new Error("expected evaluate to throw");
}

describe("evaluate on rows that parseObservations did not return", () => {
  it("refuses plain rows at once, in one clear error, rather than guessing what they mean", () => {
    expect(issueOf(rows)).toEqual({ code: "not-parsed", message: expect.stringContaining("parseObservations") });
  });

  it("refuses a copy of parsed rows, which keeps the rows but not what parsing found", () => {
    const parsed = parseObservations(model, rows);
    expect(issueOf([...parsed]).code).toBe("not-parsed");
    expect(issueOf(structuredClone(parsed)).code).toBe("not-parsed");
    expect(issueOf(JSON.parse(JSON.stringify(parsed))).code).toBe("not-parsed");
  });

  it("refuses what is not a list of rows at all", () => {
    expect(issueOf(undefined).code).toBe("not-parsed");
    expect(issueOf({ length: 0 }).code).toBe("not-parsed");
  });

  it("takes the parsed rows themselves: 6 against 5 is an increase", () => {
    expect(evaluate(model, parseObservations(model, rows), { period: "2024" }).factors[0]?.status).toBe("achieved");
  });
});
