import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultMaxBytes } from "../../../src/cli/input/limits.js";
import { readData } from "../../../src/cli/input/readData.js";
import { safeParseObservations } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { cliFailure, memoryFile } from "../fixtures.js";

const read = (name: string, text: string) => readData(memoryFile(name, text), defaultMaxBytes);

describe("readData", () => {
  it("reads .csv files as CSV and anything else as JSON", async () => {
    expect((await read("x.CSV", "indicator,area,period\n")).format).toBe("csv");
    expect((await read("x.json", "[]")).format).toBe("json");
  });

  it("reads a JSON array of rows", async () => {
    const data = await read("rows.json", '[{"indicator":"fixi-meldingen","area":"GM0482","period":"2024","value":1}]');
    expect(data.rows).toHaveLength(1);
    expect(data.rowsPath).toEqual([]);
  });

  it("reads a JSON object with observations, areas, period, baseline and a synthetic flag", async () => {
    const text = JSON.stringify({
      synthetic: true,
      description: { nl: "Verzonnen.", en: "Made up." },
      period: "2024",
      baseline: "2023",
      areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
      observations: [],
    });
    const data = await read("set.json", text);
    expect(data).toMatchObject({
      period: "2024",
      baseline: "2023",
      synthetic: { nl: "Verzonnen.", en: "Made up." },
      rowsPath: ["observations"],
    });
    expect(data.areas).toHaveLength(1);
    expect(data.fileProblems).toEqual([]);
  });

  it("reports a period written as a number, naming the field, instead of ignoring it", async () => {
    const data = await read("set.json", '{"period": 2024, "observations": []}');
    expect(data.period).toBeUndefined();
    expect(data.fileProblems).toEqual([
      { path: ["period"], message: 'must be a text such as "2024", not the number 2024' },
    ]);
  });

  it("reports every field of the object that is not what it must be, and every unknown one", async () => {
    const data = await read(
      "set.json",
      '{"observations": [], "baseline": null, "synthetic": "ja", "areas": {}, "bron": "CBS"}',
    );
    expect(data.fileProblems.map((problem) => problem.path[0])).toEqual(["baseline", "synthetic", "areas", "bron"]);
    expect(data.fileProblems[3]?.message).toMatch(
      /^unknown field 'bron'; a data file's fields are observations, areas, period/,
    );
  });

  it("reports a repeated observations key, which JSON would drop silently with its rows", async () => {
    const data = await read("set.json", '{\n"observations": [{"a": 1}],\n"observations": []\n}');
    expect(data.fileProblems).toEqual([
      {
        path: ["observations"],
        message:
          'the key "observations" appears twice in one object (lines 2 and 3); JSON keeps only the last, so the first would be lost',
      },
    ]);
  });

  it("reports a repeated key inside a row, with the row's path", async () => {
    const data = await read("set.json", '{"observations": [{"value": 1}, {"value": 2, "value": 3}]}');
    expect(data.fileProblems.map((problem) => problem.path)).toEqual([["observations", 1, "value"]]);
  });

  it("rejects JSON that holds no rows", async () => {
    expect(await cliFailure(() => read("set.json", '{"rows": []}'))).toMatch(
      /^set\.json: expected an array of observation rows/,
    );
  });

  it("names the file, the line and the column when the text is not JSON", async () => {
    expect(await cliFailure(() => read("model.json", "[1,\n2"))).toMatch(
      /^model\.json: not valid JSON \(.*\(line 2, column 2\)\)$/,
    );
  });

  it("ignores a byte-order mark", async () => {
    expect((await read("x.json", "\uFEFF[1]")).rows).toEqual([1]);
  });
});

describe("docs/cli.md", () => {
  const guide = readFileSync(new URL("../../../docs/cli.md", import.meta.url), "utf8");
  const fence = /```(\w+)\n([\s\S]*?)```/g;

  it("has a CSV example that reads and parses", async () => {
    const example = [...guide.matchAll(fence)].find((match) => match[1] === "csv")?.[2] ?? "";
    const data = await read("metingen.csv", example);
    expect(data.rows).toHaveLength(4);
    expect(safeParseObservations(alblasserdam, data.rows).success).toBe(true);
  });

  it("has a JSON example that parses", async () => {
    const example = [...guide.matchAll(fence)].find((match) => match[1] === "json")?.[2] ?? "";
    expect(safeParseObservations(alblasserdam, (await read("rows.json", example)).rows).success).toBe(true);
  });
});
