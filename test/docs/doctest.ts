/**
 * The machinery behind `examples.test.ts`: finds the `@example` blocks of the TSDoc in `src/`,
 * turns their `//=>` lines into assertions, and finds public symbols that have no example.
 *
 * The conventions an example may use:
 * - `expression; //=> expected` or `expression;` followed by a line `//=> expected`: the value
 *   of the expression deep-equals `expected`, itself an expression (`Date.parse("…")` works).
 *   An expected value may continue over the next `//` lines until it reads as one expression.
 * - `statement; //=> throws Name: text`: the statement throws an error whose `name` is `Name`
 *   and whose message contains `text`.
 * - Every `//=>` must follow an expression statement, and every assertion must run.
 */
import { readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import ts from "typescript";

/** One `@example` block of a TSDoc comment. */
export interface Example {
  /** The symbol the comment documents, or `(line N)` when none follows it. */
  readonly symbol: string;
  /** 1-based line of the `@example` tag in its file. */
  readonly line: number;
  /** The code, with the leading ` * ` of each line stripped. */
  readonly code: string;
}

/** Every `.ts` file under `directory`, sorted, except those `skip` rejects. */
export function typeScriptFiles(directory: string, skip: (path: string) => boolean = () => false): string[] {
  const found: string[] = [];
  for (const name of readdirSync(directory).sort()) {
    const path = join(directory, name);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) found.push(...typeScriptFiles(path, skip));
    else if (name.endsWith(".ts") && !name.endsWith(".d.ts")) found.push(path);
  }
  return found;
}

const declarationPattern =
  /^\s*(?:export\s+)?(?:default\s+)?(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|const|let|var|class|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)/;
const memberPattern =
  /^\s*(?:(?:public|private|protected|static|readonly|override|async|get|set)\s+)*([A-Za-z_$][\w$]*)/;

