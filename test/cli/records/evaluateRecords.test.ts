/// <reference types="node" />
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type EvaluateCommandOptions, evaluateCommand } from "../../../src/cli/evaluate.js";
import { defaultMaxBytes } from "../../../src/cli/input/limits.js";
import type { Output } from "../../../src/cli/output/Output.js";
import { outputChunks } from "../../../src/cli/output/outputChunks.js";
import type { FactorResult } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { deriveMeldingen } from "../../../src/records/index.js";
import { cliFailure, flat, memoryFiles } from "../fixtures.js";

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../../../docs/examples/${name}`, import.meta.url)), "utf8");

// Five meldingen in Cortgene, with the sources in a column of their own:
// - m1, 1 June 2023: Fixi, 2023;
// - m2, 23:30 UTC on 31 December 2023 = 00:30 on 1 January 2024 in Amsterdam: Fixi, 2024;
// - m3, 00:30 UTC on 31 March 2024 (the night summer time starts) = 01:30 in Amsterdam: Fixi, 2024;
// - m4, cancelled: in no count;
// - m5, from the police, 1 February 2024.
// So Fixi: 1 in 2023, 2 in 2024 (Q1 2024: m2 and m3, 2; Q1 2023: 0); police: 0 in 2023, 1 in 2024.
const meldingen = [
  "id,source,createdAt,status,area",
  "m1,fixi,2023-06-01T10:00:00+02:00,closed,BU04820101",
  "m2,fixi,2023-12-31T23:30:00Z,open,BU04820101",
  "m3,Fixi,2024-03-31T00:30:00Z,open,BU04820101",
  "m4,fixi,2024-05-01T09:00:00+02:00,cancelled,BU04820101",
  "m5,politie,2024-02-01T12:00:00+01:00,open,BU04820101",
].join("\n");
const fixiOnly = {
  columns: { id: "nummer", createdAt: "gemeld", status: "status", area: "buurt" },
  constants: { source: "fixi" },
  values: { status: { Afgehandeld: "closed", Open: "open" } },
};
const files = memoryFiles({
  "meldingen.csv": meldingen,
  "fixi.csv":
    "nummer;gemeld;status;buurt\nF-1;2024-02-01T10:00:00+01:00;Open;BU04820101\nF-2;2023-02-01T10:00:00+01:00;Afgehandeld;BU04820102\n",
  "fixi-mapping.json": JSON.stringify(fixiOnly),
  "politie.csv": "nummer;gemeld;status;buurt\nP-1;2024-03-01T10:00:00+01:00;Open;BU04820101\n",
  "politie-mapping.json": JSON.stringify({ ...fixiOnly, constants: { source: "politie" } }),
  "klaar-mapping.json": JSON.stringify({
    ...fixiOnly,
    constants: { source: "fixi", status: "klaar" },
    columns: { id: "nummer", createdAt: "gemeld", area: "buurt" },
    values: {},
  }),
  "norms-mapping.json": JSON.stringify({
    ...fixiOnly,
    options: {
      norms: { afval: { days: -1, unit: "working-days" } },
      indicators: { "geen-indicator": { figure: "count" } },
    },
  }),
  "calendar-mapping.json": JSON.stringify({ ...fixiOnly, options: { calendar: { goodFriday: "ja" } } }),
  "fouten.csv": [
    "id,source,createdAt,status,area",
    "m1,fixi,2024-06-01T10:00:00+02:00,closed,BU99999999",
    "m2,fixi,2024-06-02T10:00:00+02:00,open,BU04820101,extra",
    "m3,fixi,2025-01-01T10:00:00+01:00,open,BU04820101",
  ].join("\n"),
  "data.csv": "indicator,area,period,value\nnieuwsbrief-abonnees,GM0482,2023,1000\nfixi-meldingen,BU04820101,2024,9\n",
  "newsletter.csv":
    "indicator,area,period,value\nnieuwsbrief-abonnees,GM0482,2023,1000\nnieuwsbrief-abonnees,GM0482,2024,1200\n",
  "partners.csv": example("partners.csv"),
  "activiteiten.csv": example("activiteiten.csv"),
  "mutaties.csv": example("mutaties.csv"),
  "woningen.csv": example("woningen.csv"),
  "woningen-fout.csv": "area,date,dwellings\nBU04820101,2023-01-01,veel\n",
});
const options = (extra: Partial<EvaluateCommandOptions>): EvaluateCommandOptions => ({
  model: "alblasserdam",
  period: "2024",
  format: "json",
  language: "nl",
  maxBytes: defaultMaxBytes,
  unprotected: true,
  ...extra,
});
const records = (
  list: string[],
  more: { maps?: string[]; covers?: string; granularity?: "month" | "quarter" | "year" } = {},
) => ({
  records: {
    records: list,
    maps: more.maps ?? [],
    ...(more.covers === undefined ? {} : { covers: more.covers }),
    ...(more.granularity === undefined ? {} : { granularity: more.granularity }),
  },
});
const text = (output: Output) => [...outputChunks(output)].join("");
const json = async (extra: Partial<EvaluateCommandOptions>) =>
  JSON.parse(text(await evaluateCommand(options(extra), files))) as {
    records: { kind: string; file: string; covers: string; records: number; rows: number; warnings: unknown[] }[];
    factors: FactorResult[];
  } & Record<string, unknown>;
const failure = (extra: Partial<EvaluateCommandOptions>) => cliFailure(() => evaluateCommand(options(extra), files));
const figure = (result: { factors: FactorResult[] }, factor: string, area: string) => {
  const found = result.factors.find((candidate) => candidate.factor === factor && candidate.area === area);
  const measure = found?.measures[0];
  return { status: found?.status, current: measure?.current, baseline: measure?.baseline };
};

describe("evaluate --records: meldingen", () => {
  it("counts meldingen by source on their Amsterdam date: Fixi 2 in 2024 against 1 in 2023, the police 1 against 0", async () => {
    const result = await json(records(["meldingen=meldingen.csv@2023-01-01/2024-12-31"]));
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 2, baseline: 1 });
    expect(figure(result, "fixi-meldingen", "BU04820101")).toMatchObject({ current: 2, baseline: 1 });
    expect(figure(result, "politie-meldingen", "GM0482")).toMatchObject({ current: 1, baseline: 0 });
    // 29 buurten × 2 years × 2 indicators, a written 0 in every buurt without meldingen
    expect(result.records).toEqual([
      expect.objectContaining({
        kind: "meldingen",
        file: "meldingen.csv",
        covers: "2023-01-01/2024-12-31",
        records: 5,
        rows: 116,
      }),
    ]);
  });

  it("gives the JSON the derivation's warnings exactly as the library does, in a field records after notForPublication", async () => {
    const result = await json(records(["meldingen=meldingen.csv"], { covers: "2023-01-01/2024-12-31" }));
    expect(Object.keys(result).slice(0, 3)).toEqual(["notForPublication", "records", "period"]);
    const library = deriveMeldingen(
      alblasserdam,
      {
        covers: "2023-01-01/2024-12-31",
        records: meldingen
          .split("\n")
          .slice(1)
          .map((line) => {
            const [id, source, createdAt, status, area] = line.split(",");
            return { id, source, createdAt, status, area };
          }),
      },
      {},
    );
    expect(result.records[0]?.warnings).toEqual(library.warnings);
    // m4 is cancelled; m1 is closed but has no closedAt
    expect(library.warnings.map((warning) => warning.code)).toEqual(["cancelled", "closed-without-date"]);
  });

  it("shows the protected evaluation's JSON with records first when protected", async () => {
    const result = await json({ ...records(["meldingen=meldingen.csv@2023-01-01/2024-12-31"]), unprotected: false });
    expect(Object.keys(result)[0]).toBe("records");
    expect(result["protection"]).toBeDefined();
  });

  it("derives rows at the period's granularity: 2024-Q1 from quarters, Fixi 2 against 0", async () => {
    const result = await json({ ...records(["meldingen=meldingen.csv@2023-01-01/2024-12-31"]), period: "2024-Q1" });
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 2, baseline: 0 });
    // 29 buurten × 8 quarters × 2 indicators
    expect(result.records[0]?.rows).toBe(464);
  });

  it("derives at --granularity when given: months, 29 × 24 × 2 rows, and a year adds them up to the same 2 against 1", async () => {
    const result = await json(records(["meldingen=meldingen.csv@2023-01-01/2024-12-31"], { granularity: "month" }));
    expect(result.records[0]?.rows).toBe(29 * 24 * 2);
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 2, baseline: 1 });
  });

  it("writes only the indicators of its source for a register of one source: the police stay no data, not 0", async () => {
    const result = await json(
      records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=fixi-mapping.json"] }),
    );
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
    expect(figure(result, "politie-meldingen", "GM0482").status).toBe("no-data");
    expect(result.records[0]?.rows).toBe(58);
  });

  it("reads two files of one kind, each with its own mapping: Fixi from one, the police from the other", async () => {
    const result = await json(
      records(["meldingen=fixi.csv", "meldingen=politie.csv"], {
        covers: "2023-01-01/2024-12-31",
        maps: ["fixi.csv=fixi-mapping.json", "politie.csv=politie-mapping.json"],
      }),
    );
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
    expect(figure(result, "politie-meldingen", "GM0482")).toMatchObject({ current: 1, baseline: 0 });
    expect(result.records.map((register) => [register.file, register.rows])).toEqual([
      ["fixi.csv", 58],
      ["politie.csv", 58],
    ]);
  });

  it("shows the derivation's notes with the evaluation's, in the table and in Markdown, named by the file", async () => {
    for (const format of ["table", "md"] as const) {
      const report = flat(
        text(
          await evaluateCommand(
            options({ ...records(["meldingen=meldingen.csv@2023-01-01/2024-12-31"]), format }),
            files,
          ),
        ),
      );
      expect(report).toContain("meldingen.csv: 116 rijen afgeleid uit 5 meldingen over 2023-01-01/2024-12-31.");
      expect(report).toContain("meldingen.csv: 1 melding geannuleerd");
      expect(report).toContain("meldingen.csv (meldingen, 2023-01-01/2024-12-31)");
    }
  });

  it("evaluates observations and records together", async () => {
    const result = await json({
      data: "newsletter.csv",
      ...records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=fixi-mapping.json"] }),
    });
    expect(figure(result, "fixi-meldingen", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
    // the newsletter is the first measure of the factor "bereik-informatie"
    expect(figure(result, "bereik-informatie", "GM0482")).toMatchObject({ current: 1200, baseline: 1000 });
  });
});

describe("evaluate --records: partners, activities, moves and dwellings (docs/examples)", () => {
  const all = records(
    ["partners=partners.csv", "activities=activiteiten.csv", "moves=mutaties.csv", "dwellings=woningen.csv"],
    {
      covers: "2023-01-01/2024-12-31",
    },
  );

  it("counts new partners once, at their first joining: formal 1 (the sportclub) against 1, informal 1 (the buurtapp; the moestuin rejoined) against 1", async () => {
    const result = await json(all);
    expect(figure(result, "formeel-netwerk", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
    expect(figure(result, "informeel-netwerk", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
  });

  it("gives the mutatiegraad of Cortgene as moves over its 430 dwellings: 4/430 against 3/430", async () => {
    const result = await json(all);
    const { current, baseline } = figure(result, "mutatiegraad", "BU04820101");
    expect(current).toBeCloseTo(4 / 430, 12);
    expect(baseline).toBeCloseTo(3 / 430, 12);
  });

  it("counts an organisation in two buurten of one wijk once for the wijk: 2 in 2023 (3 over the buurten), 3 in 2024", async () => {
    // 2023: Cortgene {Stichting Voorbeeld, Buurtvereniging Cortgene}, Redersbuurt {Stichting Voorbeeld}
    // 2024: Cortgene {Stichting Voorbeeld, Sportclub Voorbeeld}, Redersbuurt {Buurtvereniging Cortgene}
    const result = await json(all);
    expect(figure(result, "deelnemende-organisaties", "WK048201")).toMatchObject({ current: 3, baseline: 2 });
    expect(figure(result, "deelnemende-organisaties", "GM0482")).toMatchObject({ current: 3, baseline: 2 });
    expect(figure(result, "deelnemende-organisaties", "BU04820101")).toMatchObject({ current: 2, baseline: 2 });
    expect(figure(result, "deelnemende-organisaties", "BU04820102")).toMatchObject({ current: 1, baseline: 1 });
  });

  it("counts events, self-organised ones and the network meeting; an unknown participant count gives no total", async () => {
    const result = await json(all);
    expect(figure(result, "aantal-evenementen", "GM0482")).toMatchObject({ current: 2, baseline: 2 });
    expect(figure(result, "zelf-georganiseerd", "GM0482")).toMatchObject({ current: 1, baseline: 1 });
    expect(figure(result, "netwerkbijeenkomsten", "GM0482")).toMatchObject({ current: 1, baseline: 0 });
    expect(figure(result, "deelnemers-evenementen", "BU04820101")).toMatchObject({ current: 80, baseline: 24 });
    // a-4 in the Redersbuurt has no count: no row for 2024, so no comparison there
    expect(figure(result, "deelnemers-evenementen", "BU04820102").status).toBe("no-data");
  });

  it("names the moves and their dwelling stock as one register", async () => {
    const result = await json(all);
    expect(result.records.map((register) => register.kind)).toEqual(["partners", "activities", "moves"]);
    expect(result.records[2]).toMatchObject({ file: "mutaties.csv", dwellings: "woningen.csv", records: 7 });
  });

  it("names a bad dwelling count by its own file and line", async () => {
    const message = await failure(
      records(["moves=mutaties.csv", "dwellings=woningen-fout.csv"], { covers: "2023-01-01/2024-12-31" }),
    );
    expect(message).toMatch(
      /^mutaties\.csv: the moves are invalid \(1 problem\):\n {2}- line 2 of woningen-fout\.csv, column 'dwellings': /,
    );
  });
});

describe("evaluate --records: mistakes", () => {
  it("names every bad record by its line and column, with the reader's problems, in the order of the file", async () => {
    const message = await failure(records(["meldingen=fouten.csv@2024"]));
    expect(message).toBe(
      [
        "fouten.csv: the meldingen are invalid (3 problems):",
        "  - line 2, column 'area': unknown area 'BU99999999': it is not among the 36 areas given",
        "  - line 3: 6 cells, but the header has 5 columns",
        "  - line 4, column 'createdAt': made on 2025-01-01 (in Amsterdam), outside the register's span 2024",
      ].join("\n"),
    );
  });

  it("says a constant's problem once, for every record", async () => {
    const message = await failure(
      records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=klaar-mapping.json"] }),
    );
    expect(message).toMatch(
      /^fixi\.csv: the meldingen are invalid \(1 problem\):\n {2}- every record, status \(the constant "klaar" of klaar-mapping\.json\): unknown status/,
    );
  });

  it("names a problem of the mapping's options by the mapping file and its path", async () => {
    const message = await failure(
      records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=norms-mapping.json"] }),
    );
    expect(message).toContain("fixi.csv: the meldingen cannot be derived (");
    expect(message).toContain(
      "  - norms-mapping.json: options.indicators[\"geen-indicator\"]: the model has no indicator 'geen-indicator'",
    );
    expect(message).toContain("  - norms-mapping.json: options.norms.afval.days: ");
    const calendar = await failure(
      records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=calendar-mapping.json"] }),
    );
    expect(calendar).toMatch(/^calendar-mapping\.json: the mapping is invalid \(1 problem\):\n {2}- options\.calendar/);
  });

  it("names the row a derived row clashes with: a line of the data file", async () => {
    const message = await failure({
      data: "data.csv",
      ...records(["meldingen=fixi.csv@2023-01-01/2024-12-31"], { maps: ["meldingen=fixi-mapping.json"] }),
    });
    expect(message).toBe(
      "fixi.csv: the rows derived from the records are invalid (1 problem):\n" +
        "  - fixi.csv: fixi-meldingen, BU04820101, 2024, field period: duplicate of line 3 of data.csv: same indicator, area and period (two sources give this figure: leave it out of one, or name the indicators of each in its mapping's options.indicators)",
    );
  });

  it("names the mistakes of the command line before it reads a file", async () => {
    const cases: [Partial<EvaluateCommandOptions>, string][] = [
      [records([]), "missing --data or --records: the observations, or the records to derive them from"],
      [
        records(["meldingen=meldingen.csv"]),
        "--records meldingen=meldingen.csv: a register says which span it covers: give --covers, such as --covers 2023-01-01/2024-12-31, or add it to the file, such as meldingen=meldingen.csv@2023-01-01/2024-12-31",
      ],
      [
        { data: "data.csv", ...records([], { maps: ["meldingen=m.json"] }) },
        "--map needs --records: it says how to read a file of records",
      ],
      [
        { data: "data.csv", ...records([], { covers: "2024" }) },
        "--covers needs --records: it is the span the records cover",
      ],
      [
        { data: "data.csv", ...records([], { granularity: "month" }) },
        "--granularity needs --records: it is how finely the records are counted",
      ],
      [
        records(["meldingen=meldingen.csv@2024"], { maps: ["x.csv=m.json"] }),
        "--map x.csv=m.json: 'x.csv' is neither a kind of records (meldingen, partners, activities, moves, dwellings) nor a file given with --records",
      ],
      [
        records(["meldingen=meldingen.csv@2024"], { maps: ["partners=m.json"] }),
        "--map partners=m.json: no --records partners=… is given",
      ],
      [
        records(["meldingen=meldingen.csv@2024"], { maps: ["meldingen"] }),
        "--map takes <kind>=<mapping.json> or <file>=<mapping.json>, such as --map meldingen=fixi-mapping.json; not 'meldingen'",
      ],
      [
        records(["meldingen=meldingen.csv@2024"], { maps: ["meldingen=a.json", "meldingen=b.json"] }),
        "--map meldingen=… is given twice",
      ],
      [
        records(["dwellings=woningen.csv"], { covers: "2024" }),
        "--records dwellings=… needs --records moves=…: the dwelling stock is the denominator of the moves",
      ],
      [
        records(["moves=a.csv", "moves=b.csv"], { covers: "2024" }),
        "--records moves=… is given twice: the moves and their dwelling stock are one register",
      ],
      [records(["meldingen=a.csv", "partners=a.csv"], { covers: "2024" }), "--records: the file a.csv is given twice"],
    ];
    for (const [extra, expected] of cases) expect(await failure(extra)).toBe(expected);
  });

  it("names a bad span by where it came from", async () => {
    expect(await failure(records(["meldingen=meldingen.csv"], { covers: "2024-13" }))).toMatch(/^--covers: /);
    expect(await failure(records(["meldingen=meldingen.csv@2024-13"]))).toMatch(
      /^--records meldingen=meldingen\.csv@2024-13: /,
    );
  });
});
