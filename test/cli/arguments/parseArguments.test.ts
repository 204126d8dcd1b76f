import { describe, expect, it } from "vitest";
import { type OptionSpec, parseArguments } from "../../../src/cli/arguments/parseArguments.js";

const specs = new Map<string, OptionSpec>([
  ["help", { short: "h" }],
  ["period", { value: "the period to evaluate, such as 2024" }],
  ["data", { value: "a file" }],
]);
const parse = (...args: string[]) => parseArguments(args, specs);
const options = (...args: string[]) => Object.fromEntries(parse(...args).options);

describe("parseArguments", () => {
  it("reads --name value, --name=value and -h, and keeps the words in order", () => {
    const parsed = parse("evaluate", "--period", "2024", "--data=x.csv", "-h", "extra");
    expect(Object.fromEntries(parsed.options)).toEqual({ period: "2024", data: "x.csv", help: true });
    expect(parsed.words).toEqual(["evaluate", "extra"]);
  });

  it("reads everything after -- as words, and a lone - as a word", () => {
    expect(parse("--", "--period", "-h").words).toEqual(["--period", "-h"]);
    expect(parse("-").words).toEqual(["-"]);
  });

  it("takes a value that starts with a dash only after =", () => {
    expect(options("--data=-x.csv")).toEqual({ data: "-x.csv" });
  });

  it("looks option names up exactly: a prototype's names are unknown options", () => {
    for (const name of ["--constructor", "--__proto__", "--toString", "--hasOwnProperty"]) {
      expect(() => parse(name)).toThrow(`unknown option '${name}'`);
    }
  });

  it("says in its own words when an option has no value: at the end, before another option, or empty", () => {
    const message = "--period needs a value: the period to evaluate, such as 2024";
    expect(() => parse("--period")).toThrow(message);
    expect(() => parse("--period", "--data", "x.csv")).toThrow(message);
    expect(() => parse("--period", "-h")).toThrow(message);
    expect(() => parse("--period=")).toThrow(message);
  });

  it("rejects an unknown option, a short option it does not know, a value for a flag, and an option given twice", () => {
    expect(() => parse("--frob")).toThrow("unknown option '--frob'");
    expect(() => parse("-x")).toThrow("unknown option '-x'");
    expect(() => parse("-hh")).toThrow("unknown option '-hh'");
    expect(() => parse("--help=yes")).toThrow("--help takes no value");
    expect(() => parse("--period", "2024", "--period=2023")).toThrow("--period is given twice");
  });

  it("shows a long, hostile option name shortened and without its escape sequence", () => {
    // The first 40 characters: "--" (2), ESC (1), "[2J" (3) and 34 x's.
    expect(() => parse(`--\u001b[2J${"x".repeat(100)}`)).toThrow(`unknown option '--\\x1B[2J${"x".repeat(34)}…'`);
  });

  it("throws usage errors, so that the usage follows the message", () => {
    try {
      parse("--frob");
    } catch (error) {
      expect(error).toMatchObject({ name: "CliError", usage: true });
    }
  });
});