/** The `@example` blocks of every TSDoc comment (`/** … *\/`) in `text`, in source order. */
export function extractExamples(text: string): Example[] {
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const start = comment.index;
    const body = comment[1] ?? "";
    const after = text.slice(start + comment[0].length);
    const symbol = declarationPattern.exec(after)?.[1] ?? memberPattern.exec(after)?.[1];
    const firstLine = lineOf(text, start);
    const lines = body.split("\n").map((line) => line.replace(/^\s*\* ?/, ""));
    lines.forEach((line, index) => {
      if (!/^\s*@example\b/.test(line)) return;
      const code: string[] = [];
      for (const next of lines.slice(index + 1)) {
        if (/^\s*@[A-Za-z]/.test(next)) break;
        if (/^\s*```/.test(next)) continue; // a fenced example is the same example
        code.push(next.trimEnd());
      }
      while (code.length > 0 && code[0] === "") code.shift();
      while (code.length > 0 && code[code.length - 1] === "") code.pop();
      examples.push({
        symbol: symbol ?? `(line ${firstLine + index})`,
        line: firstLine + index,
        code: code.join("\n"),
      });
    });
  }
  return examples;
}

function lineOf(text: string, position: number): number {
  let line = 1;
  for (let index = 0; index < position; index++) if (text.charCodeAt(index) === 10) line++;
  return line;
}

/** Whether `text` reads as exactly one expression. */
function isExpression(text: string): boolean {
  if (text.trim() === "") return false;
  const file = ts.createSourceFile("expected.ts", `(${text}\n);`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const [statement, ...rest] = file.statements;
  return !hasSyntaxErrors(file) && rest.length === 0 && statement !== undefined && ts.isExpressionStatement(statement);
}

function hasSyntaxErrors(file: ts.SourceFile): boolean {
  // `parseDiagnostics` holds the parser's errors; the public API only reaches them through a program.
  const { parseDiagnostics } = file as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] };
  return (parseDiagnostics ?? []).length > 0;
}

/** A change to the example's text; `children` are changes inside `[innerStart, innerEnd)`. */
interface Edit {
  readonly start: number;
  readonly end: number;
  readonly inner?: { readonly start: number; readonly end: number };
  readonly write: (inner: string) => string;
}

export interface RewriteOptions {
  /** Module specifiers to replace, such as `buurtaanpak` → an absolute path. */
  readonly modules: Readonly<Record<string, string>>;
  /** Names made available without import (`types` are imported as types), and the module they come from. */
  readonly globals?: { readonly from: string; readonly names: readonly string[]; readonly types?: readonly string[] };
}

export interface Rewritten {
  /** The example as TypeScript with assertions: `__expect(actual, expected, id)` and `__expectThrow(() => …, name, text, id)`. */
  readonly typescript: string;
  /** The same, transpiled to an ES2022 module. */
  readonly javascript: string;
  /** How many assertions the example holds; each must run once or more. */
  readonly assertions: number;
}

/**
 * Turns an example into a module that asserts its `//=>` lines. Throws an error that names the
 * line when the example cannot be read: a syntax error, a `//=>` that follows no expression
 * statement, an expected value that is no expression, or an import of an unknown package path.
 */
export function rewriteExample(code: string, options: RewriteOptions): Rewritten {
  const file = ts.createSourceFile("example.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const problems: string[] = [];
  const where = (position: number) => `line ${file.getLineAndCharacterOfPosition(position).line + 1}`;
  if (hasSyntaxErrors(file)) {
    const { parseDiagnostics = [] } = file as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] };
    for (const diagnostic of parseDiagnostics) {
      problems.push(
        `${where(diagnostic.start ?? 0)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
      );
    }
  }

  const edits: Edit[] = [];
  const consumed = new Set<number>();
  let assertions = 0;

  const visit = (node: ts.Node): void => {
    if (ts.isExpressionStatement(node)) {
      const comments = [
        ...(ts.getTrailingCommentRanges(code, node.end) ?? []),
        ...(ts.getLeadingCommentRanges(code, node.end) ?? []),
      ];
      const markerIndex = comments.findIndex((range) => code.slice(range.pos, range.end).startsWith("//=>"));
      const marker = comments[markerIndex];
      if (marker !== undefined) {
        consumed.add(marker.pos);
        const id = assertions++;
        let expected = code.slice(marker.pos + 4, marker.end).trim();
        const throws = /^throws\b\s*([A-Za-z_$][\w$]*)?\s*(?::\s*([\s\S]*))?$/.exec(expected);
        const expression = node.expression;
        if (throws !== null) {
          const [, name, message] = throws;
          edits.push({
            start: node.getStart(file),
            end: node.end,
            inner: { start: expression.getStart(file), end: expression.end },
            write: (inner) =>
              `__expectThrow(() => { ${inner}; }, ${JSON.stringify(name ?? null)}, ${JSON.stringify(message?.trim() ?? null)}, ${id});`,
          });
        } else {
          // A value may go on over the next `//` lines.
          for (let next = markerIndex + 1; !isExpression(expected) && next < comments.length; next++) {
            const range = comments[next];
            if (range === undefined || range.kind !== ts.SyntaxKind.SingleLineCommentTrivia) break;
            const text = code.slice(range.pos, range.end);
            if (text.startsWith("//=>")) break;
            expected += `\n${text.slice(2)}`;
          }
          if (!isExpression(expected))
            problems.push(`${where(marker.pos)}: the expected value '${expected}' is not one expression`);
          const value = expected;
          edits.push({
            start: node.getStart(file),
            end: node.end,
            inner: { start: expression.getStart(file), end: expression.end },
            write: (inner) => `__expect((${inner}), (${value}\n), ${id});`,
          });
        }
      }
    }
    const specifier =
      ts.isImportDeclaration(node) || ts.isExportDeclaration(node)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword
          ? node.arguments[0]
          : undefined;
    if (specifier !== undefined && ts.isStringLiteral(specifier) && !specifier.text.startsWith(".")) {
      const target = options.modules[specifier.text];
      if (target === undefined) problems.push(`${where(specifier.getStart(file))}: unknown module '${specifier.text}'`);
      else edits.push({ start: specifier.getStart(file), end: specifier.end, write: () => JSON.stringify(target) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);

  for (const marker of markersIn(code)) {
    if (!consumed.has(marker)) problems.push(`${where(marker)}: this //=> follows no expression statement`);
  }
  if (problems.length > 0)
    throw new Error(`cannot run the example:\n${problems.map((problem) => `- ${problem}`).join("\n")}\n\n${code}`);

  let prelude = "";
  if (options.globals !== undefined) {
    const taken = topLevelNames(file);
    const names = [...options.globals.names, ...(options.globals.types ?? []).map((name) => `type ${name}`)].filter(
      (name) => !taken.has(name.replace(/^type /, "")),
    );
    if (names.length > 0) prelude = `import { ${names.join(", ")} } from ${JSON.stringify(options.globals.from)};\n`;
  }
  const typescript = prelude + render(code, 0, code.length, edits);
  const output = ts.transpileModule(typescript, {
    compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022, sourceMap: false },
    reportDiagnostics: true,
    fileName: "example.ts",
  });
  const diagnostics = output.diagnostics ?? [];
  if (diagnostics.length > 0) {
    throw new Error(
      `cannot transpile the example: ${diagnostics.map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")).join("; ")}\n\n${typescript}`,
    );
  }
  return { typescript, javascript: output.outputText, assertions };
}

/** Applies the edits inside [from, to): outer edits first, each writing its own inner text. */
function render(code: string, from: number, to: number, edits: readonly Edit[]): string {
  const inside = edits
    .filter((edit) => edit.start >= from && edit.end <= to)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  let text = "";
  let position = from;
  for (const edit of inside) {
    if (edit.start < position) continue; // nested in an edit already written
    text += code.slice(position, edit.start);
    const inner =
      edit.inner === undefined
        ? ""
        : render(
            code,
            edit.inner.start,
            edit.inner.end,
            edits.filter((other) => other !== edit),
          );
    text += edit.write(inner);
    position = edit.end;
  }
  return text + code.slice(position, to);
}

/** Positions of every `//=>` comment in `code`. */
function markersIn(code: string): number[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, false, ts.LanguageVariant.Standard, code);
  const markers: number[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.SingleLineCommentTrivia && scanner.getTokenText().startsWith("//=>"))
      markers.push(scanner.getTokenStart());
  }
  return markers;
}

/** The names an example binds at its top level: its imports and declarations. */
function topLevelNames(file: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const bind = (name: ts.BindingName | ts.Identifier | undefined): void => {
    if (name === undefined) return;
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const element of name.elements) if (!ts.isOmittedExpression(element)) bind(element.name);
  };
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      bind(clause?.name);
      const bindings = clause?.namedBindings;
      if (bindings !== undefined) {
        if (ts.isNamespaceImport(bindings)) bind(bindings.name);
        else for (const element of bindings.elements) bind(element.name);
      }
    } else if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) bind(declaration.name);
    } else if (
      ts.isFunctionDeclaration(statement) ||
      ts.isClassDeclaration(statement) ||
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      ts.isEnumDeclaration(statement)
    ) {
      bind(statement.name);
    }
  }
  return names;
}

