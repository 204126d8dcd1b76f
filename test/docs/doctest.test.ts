import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractExamples, publicSymbols, rewriteExample, typeCheckExamples } from "./doctest.js";

const noModules = { modules: {} };

/** Runs a rewritten example that imports nothing, and returns what its assertions saw. */
function runScript(code: string): { calls: [actual: unknown, expected: unknown, id: number][]; throws: unknown[][] } {
  const { javascript } = rewriteExample(code, noModules);
  const calls: [unknown, unknown, number][] = [];
  const throws: unknown[][] = [];
  const body = javascript.replace(/^export \{\};$/m, "");
  const run = new Function("__expect", "__expectThrow", body) as (
    expect: (actual: unknown, expected: unknown, id: number) => void,
    expectThrow: (run: () => void, name: string | null, text: string | null, id: number) => void,
  ) => void;
  run(
    (actual, expected, id) => calls.push([actual, expected, id]),
    (thunk, name, text, id) => {
      let error: unknown;
      try {
        thunk();
      } catch (caught) {
        error = caught;
      }
      throws.push([error instanceof Error ? error.message : error, name, text, id]);
    },
  );
  return { calls, throws };
}

describe("extractExamples", () => {
  it("takes the text after @example up to the next tag, without the leading ' * '", () => {
    const text = [
      "/**",
      " * Adds.",
      " *",
      " * @param a - a number",
      " * @example",
      " * add(1, 2);",
      " * //=> 3",
      " * @example",
      " * const options = {",
      " *   deep: true,",
      " * };",
      " * @category Maths",
      " */",
      "export function add(a: number, b: number) { return a + b; }",
    ].join("\n");
    expect(extractExamples(text)).toEqual([
      { symbol: "add", line: 5, code: "add(1, 2);\n//=> 3" },
      { symbol: "add", line: 8, code: "const options = {\n  deep: true,\n};" },
    ]);
  });

  it("names the declaration that follows the comment, for consts, types, interfaces and classes", () => {
    const text = [
      "/** @example\n * 1; */\nexport const one = 1;",
      "/** @example\n * 2; */\nexport type Two = 2;",
      "/** @example\n * 3; */\nexport interface Three {}",
      "/** @example\n * 4; */\nexport class Four {}",
    ].join("\n");
    expect(extractExamples(text).map((example) => example.symbol)).toEqual(["one", "Two", "Three", "Four"]);
  });

  it("drops the fences of a fenced example", () => {
    const text = "/**\n * @example\n * ```ts\n * f();\n * ```\n */\nexport function f() {}";
    expect(extractExamples(text)[0]?.code).toBe("f();");
  });

  it("ignores comments without @example", () => {
    expect(extractExamples("/** Only words. */\nexport const x = 1;")).toEqual([]);
  });
});

