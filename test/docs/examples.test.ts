/**
 * Every `@example` in the TSDoc of `src/` (except `src/cli/`) runs as a test, and every public
 * symbol has one. See `doctest.ts` for the conventions an example may use.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import {
  extractExamples,
  publicSymbols,
  type Rewritten,
  rewriteExample,
  typeCheckExamples,
  typeScriptFiles,
} from "./doctest.js";

const root = resolve(fileURLToPath(import.meta.url), "../../..");
const source = join(root, "src");
const entries = {
  buurtaanpak: join(source, "index.ts"),
  "buurtaanpak/alblasserdam": join(source, "presets", "alblasserdam", "index.ts"),
  "buurtaanpak/testing": join(source, "testing", "index.ts"),
  "buurtaanpak/records": join(source, "records", "index.ts"),
  "buurtaanpak/calendar-nl": join(source, "calendar-nl", "index.ts"),
  "buurtaanpak/report": join(source, "report", "index.ts"),
} as const;

// Every export of the main entry is in scope in an example without an import.
const mainExports = Object.keys((await import(/* @vite-ignore */ pathToFileURL(entries.buurtaanpak).href)) as object);

interface Runtime {
  __expect?: (actual: unknown, expected: unknown, id: number) => void;
  __expectThrow?: (run: () => void, name: string | null, text: string | null, id: number) => void;
}
const runtime = globalThis as typeof globalThis & Runtime;

const files = typeScriptFiles(source, (path) => path === join(source, "cli"));
const examples = files.flatMap((path) => {
  const file = relative(root, path).split(sep).join("/");
  const found = extractExamples(readFileSync(path, "utf8"));
  return found.map((example) => {
    const same = found.filter((other) => other.symbol === example.symbol);
    const suffix = same.length > 1 ? ` #${same.indexOf(example) + 1}` : "";
    return { ...example, file, title: `${file}: ${example.symbol} example${suffix}` };
  });
});

// The guides: every ```ts block of README.md and docs/*.md runs too. The blocks of one file
// run as one example, in order, so a later block can use what an earlier one defined.
const guideFiles = [
  "README.md",
  ...readdirSync(join(root, "docs"))
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => `docs/${name}`),
];
const guides = guideFiles.flatMap((file) => {
  const text = readFileSync(join(root, file), "utf8");
  const blocks = [...text.matchAll(/^```ts\n([\s\S]*?)^```/gm)];
  if (blocks.length === 0) return [];
  const line = text.slice(0, blocks[0]?.index ?? 0).split("\n").length;
  return [
    {
      symbol: file,
      line,
      code: blocks.map((block) => block[1] ?? "").join("\n"),
      file,
      title: `${file}: its code samples`,
    },
  ];
});

const directory = mkdtempSync(join(tmpdir(), "buurtaanpak-examples-"));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const readSource = (path: string) => (existsSync(path) ? readFileSync(path, "utf8") : undefined);
// The exported types of the main entry are in scope too, for the type check.
const mainTypes = publicSymbols(entries.buurtaanpak, readSource)
  .map((symbol) => symbol.name)
  .filter((name) => !mainExports.includes(name));
const rewriteOptions = {
  modules: entries,
  globals: { from: entries.buurtaanpak, names: mainExports, types: mainTypes },
};

