import { describe, expect, it } from "vitest";
import { describeRowProblem } from "../../../src/cli/input/describeRowProblem.js";
import { readCsv } from "../../../src/cli/input/readCsv.js";
import { safeParseObservations } from "../../../src/index.js";
import { alblasserdam } from "../../../src/presets/alblasserdam/index.js";
import { pieces } from "../fixtures.js";

async function problems(text: string): Promise<string[]> {
  const data = await readCsv(pieces(text), "data.csv");
  const result = safeParseObservations(alblasserdam, data.rows);
  if (result.success) throw new Error("expected the rows to be rejected");
  return result.error.issues.map((issue) => describeRowProblem(issue, data));
}

describe("describeRowProblem", () => {
  it("names CSV rows by their file line and field, not by array index", async () => {
    expect(
      await problems("indicator,area,period,value\n\nfixi-meldingen,GM0482,2023,480\nfixi-meldingen,GM0482,2024,-3\n"),
    ).toEqual(["line 4, field value: must not be negative"]);
  });

  it("names the row a duplicate clashes with by its line too: rows 0 and 1 are lines 2 and 3", async () => {
    expect(
      await problems("indicator,area,period,value\nfixi-meldingen,GM0482,2024,1\nfixi-meldingen,GM0482,2024,2\n"),
    ).toEqual(["line 3, field period: duplicate of line 2: same indicator, area and period"]);
  });

  it("leaves a value that reads 'row 1' as it is", async () => {
    const [problem] = await problems(
      "indicator,area,period,value\nrow 1,GM0482,2024,1\nfixi-meldingen,GM0482,2024,1\n",
    );
    expect(problem).toMatch(/^line 2, field indicator: .*'row 1'/);
    expect(problem).not.toContain("line 3");
  });

  it("names JSON rows by their path in the file", () => {
    const rows = [{ indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: "12" }];
    const result = safeParseObservations(alblasserdam, rows);
    const issue = result.success ? undefined : result.error.issues[0];
    if (issue === undefined) throw new Error("expected a problem");
    const data = { file: "set.json", format: "json", rows, rowProblems: [], fileProblems: [] } as const;
    expect(describeRowProblem(issue, { ...data, rowsPath: ["observations"] })).toMatch(
      /^observations\[0\]\.value: must be a number, not the text "12"$/,
    );
    expect(describeRowProblem(issue, { ...data, rowsPath: [] })).toMatch(/^\[0\]\.value: must be a number/);
  });
});