/** A public name and where its declarations are. */
export interface PublicSymbol {
  readonly name: string;
  /** The entry file that exports it. */
  readonly entry: string;
  /** Its declarations (a schema and its type share a name), each with its TSDoc, if any. */
  readonly declarations: readonly {
    readonly file: string;
    readonly kind: string;
    readonly documentation: string | undefined;
  }[];
}

/**
 * The names an entry file exports, each traced through re-exports to its declarations. A name
 * whose declarations cannot be found is returned with none.
 */
export function publicSymbols(entry: string, read: (path: string) => string | undefined): PublicSymbol[] {
  const sources = new Map<string, ts.SourceFile | undefined>();
  const parse = (path: string): ts.SourceFile | undefined => {
    if (!sources.has(path)) {
      const text = read(path);
      sources.set(
        path,
        text === undefined
          ? undefined
          : ts.createSourceFile(path, text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS),
      );
    }
    return sources.get(path);
  };
  const resolve = (from: string, specifier: string): string => {
    const base = join(from, "..", specifier);
    return base.endsWith(".js") ? `${base.slice(0, -3)}.ts` : base.endsWith(".ts") ? base : `${base}.ts`;
  };

  type Declaration = PublicSymbol["declarations"][number];
  const declarationsOf = (path: string, name: string, trail: ReadonlySet<string>): Declaration[] => {
    const key = `${path}#${name}`;
    if (trail.has(key)) return [];
    const nextTrail = new Set([...trail, key]);
    const file = parse(path);
    if (file === undefined) return [];
    const found: Declaration[] = [];
    const document = (node: ts.Node) => {
      const comments = ts.getLeadingCommentRanges(file.text, node.pos) ?? [];
      const docs = comments
        .map((range) => file.text.slice(range.pos, range.end))
        .filter((text) => text.startsWith("/**"));
      return docs[docs.length - 1];
    };
    for (const statement of file.statements) {
      if (ts.isExportDeclaration(statement)) {
        const target =
          statement.moduleSpecifier !== undefined && ts.isStringLiteral(statement.moduleSpecifier)
            ? resolve(path, statement.moduleSpecifier.text)
            : undefined;
        const clause = statement.exportClause;
        if (clause === undefined) {
          if (target !== undefined) found.push(...declarationsOf(target, name, nextTrail)); // export * from
        } else if (ts.isNamedExports(clause)) {
          for (const element of clause.elements) {
            if (element.name.text !== name) continue;
            const original = element.propertyName?.text ?? element.name.text;
            if (target !== undefined) found.push(...declarationsOf(target, original, nextTrail));
            else found.push(...localDeclarations(file, original, document)); // export { local }
          }
        }
        continue;
      }
      if (!hasExportModifier(statement)) continue;
      found.push(...localDeclarations(file, name, document).filter((declaration) => declaration.node === statement));
    }
    return found.map(({ file: declarationFile, kind, documentation }) => ({
      file: declarationFile,
      kind,
      documentation,
    }));
  };

  const entryFile = parse(entry);
  if (entryFile === undefined) return [];
  const names = new Set<string>();
  for (const statement of entryFile.statements) {
    if (
      ts.isExportDeclaration(statement) &&
      statement.exportClause !== undefined &&
      ts.isNamedExports(statement.exportClause)
    ) {
      for (const element of statement.exportClause.elements) names.add(element.name.text);
    } else if (hasExportModifier(statement)) {
      for (const name of declaredNames(statement)) names.add(name);
    }
  }
  return [...names].map((name) => ({ name, entry, declarations: dedupe(declarationsOf(entry, name, new Set())) }));
}

