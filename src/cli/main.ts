/// <reference types="node" />
// The program's entry point and its only contact with the process and the file system: it
// opens files, writes the output and sets the exit code. Everything else is in program.ts.
import { createReadStream } from "node:fs";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import packageJson from "../../package.json" with { type: "json" };
import { CliError } from "./CliError.js";
import type { InputFile } from "./input/InputFile.js";
import { quote } from "./messages/quote.js";
import { program } from "./program.js";

async function open(name: string): Promise<InputFile> {
  let size: number | undefined;
  try {
    const stats = await stat(name);
    if (stats.isDirectory()) throw Object.assign(new Error("a folder"), { code: "EISDIR" });
    // Only a regular file has a size known before it is read; /dev/zero and pipes have none.
    size = stats.isFile() ? stats.size : undefined;
  } catch (error) {
    throw cannotRead(name, error);
  }
  return { name, size, chunks: chunks(name) };
}

async function* chunks(name: string): AsyncGenerator<Uint8Array, void, undefined> {
  try {
    for await (const chunk of createReadStream(name, { highWaterMark: 1024 * 1024 })) {
      if (chunk instanceof Uint8Array) yield chunk;
    }
  } catch (error) {
    throw cannotRead(name, error);
  }
}

function cannotRead(name: string, error: unknown): CliError {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  const reason =
    code === "ENOENT"
      ? "no such file"
      : code === "EISDIR"
        ? "it is a folder, not a file"
        : code === "EACCES"
          ? "permission denied"
          : error instanceof Error
            ? error.message
            : String(error);
  return new CliError(`${quote(name, 200)}: cannot read the file (${reason})`);
}

let temporaries = 0;

/**
 * Writes a whole file through a temporary file beside it and a rename, so that a reader (a
 * browser reloading rapport.html, a web server) never sees half a report, and a failed write
 * leaves the old file as it was. The folder is made if it is missing (`--each gemeente -o uit/`).
 */
async function writeWhole(name: string, text: string): Promise<void> {
  const folder = dirname(name);
  const temporary = join(folder, `.${basename(name)}.${process.pid}.${temporaries++}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temporary, text);
    await rename(temporary, name);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => {});
    throw new Error(writeProblem(error));
  }
}

function writeProblem(error: unknown): string {
  const code = typeof error === "object" && error !== null && "code" in error ? error.code : undefined;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such folder";
    case "EISDIR":
      return "it is a folder, not a file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ENOSPC":
      return "no space left on the device";
    case "EDQUOT":
      return "the disk quota is used up";
    case "EROFS":
      return "the file system is read-only";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

function write(chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(chunk, (error) => (error ? reject(error) : resolve()));
  });
}

// A write error also comes as an 'error' event; the callback above handles it, and without a
// listener the event would end the process with a stack trace.
process.stdout.on("error", () => {});

process.exitCode = await program(process.argv.slice(2), {
  version: packageJson.version,
  open,
  stdout: write,
  writeFile: writeWhole,
  stderr: (text) => process.stderr.write(text),
  debug: process.env["BUURTAANPAK_DEBUG"] === "1",
});
