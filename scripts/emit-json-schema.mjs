// Writes the JSON Schema of the model file format, generated from the zod schemas, to
// schema/model.json (shipped in the package as `buurtaanpak/schema/model.json`).
import { mkdirSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { Model } from "../dist/index.js";

const schema = {
  ...z.toJSONSchema(Model, { target: "draft-2020-12", io: "input" }),
  $id: "https://www.npmjs.com/package/buurtaanpak/schema/model.json",
  title: "Buurtaanpak model",
  description:
    "A gemeente's Buurtaanpak vision as data: goals, strategy lines, methods, success factors and indicators. " +
    "parseModel also checks what a schema cannot: unique ids, references, rule/measure fit, share thresholds written as fractions, " +
    "rates derived from a count, CBS codes and the area hierarchy.",
};
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(new URL("../schema/model.json", import.meta.url), `${JSON.stringify(schema, null, 2)}\n`);
console.log("schema/model.json written");
