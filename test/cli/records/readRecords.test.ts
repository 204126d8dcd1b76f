import { describe, expect, it } from "vitest";
import { defaultMaxBytes } from "../../../src/cli/input/limits.js";
import type { MappedValue, Mapping } from "../../../src/cli/records/Mapping.js";
import { readRecords } from "../../../src/cli/records/readRecords.js";
import { type RecordKind, recordKinds } from "../../../src/cli/records/recordKinds.js";
import { cliFailure, memoryFile } from "../fixtures.js";

const kind = (name: string): RecordKind => {
  const found = recordKinds.get(name);
  if (found === undefined) throw new Error(`no kind ${name}`);
  return found;
};
const mapping = (
  name: string,
  columns: Record<string, string> | undefined,
  constants: Record<string, MappedValue> = {},
  values: Record<string, Record<string, MappedValue>> = {},
): Mapping => ({
  file: columns === undefined ? undefined : "mapping.json",
  kind: kind(name),
  columns: columns === undefined ? undefined : new Map(Object.entries(columns)),
  constants: new Map(Object.entries(constants)),
  values: new Map(Object.entries(values).map(([field, table]) => [field, new Map(Object.entries(table))])),
  options: {},
});
const read = (text: string, using: Mapping, name = "export.csv", piece = 5) =>
  readRecords(memoryFile(name, text, piece), using, defaultMaxBytes);

const fixi = mapping(
  "meldingen",
  { id: "publicID", status: "status", createdAt: "created", closedAt: "closed", area: "buurt" },
  { source: "fixi" },
  { status: { Afgehandeld: "closed", Geannuleerd: "cancelled", "*": "open" } },
);