/** Runs an example module; fails when an assertion fails or one never runs. */
async function run(example: (typeof examples)[number], index: number): Promise<void> {
  const rewritten: Rewritten = rewriteExample(example.code, rewriteOptions);
  const path = join(directory, `${index}-${example.symbol.replace(/\W/g, "_")}.mjs`);
  writeFileSync(path, rewritten.javascript);
  const ran = new Set<number>();
  runtime.__expect = (actual, expected, id) => {
    ran.add(id);
    expect(actual, `the //=> of assertion ${id + 1} (${example.file}:${example.line})`).toEqual(expected);
  };
  runtime.__expectThrow = (body, name, text, id) => {
    ran.add(id);
    let thrown: unknown;
    let threw = false;
    try {
      body();
    } catch (error) {
      threw = true;
      thrown = error;
    }
    expect(threw, `assertion ${id + 1} expects a throw`).toBe(true);
    expect(thrown).toBeInstanceOf(Error);
    if (!(thrown instanceof Error)) return;
    if (name !== null) expect(thrown.name).toBe(name);
    if (text !== null) expect(thrown.message).toContain(text);
  };
  try {
    await import(/* @vite-ignore */ pathToFileURL(path).href);
    const skipped = Array.from({ length: rewritten.assertions }, (_, id) => id).filter((id) => !ran.has(id));
    expect(skipped.map((id) => `assertion ${id + 1} never ran`)).toEqual([]);
  } catch (error) {
    if (error instanceof Error)
      error.message += `\n\nin the @example at ${example.file}:${example.line}:\n${example.code}`;
    throw error;
  } finally {
    delete runtime.__expect;
    delete runtime.__expectThrow;
  }
}

describe("the @example blocks of src/", () => {
  it("finds the examples of the main modules", () => {
    const titles = examples.map((example) => example.title);
    expect(titles).toContain("src/model/parseModel.ts: parseModel example");
    expect(titles).toContain("src/trace/coverageGaps.ts: coverageGaps example");
    expect(titles).toContain("src/presets/alblasserdam/index.ts: alblasserdam example");
  });

  examples.forEach((example, index) => {
    it(example.title, async () => {
      expect(example.code.trim(), "an @example must hold code").not.toBe("");
      await run(example, index);
    });
  });

  it("type-checks every example against the source, with the project's compiler options", () => {
    const checkable = examples.flatMap((example, index) => {
      try {
        const { typescript } = rewriteExample(example.code, rewriteOptions);
        return [
          {
            path: join(directory, `check-${index}.ts`),
            title: `${example.file}:${example.line} (${example.symbol})`,
            typescript,
          },
        ];
      } catch {
        return []; // its own test says why it cannot run
      }
    });
    expect(typeCheckExamples(checkable, join(root, "tsconfig.json"))).toEqual([]);
  }, 120_000);
});

describe("the guides in README.md and docs/", () => {
  it("finds the code samples of the guides", () => {
    expect(guides.map((guide) => guide.file)).toEqual(
      expect.arrayContaining(["README.md", "docs/evaluation.md", "docs/model.md"]),
    );
  });

  guides.forEach((guide, index) => {
    it(guide.title, async () => {
      await run(guide, examples.length + index);
    });
  });

  it("type-checks the code samples of the guides", () => {
    const checkable = guides.map((guide, index) => ({
      path: join(directory, `guide-${index}.ts`),
      title: guide.file,
      typescript: rewriteExample(guide.code, rewriteOptions).typescript,
    }));
    expect(typeCheckExamples(checkable, join(root, "tsconfig.json"))).toEqual([]);
  }, 120_000);
});

describe("the public API", () => {
  it("documents every export of the entry points with an @example", () => {
    const present = Object.values(entries).filter((entry) => existsSync(entry));
    expect(present).toContain(entries.buurtaanpak);
    const symbols = present.flatMap((entry) => publicSymbols(entry, readSource));
    expect(symbols.map((symbol) => symbol.name)).toContain("parseModel");
    const undocumented = symbols
      .filter(
        (symbol) =>
          !symbol.declarations.some((declaration) => declaration.documentation?.includes("@example") === true),
      )
      .map((symbol) =>
        symbol.declarations.length === 0
          ? `${symbol.name} (exported by ${relative(root, symbol.entry)}): declaration not found`
          : `${symbol.name} (${[...new Set(symbol.declarations.map((declaration) => relative(root, declaration.file)))].join(", ")})`,
      );
    expect(undocumented).toEqual([]);
  });
});
