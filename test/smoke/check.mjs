// The smoke check: one plain ES module that runs unchanged under Node, Bun, Deno and (bundled by
// esbuild) in a browser page. It imports the packed package by its public names only, so what it
// proves is what a user of the tarball gets. It throws on any difference; the harness (run.mjs)
// reads the one line it prints, so a runtime that silently did nothing cannot pass.
import { evaluate, parseModel, parseObservations } from "buurtaanpak";
import { alblasserdam } from "buurtaanpak/alblasserdam";

// Worked out by hand from the preset's rule for fixi-meldingen (+10% on the year before):
// (530 − 480) ÷ 480 = +10,4%, and 530 ≥ 480 × 1,1 = 528, so the target is met.
const expected = "Fixi-meldingen in Alblasserdam: 530 in 2024 tegen 480 in 2023 (+10,4%); doel +10% gehaald.";

function runtimeName() {
  if (typeof globalThis.Deno !== "undefined") return "deno";
  if (typeof globalThis.Bun !== "undefined") return "bun";
  if (typeof globalThis.process?.versions?.node === "string" && typeof globalThis.window === "undefined") return "node";
  if (typeof globalThis.navigator?.userAgent === "string" && globalThis.navigator.userAgent.includes("Chrome"))
    return "chromium";
  return "unknown";
}

// A JSON round trip: the preset is deeply frozen, and a model file read from disk is plain JSON,
// so parseModel must accept the preset in the form a user's own model file would have.
const model = parseModel(JSON.parse(JSON.stringify(alblasserdam)));
const observations = parseObservations(model, [
  { indicator: "fixi-meldingen", area: "GM0482", period: "2023", value: 480 },
  { indicator: "fixi-meldingen", area: "GM0482", period: "2024", value: 530 },
]);
const evaluation = evaluate(model, observations, {
  period: "2024",
  areas: [{ id: "GM0482", kind: "gemeente", name: "Alblasserdam" }],
});
const result = evaluation.factors.find((factor) => factor.factor === "fixi-meldingen" && factor.area === "GM0482");
if (result === undefined) throw new Error("smoke: no fixi-meldingen result for GM0482");
if (result.explanation.nl !== expected) {
  throw new Error(
    `smoke: the GM0482 fixi-meldingen sentence differs\n  expected: ${expected}\n  actual:   ${result.explanation.nl}`,
  );
}
if (result.status !== "achieved") throw new Error(`smoke: status ${result.status}, expected achieved`);

const report = { runtime: runtimeName(), factors: evaluation.factors.length, sentence: result.explanation.nl };
globalThis.smokeReport = report;
console.log(`smoke-report ${JSON.stringify(report)}`);