describe("rewriteExample", () => {
  it("asserts a //=> on the line after an expression statement", () => {
    expect(runScript("1 + 2;\n//=> 3").calls).toEqual([[3, 3, 0]]);
  });

  it("asserts a //=> on the same line as the statement", () => {
    expect(runScript("1 + 2; //=> 3").calls).toEqual([[3, 3, 0]]);
  });

  it("skips a note on the statement's line before the //=> line", () => {
    expect(runScript("1 + 2; // a note\n//=> 3").calls).toEqual([[3, 3, 0]]);
  });

  it("reads the expected value as an expression, which may go on over several // lines", () => {
    expect(runScript("({ a: [1, 2] });\n//=> {\n//   a: [1, 2],\n// }").calls).toEqual([
      [{ a: [1, 2] }, { a: [1, 2] }, 0],
    ]);
    expect(runScript('Date.parse("2024-01-01T00:00:00Z");\n//=> Date.parse("2024-01-01T00:00:00Z")').calls).toEqual([
      [1704067200000, 1704067200000, 0],
    ]);
  });

  it("asserts a //=> inside try/catch and inside an if", () => {
    const code = [
      "try {",
      '  throw new Error("boom");',
      "} catch (error) {",
      "  if (error instanceof Error) error.message;",
      '  //=> "boom"',
      "}",
    ].join("\n");
    expect(runScript(code).calls).toEqual([["boom", "boom", 0]]);
  });

  it("asserts nested statements inside a statement that is asserted too", () => {
    const code = "[1, 2].map((n) => {\n  n * 10;\n  //=> 10\n  return n;\n});\n//=> [1, 2]";
    const { calls } = runScript(code);
    expect(calls).toContainEqual([[1, 2], [1, 2], 0]);
    expect(calls).toContainEqual([10, 10, 1]);
  });

  it("turns '//=> throws Name: text' into a check that the statement throws", () => {
    const code = 'JSON.parse("{");\n//=> throws SyntaxError: JSON';
    const { throws } = runScript(code);
    expect(throws).toHaveLength(1);
    expect(throws[0]?.slice(1)).toEqual(["SyntaxError", "JSON", 0]);
  });

  it("rejects a //=> that follows no expression statement", () => {
    expect(() => rewriteExample("const a = 1; //=> 1", noModules)).toThrow(
      /line 1: this \/\/=> follows no expression statement/,
    );
  });

  it("rejects an expected value that is not one expression", () => {
    expect(() => rewriteExample("isOk();\n//=> false (a note)", noModules)).toThrow(
      /the expected value 'false \(a note\)' is not one expression/,
    );
  });

  it("rejects an example with a syntax error", () => {
    expect(() => rewriteExample("const = ;", noModules)).toThrow(/cannot run the example/);
  });

  it("rewrites the package's module names and rejects unknown ones", () => {
    const options = { modules: { buurtaanpak: "/abs/src/index.ts" } };
    expect(rewriteExample('import { x } from "buurtaanpak";\nx;', options).javascript).toContain(
      'from "/abs/src/index.ts"',
    );
    expect(() => rewriteExample('import { x } from "buurtaanpak/nope";\nx;', options)).toThrow(
      /unknown module 'buurtaanpak\/nope'/,
    );
  });

  it("puts the main exports in scope, except names the example imports or declares itself", () => {
    const options = {
      modules: { buurtaanpak: "/abs/index.ts" },
      globals: { from: "/abs/index.ts", names: ["a", "b", "c"], types: ["T"] },
    };
    const { typescript } = rewriteExample('import { a } from "buurtaanpak";\nconst b = 1;\na; b; c;', options);
    expect(typescript.split("\n")[0]).toBe('import { c, type T } from "/abs/index.ts";');
  });

  it("counts the assertions so that the harness can check each one ran", () => {
    expect(rewriteExample("1;\n//=> 1\n2;\n//=> 2\nconst x = 3;", noModules).assertions).toBe(2);
  });
});

describe("publicSymbols", () => {
  const files: Record<string, string> = {
    "/p/index.ts": [
      'export { documented, plain } from "./lib/a.js";',
      'export type { Shape } from "./lib/a.js";',
      'export { star } from "./lib/star.js";',
      "/**\n * @example\n * own;\n */\nexport const own = 1;",
    ].join("\n"),
    "/p/lib/a.ts": [
      "/**\n * Documented.\n * @example\n * documented();\n */\nexport function documented() {}",
      "/** No example. */\nexport function plain() {}",
      "/**\n * @example\n * Shape;\n */\nexport const Shape = {};\n/** @category X */\nexport type Shape = {};",
    ].join("\n"),
    "/p/lib/star.ts": 'export * from "./inner.js";',
    "/p/lib/inner.ts": "export const star = 1;",
  };
  const read = (path: string) => files[path];

  it("traces each export of an entry file to its declarations and their TSDoc", () => {
    const symbols = publicSymbols("/p/index.ts", read);
    const summary = Object.fromEntries(
      symbols.map((symbol) => [
        symbol.name,
        symbol.declarations.map((declaration) => declaration.documentation?.includes("@example") === true),
      ]),
    );
    expect(summary).toEqual({ documented: [true], plain: [false], Shape: [true, false], star: [false], own: [true] });
  });

  it("returns nothing for a missing entry file", () => {
    expect(publicSymbols("/p/missing.ts", read)).toEqual([]);
  });
});

describe("typeCheckExamples", () => {
  it("reports a type error in an example, naming it", () => {
    const directory = join(tmpdir(), "buurtaanpak-typecheck-selftest");
    const problems = typeCheckExamples(
      [
        { path: join(directory, "good.ts"), title: "good", typescript: 'const kind: "a" | "b" = "a";' },
        { path: join(directory, "bad.ts"), title: "bad", typescript: 'const kind: "a" | "b" = "c";' },
      ],
      join(import.meta.dirname, "..", "..", "tsconfig.json"),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad, line 1 of the rewritten example: Type '"c"' is not assignable/);
  }, 60_000);
});
