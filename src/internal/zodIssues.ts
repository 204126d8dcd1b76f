import type { z } from "zod";
import type { Issue } from "../errors/BuurtaanpakError.js";

/** Turns zod's issues into the library's plain issues, with JSON paths. */
export function zodIssues(error: z.ZodError, prefix: readonly (string | number)[] = []): Issue[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))],
    message: issue.message,
  }));
}
