/**
 * The floor for what JavaScript can do: the relativeChange statuses of the count indicators,
 * per buurt, wijk and gemeente, with plain objects and arithmetic and no library code. It knows
 * the benchmark's data: the baseline is the row for "2023", the current year the four quarters
 * of 2024, and every area has its full set of rows or none.
 */
export interface ReferenceRow {
  readonly indicator: string;
  readonly area: string;
  readonly period: string;
  readonly value?: number;
}

export function referenceStatuses(
  rows: readonly ReferenceRow[],
  indicators: readonly { indicator: string; percent: number }[],
  parents: ReadonlyMap<string, string | undefined>,
): Map<string, string> {
  const percentOf = new Map(indicators.map(({ indicator, percent }) => [indicator, percent]));
  // Per indicator and area: [current, baseline, current quarters seen].
  const sums = new Map<string, [number, number, number]>();
  for (const row of rows) {
    if (!percentOf.has(row.indicator)) continue;
    const key = `${row.indicator}\u0000${row.area}`;
    let sum = sums.get(key);
    if (sum === undefined) sums.set(key, (sum = [0, 0, 0]));
    if (row.period === "2023") sum[1] += row.value ?? 0;
    else {
      sum[0] += row.value ?? 0;
      sum[2] += 1;
    }
  }
  // Roll the leaves up to wijk and gemeente.
  const totals = new Map<string, [number, number, number]>();
  for (const [key, sum] of sums) {
    const [indicator, leaf] = key.split("\u0000") as [string, string];
    for (let area: string | undefined = leaf; area !== undefined; area = parents.get(area)) {
      const totalKey = `${indicator}\u0000${area}`;
      const total = totals.get(totalKey);
      if (total === undefined) totals.set(totalKey, [sum[0], sum[1], sum[2] === 4 ? 1 : 0]);
      else {
        total[0] += sum[0];
        total[1] += sum[1];
        if (sum[2] !== 4) total[2] = 0;
      }
    }
  }
  const statuses = new Map<string, string>();
  for (const [key, [current, baseline, complete]] of totals) {
    const indicator = key.slice(0, key.indexOf("\u0000"));
    const percent = percentOf.get(indicator) ?? 0;
    let status: string;
    if (complete === 0) status = "not-evaluable";
    else if (baseline === 0) status = "not-evaluable";
    else status = current * 100 >= baseline * (100 + percent) ? "achieved" : "not-achieved";
    statuses.set(key, status);
  }
  return statuses;
}