describe("readRecords", () => {
  it("reads each field from its column, translates the statuses and adds the constants; other columns are not read", async () => {
    const text = [
      "publicID;status;created;closed;address;buurt",
      "FX-1;Afgehandeld;2024-03-14 10:02:00+01:00;2024-03-15 08:30:00+01:00;Dam 1;BU04820101",
      "FX-2;In behandeling;2024-11-30 23:40:00+01:00;;Dam 2;BU04820202",
    ].join("\r\n");
    const file = await read(text, fixi);
    expect(file.records).toEqual([
      {
        source: "fixi",
        id: "FX-1",
        status: "closed",
        createdAt: "2024-03-14 10:02:00+01:00",
        closedAt: "2024-03-15 08:30:00+01:00",
        area: "BU04820101",
      },
      // "In behandeling" is not named: "*" makes it open; the blank closed is "not given"
      { source: "fixi", id: "FX-2", status: "open", createdAt: "2024-11-30 23:40:00+01:00", area: "BU04820202" },
    ]);
    expect([file.lineOf(0), file.lineOf(1), file.lineOf(2)]).toEqual([2, 3, undefined]);
    expect(Object.fromEntries(file.columnOf)).toEqual({
      id: "publicID",
      status: "status",
      createdAt: "created",
      closedAt: "closed",
      area: "buurt",
    });
    expect(file.problems).toEqual([]);
  });

  it("never sends a blank cell through '*': a blank status stays not given, for the library to name", async () => {
    const file = await read("publicID;status;created;closed;buurt\nFX-1;  ;2024-03-14;;BU04820101\n", fixi);
    expect(file.records[0]).toEqual({ source: "fixi", id: "FX-1", createdAt: "2024-03-14", area: "BU04820101" });
  });

  it("passes a text the mapping does not translate, without a '*', on as it is", async () => {
    const strict = mapping(
      "meldingen",
      { id: "publicID", status: "status", createdAt: "created", area: "buurt" },
      { source: "fixi" },
      {
        status: { Afgehandeld: "closed" },
      },
    );
    const file = await read("publicID,status,created,buurt\nFX-1,Doorgestuurd,2024-03-14,BU04820101\n", strict);
    expect(file.records[0]?.["status"]).toBe("Doorgestuurd");
  });

  it("translates texts into flags and numbers too", async () => {
    const agenda = mapping(
      "activities",
      { id: "nr", kind: "soort", start: "datum", area: "buurt", selfOrganised: "door bewoners" },
      {},
      { kind: { Opruimactie: "cleanup" }, selfOrganised: { Ja: true, Nee: false } },
    );
    const file = await read("nr,soort,datum,buurt,door bewoners\n7,Opruimactie,2024-04-13,BU04820101,Ja\n", agenda);
    expect(file.records[0]).toEqual({
      id: "7",
      kind: "cleanup",
      start: "2024-04-13",
      area: "BU04820101",
      selfOrganised: true,
    });
  });

  it("without a mapping file, reads each column as the field it is named after", async () => {
    const file = await read("area,date,id\nBU04820101,2024-02-01,m-1\n", mapping("moves", undefined));
    expect(file.records).toEqual([{ area: "BU04820101", date: "2024-02-01", id: "m-1" }]);
  });

  it("without a mapping file, names a column that is no field, and a field that is missing, at once", async () => {
    const message = await cliFailure(() =>
      read("buurt,date,opmerking\nBU04820101,2024-02-01,x\n", mapping("moves", undefined)),
    );
    expect(message).toBe(
      [
        "export.csv: line 1: the header has 3 problems:",
        "  - column 1: unknown column 'buurt': a move has id, area, date; to read an export with columns of its own, give a mapping (--map moves=<mapping.json>)",
        "  - column 3: unknown column 'opmerking': a move has id, area, date; to read an export with columns of its own, give a mapping (--map moves=<mapping.json>)",
        "  - no column 'area', which a move needs",
      ].join("\n"),
    );
  });

  it("names a column of the mapping that the header lacks, with one that differs only in case", async () => {
    const message = await cliFailure(() =>
      read("publicID;status;created;Buurt\nFX-1;Afgehandeld;2024-03-14;BU04820101\n", fixi),
    );
    expect(message).toBe(
      "export.csv: line 1: the header has 2 problems:\n" +
        "  - no column 'closed' (the column of closedAt in mapping.json); the header has publicID, status, created, Buurt\n" +
        "  - no column 'buurt' (the column of area in mapping.json); there is 'Buurt'; the header has publicID, status, created, Buurt",
    );
  });

  it("refuses a mapped column that appears twice: which one holds the field is not known", async () => {
    const moves = mapping("moves", { area: "buurt", date: "datum" });
    expect(await cliFailure(() => read("buurt,datum,buurt\nBU04820101,2024-02-01,BU04820102\n", moves))).toBe(
      "export.csv: line 1: the column 'buurt' appears 2 times (columns 1, 3): which one holds area?",
    );
  });

  it("reports a row with a cell too many or too few, and reads its cells as far as they go", async () => {
    const moves = mapping("moves", { area: "buurt", date: "datum" });
    const file = await read('buurt,datum\nBU04820101,2024-02-01,extra\n\n"BU04820102\n"\n', moves);
    expect(file.records).toEqual([{ area: "BU04820101", date: "2024-02-01" }, { area: "BU04820102" }]);
    // the blank line 3 is skipped; the quoted cell that holds a line break starts on line 4
    expect([file.lineOf(0), file.lineOf(1)]).toEqual([2, 4]);
    expect(file.problems).toEqual([
      { path: [0], message: "3 cells, but the header has 2 columns" },
      { path: [1], message: "1 cells, but the header has 2 columns" },
    ]);
  });

  it("reads records from CSV only, and needs a header", async () => {
    expect(await cliFailure(() => read("[]", fixi, "export.json"))).toBe(
      "export.json: records are read from a CSV file (.csv), with a header row; save the export as CSV",
    );
    expect(await cliFailure(() => read("", fixi))).toBe(
      "export.csv: the file is empty; expected a header row with publicID, status, created, closed, buurt",
    );
  });

  it("reads the same records whatever pieces the text comes in", async () => {
    const text =
      "publicID;status;created;closed;buurt\r\nFX-1;Afgehandeld;2024-03-14;2024-03-15;BU04820101\r\nFX-2;x;2024-03-16;;BU04820102\r\n";
    const whole = await read(text, fixi, "export.csv", text.length);
    for (const piece of [1, 2, 3, 7, 13])
      expect((await read(text, fixi, "export.csv", piece)).records).toEqual(whole.records);
  });
});