function dedupe<T extends { file: string; kind: string; documentation: string | undefined }>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.file}\u0000${item.kind}\u0000${item.documentation ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function hasExportModifier(statement: ts.Statement): boolean {
  return (
    ts.canHaveModifiers(statement) &&
    (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)
  );
}

function declaredNames(statement: ts.Statement): string[] {
  if (ts.isVariableStatement(statement)) {
    return statement.declarationList.declarations.flatMap((declaration) =>
      ts.isIdentifier(declaration.name) ? [declaration.name.text] : [],
    );
  }
  if (
    ts.isFunctionDeclaration(statement) ||
    ts.isClassDeclaration(statement) ||
    ts.isInterfaceDeclaration(statement) ||
    ts.isTypeAliasDeclaration(statement) ||
    ts.isEnumDeclaration(statement)
  ) {
    return statement.name === undefined ? [] : [statement.name.text];
  }
  return [];
}

function localDeclarations(
  file: ts.SourceFile,
  name: string,
  document: (node: ts.Node) => string | undefined,
): { node: ts.Statement; file: string; kind: string; documentation: string | undefined }[] {
  return file.statements
    .filter((statement) => declaredNames(statement).includes(name))
    .map((statement) => ({
      node: statement,
      file: file.fileName,
      kind: ts.SyntaxKind[statement.kind],
      documentation: document(statement),
    }));
}

/** An example, rewritten, to type-check as the file `path`. */
export interface CheckableExample {
  readonly path: string;
  readonly title: string;
  readonly typescript: string;
}

/**
 * Type-checks rewritten examples with the compiler options of `tsconfig`, as in-memory files
 * beside the real sources. Returns one line per problem, naming the example.
 */
export function typeCheckExamples(examples: readonly CheckableExample[], tsconfig: string): string[] {
  const config = ts.readConfigFile(tsconfig, (path) => ts.sys.readFile(path));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(tsconfig));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    allowImportingTsExtensions: true,
    // The prelude imports every export; an example uses a few.
    noUnusedLocals: false,
    noUnusedParameters: false,
  };
  const virtual = new Map<string, string>();
  const titles = new Map<string, string>();
  const globals = join(dirname(examples[0]?.path ?? tsconfig), "__example-globals.d.ts");
  virtual.set(
    globals,
    "declare function __expect(actual: unknown, expected: unknown, id: number): void;\n" +
      "declare function __expectThrow(run: () => void, name: string | null, text: string | null, id: number): void;\n",
  );
  for (const example of examples) {
    virtual.set(example.path, `${example.typescript}\nexport {};\n`);
    titles.set(example.path, example.title);
  }
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.fileExists = (path) => virtual.has(path) || fileExists.call(host, path);
  host.readFile = (path) => virtual.get(path) ?? readFile.call(host, path);
  host.getSourceFile = (path, language, ...rest) => {
    const text = virtual.get(path);
    return text === undefined
      ? getSourceFile.call(host, path, language, ...rest)
      : ts.createSourceFile(path, text, language);
  };
  const program = ts.createProgram([globals, ...titles.keys()], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file !== undefined && titles.has(diagnostic.file.fileName))
    .map((diagnostic) => {
      const file = diagnostic.file;
      const line = file === undefined ? 0 : file.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1;
      return `${titles.get(file?.fileName ?? "")}, line ${line} of the rewritten example: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, " ")}`;
    });
}
