import { describe, expect, it } from "vitest";
import { defaultMaxBytes } from "../../../src/cli/input/limits.js";
import { readMapping } from "../../../src/cli/records/readMapping.js";
import { type RecordKind, recordKinds } from "../../../src/cli/records/recordKinds.js";
import { cliFailure, memoryFile } from "../fixtures.js";

const kind = (name: string): RecordKind => {
  const found = recordKinds.get(name);
  if (found === undefined) throw new Error(`no kind ${name}`);
  return found;
};
const read = (json: unknown, name = "meldingen") =>
  readMapping(
    memoryFile("mapping.json", typeof json === "string" ? json : JSON.stringify(json)),
    kind(name),
    defaultMaxBytes,
  );
const fixi = {
  records: "meldingen",
  columns: { id: "publicID", createdAt: "created", closedAt: "closed", status: "status", area: "buurt" },
  constants: { source: "fixi" },
  values: { status: { Afgehandeld: "closed", "*": "open" } },
  options: { norms: { afval: { days: 3, unit: "working-days" } } },
};

describe("readMapping", () => {
  it("reads the columns, constants, value translations and options of a mapping", async () => {
    const mapping = await read(fixi);
    expect(mapping.file).toBe("mapping.json");
    expect(mapping.kind.name).toBe("meldingen");
    expect(Object.fromEntries(mapping.columns ?? [])).toEqual(fixi.columns);
    expect(Object.fromEntries(mapping.constants)).toEqual({ source: "fixi" });
    expect(Object.fromEntries(mapping.values.get("status") ?? [])).toEqual({ Afgehandeld: "closed", "*": "open" });
    expect(mapping.options).toEqual(fixi.options);
  });

  it("takes a $schema, a $comment and a description, and needs no records field", async () => {
    const { records: _, ...withoutKind } = fixi;
    const mapping = await read({ $schema: "x", $comment: "Fixi", description: "export", ...withoutKind });
    expect(mapping.kind.name).toBe("meldingen");
  });

  it("lists every problem of the file at once, each with its path", async () => {
    const message = await cliFailure(() =>
      read({
        records: "partners",
        columns: { id: "publicID", createdAt: "", buurt: "buurt" },
        constants: { id: "F", status: null },
        values: { category: { a: "b" }, status: ["closed"] },
        options: { granularity: "month", lessActive: ["WK048203"] },
        extra: true,
      }),
    );
    // 10 problems of the fields, then the 4 of the 5 fields a melding needs that have neither a
    // (valid) column nor a constant: only id has one
    expect(message).toBe(
      [
        "mapping.json: the mapping is invalid (14 problems):",
        "  - extra: unknown field 'extra'; a mapping's fields are $schema, $comment, description, records, columns, constants, values, options",
        "  - records: this mapping is for partners, but it is given for meldingen",
        "  - columns.createdAt: must be the name of a column, a text of 1 to 1000 characters",
        "  - columns.buurt: unknown field 'buurt': a melding has id, source, createdAt, closedAt, status, category, parent, area",
        "  - constants.id: 'id' has a column too: give it a column or a constant",
        "  - constants.status: must be a text, a number or true/false",
        "  - values.category: 'category' has no column: its values can only translate the cells of one",
        "  - values.status: 'status' has no column: its values can only translate the cells of one",
        "  - options.granularity: the granularity is set by --granularity, or per indicator",
        "  - options.lessActive: unknown option 'lessActive': a mapping for meldingen may set indicators, norms, defaultNorm, calendar",
        ...["source", "createdAt", "status", "area"].map(
          (field) =>
            `  - columns: no column for '${field}', which a melding needs: map a column to it, or give it in constants`,
        ),
      ].join("\n"),
    );
  });
});

describe("readMapping, the file itself", () => {
  it("needs an object with columns or constants", async () => {
    expect(await cliFailure(() => read([]))).toBe(
      'mapping.json: expected a mapping object, such as { "records": "meldingen", "columns": { … } }',
    );
    expect(await cliFailure(() => read({ records: "meldingen" }))).toBe(
      'mapping.json: the mapping is invalid (1 problem):\n  - (root): a mapping names the columns: { "columns": { "id": …, "source": …, "createdAt": …, "status": …, "area": … } }',
    );
  });

  it("reports a key given twice, which JSON would keep only the last of", async () => {
    const text = '{"columns": {"id": "a", "id": "b", "area": "c", "date": "d"}}';
    expect(await cliFailure(() => read(text, "moves"))).toMatch(
      /^mapping\.json: the mapping is invalid \(1 problem\):\n {2}- columns\.id: /,
    );
  });

  it("takes no options for the dwelling stock, whose options are the moves'", async () => {
    const message = await cliFailure(() =>
      read(
        { columns: { area: "buurt", date: "peildatum", dwellings: "woningen" }, options: { indicators: {} } },
        "dwellings",
      ),
    );
    expect(message).toContain(
      "options.indicators: unknown option 'indicators': the dwellings take no options (those of the moves apply)",
    );
  });

  it("looks the fields of the mapping up exactly: a prototype's names are unknown fields", async () => {
    const message = await cliFailure(() =>
      read('{"columns": {"constructor": "x", "area": "a", "date": "d"}, "__proto__": {}}', "moves"),
    );
    expect(message).toContain("__proto__: unknown field '__proto__'");
    expect(message).toContain("columns.constructor: unknown field 'constructor': a move has id, area, date");
  });
});
