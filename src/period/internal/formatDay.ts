import type { TZDate } from "@date-fns/tz";

/** Writes the calendar day of a `TZDate`, in its own zone, as `YYYY-MM-DD`. */
export function formatDay(date: TZDate): string {
  const year = String(date.getFullYear()).padStart(4, "0");
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}
