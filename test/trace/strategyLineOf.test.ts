import { describe, expect, it } from "vitest";
import { parseModel } from "../../src/model/parseModel.js";
import { alblasserdam } from "../../src/presets/alblasserdam/index.js";
import { strategyLineOf } from "../../src/trace/strategyLineOf.js";
import { changedModel, label, validModel } from "../model/fixtures.js";

describe("strategyLineOf", () => {
  it.each([
    // domain.md §7, the "strategy line (Figure 1)" column
    ["inspireren-ondersteunen-bewoners", "zichtbaarheid-continuiteit"],
    ["aanpakken-buitenruimte", "zichtbaarheid-continuiteit"],
    ["aanwezig-in-de-buurten", "zichtbaarheid-continuiteit"],
    ["aanbieden-ontwikkelperspectief", "zichtbaarheid-continuiteit"],
    ["verstevigen-netwerk-samenwerking", "anticiperen-aansluiten-adopteren"],
    ["voorlichting-en-pr", "zichtbaarheid-continuiteit"],
  ])("places the Alblasserdam method %s in the strategy line %s", (method, line) => {
    expect(strategyLineOf(alblasserdam, method)?.id).toBe(line);
  });

  it("returns the model's own strategy line object", () => {
    const model = parseModel(validModel());
    expect(strategyLineOf(model, "buurtfeesten")).toBe(model.strategyLines[0]);
  });

  it("picks the line the method names when there are several", () => {
    const model = parseModel(
      changedModel((input) => {
        input.strategyLines.push({
          id: "zichtbaar",
          label: label("Zichtbaar"),
          layer: label("METHODEN"),
          role: label("COORDINATOR"),
          by: label("Werkgroepen"),
          elements: [],
          provenance: "stated",
        });
        input.methods[1].strategyLine = "zichtbaar";
      }),
    );
    expect(strategyLineOf(model, "buurtpreventie")?.id).toBe("samenwerken");
    expect(strategyLineOf(model, "buurtfeesten")?.id).toBe("zichtbaar");
  });

  it("returns undefined for an unknown method, a strategy line id or a goal id", () => {
    const model = parseModel(validModel());
    expect(strategyLineOf(model, "onbekend")).toBeUndefined();
    expect(strategyLineOf(model, "samenwerken")).toBeUndefined();
    expect(strategyLineOf(model, "veiliger")).toBeUndefined();
  });
});
