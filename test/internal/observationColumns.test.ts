import { describe, expect, it } from "vitest";
import { attachColumns, columnsOf, type ObservationColumns } from "../../src/internal/observationColumns.js";

const columns: ObservationColumns = {
  version: 1,
  indicatorIds: ["meldingen"],
  measures: ["count"],
  indicator: Uint32Array.of(0),
  areaIds: ["GM9999"],
  area: Uint32Array.of(0),
  firstDay: Int32Array.of(19_723),
  endDay: Int32Array.of(20_089),
  first: Float64Array.of(12),
  second: Float64Array.of(1),
};

describe("columnsOf", () => {
  it("finds the columns attached to an array of parsed rows, and nothing on a copy of it", () => {
    const rows = [{ indicator: "meldingen", area: "GM9999", period: "2024", value: 12 }];
    attachColumns(rows, columns);
    expect(columnsOf(rows)).toBe(columns);
    expect(columnsOf([...rows])).toBeUndefined();
  });

  it("finds none on what is not an array: an object carrying the same symbol", () => {
    expect(columnsOf({ [Symbol.for("buurtaanpak.observations")]: columns })).toBeUndefined();
    expect(columnsOf(undefined)).toBeUndefined();
  });

  it("reads no columns of another version, such as a later copy of the library might attach (version 2), nor a non-object", () => {
    const later: unknown[] = [];
    Object.defineProperty(later, Symbol.for("buurtaanpak.observations"), { value: { ...columns, version: 2 } });
    expect(columnsOf(later)).toBeUndefined();
    const junk: unknown[] = [];
    Object.defineProperty(junk, Symbol.for("buurtaanpak.observations"), { value: 1 });
    expect(columnsOf(junk)).toBeUndefined();
  });
});
