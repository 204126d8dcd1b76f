import { formatNumber, type StatusCounts } from "../../../index.js";
import { marks, statusOrder } from "../../../internal/statusMarks.js";
import type { Language } from "../ReportInput.js";

/** The non-zero counts of a roll-up, each with its mark: "3 ✔  2 ✘  1 –". */
export function formatCounts(counts: StatusCounts, language: Language): string {
  const parts = statusOrder
    .filter((status) => counts[status] > 0)
    .map((status) => `${formatNumber(counts[status], language)} ${marks[status]}`);
  return parts.length === 0 ? "–" : parts.join("  ");
}
