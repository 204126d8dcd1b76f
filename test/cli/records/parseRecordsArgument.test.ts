import { describe, expect, it } from "vitest";
import { parseRecordsArgument } from "../../../src/cli/records/parseRecordsArgument.js";
import { cliFailure } from "../fixtures.js";

const read = (argument: string) => {
  const source = parseRecordsArgument(argument);
  return { kind: source.kind.name, file: source.file, covers: source.covers };
};

describe("parseRecordsArgument", () => {
  it("reads <kind>=<file> for each of the five kinds", () => {
    for (const kind of ["meldingen", "partners", "activities", "moves", "dwellings"]) {
      expect(read(`${kind}=export.csv`)).toEqual({ kind, file: "export.csv", covers: undefined });
    }
  });

  it("reads the span after the last @, for any period text: a range, a year, a quarter", () => {
    expect(read("meldingen=fixi.csv@2023-01-01/2025-06-30")).toEqual({
      kind: "meldingen",
      file: "fixi.csv",
      covers: "2023-01-01/2025-06-30",
    });
    expect(read("partners=p.csv@2024").covers).toBe("2024");
    expect(read("moves=m.csv@2024-Q2").covers).toBe("2024-Q2");
    expect(read("meldingen=map@home/fixi.csv@2024").file).toBe("map@home/fixi.csv");
  });

  it("keeps an @ that is not followed by a period as part of the file's name", () => {
    expect(read("meldingen=fixi@gemeente.csv")).toEqual({
      kind: "meldingen",
      file: "fixi@gemeente.csv",
      covers: undefined,
    });
    // "2024.csv" has an extension: a file's name, not a span
    expect(read("meldingen=export@2024.csv").file).toBe("export@2024.csv");
  });

  it("says what it takes when the kind is unknown, the = is missing or the file is empty", async () => {
    expect(await cliFailure(() => parseRecordsArgument("fixi.csv"))).toBe(
      "--records takes <kind>=<file>, such as --records meldingen=fixi.csv; not 'fixi.csv'",
    );
    expect(await cliFailure(() => parseRecordsArgument("melding=fixi.csv"))).toBe(
      "--records: unknown kind of records 'melding': use meldingen, partners, activities, moves or dwellings, such as --records meldingen=fixi.csv",
    );
    expect(await cliFailure(() => parseRecordsArgument("meldingen="))).toBe(
      "--records meldingen= needs a file, such as --records meldingen=fixi.csv",
    );
    expect(await cliFailure(() => parseRecordsArgument("meldingen=@2024"))).toBe(
      "--records meldingen= needs a file, such as --records meldingen=fixi.csv",
    );
  });

  it("looks kinds up exactly: a prototype's names are unknown kinds", async () => {
    for (const name of ["constructor", "__proto__", "toString"]) {
      expect(await cliFailure(() => parseRecordsArgument(`${name}=x.csv`))).toContain(
        `unknown kind of records '${name}'`,
      );
    }
  });

  it("refuses a span on the dwelling stock, whose counts hold from their dates on", async () => {
    expect(await cliFailure(() => parseRecordsArgument("dwellings=woningen.csv@2024"))).toContain(
      "the dwelling stock takes no span",
    );
  });

  it("throws usage errors, so that the usage follows the message", () => {
    expect(() => parseRecordsArgument("x=y.csv")).toThrow(expect.objectContaining({ name: "CliError", usage: true }));
  });
});
