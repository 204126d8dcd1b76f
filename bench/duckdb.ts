/// <reference types="node" />
/**
 * The DuckDB peer: evaluate's whole job in SQL, as an analyst would write it, on the same parsed
 * rows as every other contender. `@duckdb/node-api` is not a dependency of the project: `npm run
 * bench:peers` installs it into `.tools/duckdb/`, and without it the bench says so and skips
 * this peer.
 *
 * - **Load** (not timed): the parsed rows go into one table as they are (indicator, area and
 *   period as text; the figures as numbers), with small tables for the areas and the model
 *   (indicators, measures and their rules, factors, members of groups, sub-goals and goals).
 * - **Query** (timed, one thread: `SET threads = 1`): the area tree and its depths (a recursive
 *   CTE); each (indicator, area)'s own sums per window, reading the period texts; then one
 *   statement per level of the tree, from the deepest up, for the roll-ups with the contract's
 *   rules (own rows win; comparing rules compare like-for-like children); one statement that
 *   judges every measure by its rule; one for the factor statuses; one for the roll-ups per
 *   group, sub-goal and goal. The results stay in DuckDB tables, as evaluate's stay in its
 *   columns.
 * - **Fetch** (timed apart): the result tables read into the reference's dense layout, for the
 *   equality check.
 *
 * Like the fair reference, it knows the bench's layout (2024 complete, in quarters, against
 * 2023) and checks the four quarters a complete count or ratio needs; another period raises an
 * error in the query.
 */
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Area } from "../src/model/area.js";
import type { Model } from "../src/model/Model.js";
import type { Observation } from "../src/observations/Observation.js";
import { type Dense, emptyLike } from "./internal/differences.js";
import type { ReferenceResult } from "./reference.js";

// The few parts of @duckdb/node-api the peer uses, typed here: the package lives outside the
// project's dependencies, where the type checker does not look.
interface Reader {
  getColumns(): unknown[][];
}
interface Connection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<Reader>;
  createAppender(table: string): Promise<Appender>;
  closeSync(): void;
}
interface Appender {
  appendDataChunk(chunk: Chunk): void;
  flushSync(): void;
  closeSync(): void;
}
interface Chunk {
  setColumns(columns: readonly (readonly unknown[])[]): void;
}
interface DuckDB {
  DuckDBInstance: {
    create(
      path: string,
      options: Record<string, string>,
    ): Promise<{ connect(): Promise<Connection>; closeSync(): void }>;
  };
  DuckDBDataChunk: { create(types: readonly unknown[], rowCount?: number): Chunk };
  VARCHAR: unknown;
  DOUBLE: unknown;
  INTEGER: unknown;
}

export const DUCKDB_VERSION = "1.5.6-r.1";

/** The DuckDB module from .tools/duckdb, or undefined when `npm run bench:peers` has not installed it. */
export function loadDuckDB(root: string): DuckDB | undefined {
  try {
    const load = createRequire(join(root, ".tools", "duckdb", "node_modules", "index.js"));
    const module: unknown = load("@duckdb/node-api");
    return typeof module === "object" && module !== null && "DuckDBInstance" in module ? (module as DuckDB) : undefined;
  } catch {
    return undefined;
  }
}

/** A DuckDB database holding the bench's input, ready for the query. */
export interface Peer {
  readonly connection: Connection;
  close(): void;
}

const CHUNK = 2048;

/** Opens an in-memory database with one thread, and loads the rows, the areas and the model. */
export async function loadPeer(
  duckdb: DuckDB,
  model: Model,
  rows: readonly Observation[],
  areas: readonly Area[],
): Promise<Peer> {
  const instance = await duckdb.DuckDBInstance.create(":memory:", { threads: "1" });
  const connection = await instance.connect();
  await connection.run("SET threads = 1");
  await connection.run("SET preserve_insertion_order = false");
  const { VARCHAR, DOUBLE, INTEGER } = duckdb;

  await connection.run(
    "CREATE TABLE obs (indicator VARCHAR, area VARCHAR, period VARCHAR, value DOUBLE, numerator DOUBLE, denominator DOUBLE, respondents DOUBLE, positive DOUBLE)",
  );
  await append(
    connection,
    duckdb,
    "obs",
    [VARCHAR, VARCHAR, VARCHAR, DOUBLE, DOUBLE, DOUBLE, DOUBLE, DOUBLE],
    rows.length,
    (from, to) => {
      const slice = rows.slice(from, to);
      return [
        slice.map((row) => row.indicator),
        slice.map((row) => row.area),
        slice.map((row) => row.period),
        slice.map((row) => row.value ?? null),
        slice.map((row) => row.numerator ?? null),
        slice.map((row) => row.denominator ?? null),
        slice.map((row) => row.respondents ?? null),
        slice.map((row) => row.positive ?? null),
      ];
    },
  );

  await connection.run("CREATE TABLE area_list (area INTEGER, id VARCHAR, parent_id VARCHAR, kind VARCHAR)");
  await append(connection, duckdb, "area_list", [INTEGER, VARCHAR, VARCHAR, VARCHAR], areas.length, (from, to) => {
    const slice = areas.slice(from, to);
    return [
      slice.map((_, index) => from + index),
      slice.map((area) => area.id),
      slice.map((area) => area.parent ?? null),
      slice.map((area) => area.kind),
    ];
  });

  // The model as tables: reading it is a few hundred values, done once per model.
  const kinds = model.indicators.map((indicator) =>
    indicator.measure === "count"
      ? 0
      : indicator.measure === "stock"
        ? 2
        : indicator.measure === "share"
          ? 4
          : indicator.denominator === "stock"
            ? 3
            : 1,
  );
  await connection.run("CREATE TABLE indicator_list (indicator INTEGER, id VARCHAR, kind INTEGER)");
  await append(
    connection,
    duckdb,
    "indicator_list",
    [INTEGER, VARCHAR, INTEGER],
    model.indicators.length,
    (from, to) => [
      model.indicators.slice(from, to).map((_, index) => from + index),
      model.indicators.slice(from, to).map((indicator) => indicator.id),
      kinds.slice(from, to),
    ],
  );
  const indicatorIndex = new Map(model.indicators.map((indicator, index) => [indicator.id, index]));
  const factors = model.groups.flatMap((group) => group.factors);
  const measures: unknown[][] = [];
  const measureCounts: number[] = [];
  factors.forEach((factor, factorIndex) => {
    let position = 0;
    for (const { indicator, rule } of factor.measures) {
      const index = indicatorIndex.get(indicator);
      if (index === undefined) continue;
      measures.push([
        measures.length,
        factorIndex,
        position++,
        index,
        rule.kind,
        "direction" in rule
          ? rule.direction === "increase"
            ? 1
            : -1
          : rule.kind === "increase"
            ? 1
            : rule.kind === "decrease"
              ? -1
              : null,
        rule.kind === "relativeChange" ? rule.percent : null,
        rule.kind === "perPeriod" ? rule.amount : null,
        rule.kind === "perPeriod" ? rule.per : null,
        rule.kind === "qualitative" ? (rule.minRespondents ?? 30) : null,
        rule.kind === "threshold" ? (rule.atLeast ?? null) : null,
        rule.kind === "threshold" ? (rule.atMost ?? null) : null,
      ]);
    }
    measureCounts.push(position);
  });
  await connection.run(
    "CREATE TABLE measure_list (measure INTEGER, factor INTEGER, position INTEGER, indicator INTEGER, rule VARCHAR, sign DOUBLE, percent DOUBLE, amount DOUBLE, per VARCHAR, min_respondents DOUBLE, at_least DOUBLE, at_most DOUBLE)",
  );
  await append(
    connection,
    duckdb,
    "measure_list",
    [INTEGER, INTEGER, INTEGER, INTEGER, VARCHAR, DOUBLE, DOUBLE, DOUBLE, VARCHAR, DOUBLE, DOUBLE, DOUBLE],
    measures.length,
    (from, to) => columnsOf(measures.slice(from, to), 12),
  );
  await connection.run("CREATE TABLE factor_list (factor INTEGER, id VARCHAR, measures INTEGER)");
  await append(connection, duckdb, "factor_list", [INTEGER, VARCHAR, INTEGER], factors.length, (from, to) => [
    factors.slice(from, to).map((_, index) => from + index),
    factors.slice(from, to).map((factor) => factor.id),
    measureCounts.slice(from, to),
  ]);
  // Members: groups (level 0), sub-goals (1), goals (2); a factor counts once per entity.
  const factorNumber = new Map(factors.map((factor, index) => [factor.id, index]));
  const groupsServing = new Map<string, string[]>();
  for (const group of model.groups)
    for (const subgoal of group.subgoals)
      groupsServing.set(subgoal, [...(groupsServing.get(subgoal) ?? []), ...group.factors.map((factor) => factor.id)]);
  const subgoals = model.goals.flatMap((goal) => goal.subgoals);
  const levels: (readonly { id: string; factors: readonly string[] }[])[] = [
    model.groups.map((group) => ({ id: group.id, factors: group.factors.map((factor) => factor.id) })),
    subgoals.map((subgoal) => ({ id: subgoal.id, factors: groupsServing.get(subgoal.id) ?? [] })),
    model.goals.map((goal) => ({
      id: goal.id,
      factors: goal.subgoals.flatMap((subgoal) => groupsServing.get(subgoal.id) ?? []),
    })),
  ];
  const entities: unknown[][] = [];
  const members: unknown[][] = [];
  levels.forEach((list, level) => {
    list.forEach((entity, index) => {
      const unique = [...new Set(entity.factors.flatMap((id) => factorNumber.get(id) ?? []))];
      entities.push([level, index, entity.id, unique.length]);
      for (const factor of unique) members.push([level, index, factor]);
    });
  });
  await connection.run("CREATE TABLE entity_list (level INTEGER, entity INTEGER, id VARCHAR, members INTEGER)");
  await append(connection, duckdb, "entity_list", [INTEGER, INTEGER, VARCHAR, INTEGER], entities.length, (from, to) =>
    columnsOf(entities.slice(from, to), 4),
  );
  await connection.run("CREATE TABLE member_list (level INTEGER, entity INTEGER, factor INTEGER)");
  await append(connection, duckdb, "member_list", [INTEGER, INTEGER, INTEGER], members.length, (from, to) =>
    columnsOf(members.slice(from, to), 3),
  );

  // Definitions, not work: the contract's arithmetic as macros.
  for (const macro of macros) await connection.run(macro);
  return {
    connection,
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

async function append(
  connection: Connection,
  duckdb: DuckDB,
  table: string,
  types: readonly unknown[],
  count: number,
  columns: (from: number, to: number) => unknown[][],
): Promise<void> {
  const appender = await connection.createAppender(table);
  for (let from = 0; from < count; from += CHUNK) {
    const to = Math.min(count, from + CHUNK);
    const chunk = duckdb.DuckDBDataChunk.create(types, to - from);
    chunk.setColumns(columns(from, to));
    appender.appendDataChunk(chunk);
  }
  appender.flushSync();
  appender.closeSync();
}

function columnsOf(rows: readonly unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, column) => rows.map((row) => row[column] ?? null));
}

const macros = [
  // A sum rounded to 15 significant digits when not whole, as the contract's figures are.
  "CREATE MACRO clean(x) AS CASE WHEN x = trunc(x) THEN x ELSE CAST(printf('%.15g', x) AS DOUBLE) END",
  // A fraction whose parts' products could overflow compares by its value over 1.
  "CREATE MACRO in_range(n, d) AS d >= 1e-150 AND d <= 1e150 AND (n = 0 OR (abs(n) >= 1e-150 AND abs(n) <= 1e150))",
  "CREATE MACRO norm_n(n, d) AS CASE WHEN in_range(n, d) THEN n ELSE n / d END",
  "CREATE MACRO norm_d(n, d) AS CASE WHEN in_range(n, d) THEN d ELSE 1.0 END",
  // a against b × factor, cross-multiplied, equal within 1e-12 relative.
  `CREATE MACRO compare_fractions(an, ad, bn, bd, fn, fd) AS
     CASE WHEN abs(an * bd * fd - bn * ad * fn) <= 1e-12 * greatest(abs(an * bd * fd), abs(bn * ad * fn)) THEN 0
          WHEN an * bd * fd < bn * ad * fn THEN -1 ELSE 1 END`,
];

/** perPeriod over the complete year 2024: the target as a sum over its units, in the order the contract adds them. */
function perPeriodTarget(per: "year" | "quarter" | "month"): string {
  const units =
    per === "year" ? [366] : per === "quarter" ? [91, 91, 92, 92] : [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (units.length === 1) return `(amount * ${units[0]}.0) / ${units[0]}.0`;
  return units.reduce((sum, days) => `(${sum} + (amount * ${days}.0) / ${days}.0)`, "0.0");
}

/** The statements of the query, in order; the level statements depend on the tree's depth. */
function statements(deepest: number): string[] {
  const list = [
    // Each (indicator, area)'s own sums per window, read from the rows' texts.
    `CREATE OR REPLACE TEMP TABLE own AS
     WITH typed AS (
       SELECT
         CASE WHEN i.indicator IS NULL THEN error('duckdb peer: unknown indicator ' || o.indicator) ELSE i.indicator END AS indicator,
         i.kind,
         CASE WHEN a.area IS NULL THEN error('duckdb peer: the area ' || o.area || ' is outside the hierarchy') ELSE a.area END AS area,
         CASE o.period WHEN '2024-Q1' THEN 0 WHEN '2024-Q2' THEN 1 WHEN '2024-Q3' THEN 2 WHEN '2024-Q4' THEN 3 WHEN '2023' THEN 4
           ELSE error('duckdb peer: the period ' || o.period || ' is outside the bench layout') END AS slot,
         o.value, o.numerator, o.denominator, o.respondents, o.positive
       FROM obs o LEFT JOIN indicator_list i ON i.id = o.indicator LEFT JOIN area_list a ON a.id = o.area
     ),
     figures AS (
       SELECT indicator, kind, area, slot,
         CASE kind WHEN 0 THEN value WHEN 2 THEN value WHEN 4 THEN positive ELSE numerator END AS first,
         CASE kind WHEN 0 THEN 1.0 WHEN 2 THEN 1.0 WHEN 4 THEN respondents WHEN 1 THEN denominator
           ELSE denominator * (CASE slot WHEN 0 THEN 91 WHEN 1 THEN 91 WHEN 2 THEN 92 WHEN 3 THEN 92 ELSE 365 END) END AS second
       FROM typed
     ),
     sums AS (
       SELECT indicator, area, any_value(kind) AS kind,
         bit_or(1 << slot) FILTER (WHERE slot < 4) AS quarters,
         arg_max(first, slot) FILTER (WHERE slot < 4) AS last_first,
         sum(first) FILTER (WHERE slot < 4) AS current_first,
         sum(second) FILTER (WHERE slot < 4) AS current_second,
         count(*) FILTER (WHERE slot = 4) AS baseline_rows,
         sum(first) FILTER (WHERE slot = 4) AS baseline_first,
         sum(second) FILTER (WHERE slot = 4) AS baseline_second
       FROM figures GROUP BY indicator, area
     )
     SELECT indicator, area, kind,
       CASE WHEN quarters IS NULL THEN 0 WHEN kind IN (0, 1, 3) AND quarters <> 15 THEN 2 ELSE 1 END AS cur_state,
       CASE kind WHEN 2 THEN last_first WHEN 3 THEN current_first * 366 ELSE current_first END AS cur_num,
       CASE WHEN kind IN (0, 2) THEN 1.0 ELSE current_second END AS cur_den,
       CASE WHEN baseline_rows > 0 THEN 1 ELSE 0 END AS base_state,
       CASE kind WHEN 3 THEN baseline_first * 365 ELSE baseline_first END AS base_num,
       CASE WHEN kind IN (0, 2) THEN 1.0 ELSE baseline_second END AS base_den
     FROM sums`,
    `CREATE OR REPLACE TEMP TABLE agg (indicator INTEGER, area INTEGER, depth INTEGER, parent INTEGER,
       cur_state INTEGER, cur_num DOUBLE, cur_den DOUBLE, base_state INTEGER, base_num DOUBLE, base_den DOUBLE,
       cmp_state INTEGER, ccn DOUBLE, ccd DOUBLE, cbn DOUBLE, cbd DOUBLE, included INTEGER, of_ INTEGER)`,
  ];
  for (let depth = deepest; depth >= 0; depth--) list.push(levelStatement(depth));
  list.push(judgeStatement(), factorStatement(), rollUpStatement());
  return list;
}

/** One level of the tree: own rows win per window; the comparison takes own rows, else the like-for-like children. */
function levelStatement(depth: number): string {
  return `INSERT INTO agg
    WITH kids AS (
      SELECT indicator, parent AS area,
        max(cur_state) FILTER (WHERE cur_state > 0) AS cur_state,
        sum(cur_num) FILTER (WHERE cur_state > 0) AS cur_num, sum(cur_den) FILTER (WHERE cur_state > 0) AS cur_den,
        max(base_state) FILTER (WHERE base_state > 0) AS base_state,
        sum(base_num) FILTER (WHERE base_state > 0) AS base_num, sum(base_den) FILTER (WHERE base_state > 0) AS base_den,
        sum(of_) AS of_,
        sum(included) FILTER (WHERE included > 0) AS included,
        max(cmp_state) FILTER (WHERE included > 0 AND cmp_state > 0) AS cmp_state,
        sum(ccn) FILTER (WHERE included > 0 AND cmp_state > 0) AS ccn, sum(ccd) FILTER (WHERE included > 0 AND cmp_state > 0) AS ccd,
        sum(cbn) FILTER (WHERE included > 0 AND cmp_state > 0) AS cbn, sum(cbd) FILTER (WHERE included > 0 AND cmp_state > 0) AS cbd
      FROM agg WHERE depth = ${depth + 1} GROUP BY indicator, parent
    ),
    mine AS (SELECT o.* FROM own o JOIN hierarchy h ON h.area = o.area WHERE h.depth = ${depth}),
    here AS (
      SELECT coalesce(m.indicator, k.indicator) AS indicator, coalesce(m.area, k.area) AS area,
        coalesce(m.cur_state, 0) > 0 OR coalesce(m.base_state, 0) > 0 AS own,
        CASE WHEN coalesce(m.cur_state, 0) > 0 THEN m.cur_state ELSE coalesce(k.cur_state, 0) END AS cur_state,
        CASE WHEN coalesce(m.cur_state, 0) > 0 THEN m.cur_num ELSE k.cur_num END AS cur_num,
        CASE WHEN coalesce(m.cur_state, 0) > 0 THEN m.cur_den ELSE k.cur_den END AS cur_den,
        CASE WHEN coalesce(m.base_state, 0) > 0 THEN m.base_state ELSE coalesce(k.base_state, 0) END AS base_state,
        CASE WHEN coalesce(m.base_state, 0) > 0 THEN m.base_num ELSE k.base_num END AS base_num,
        CASE WHEN coalesce(m.base_state, 0) > 0 THEN m.base_den ELSE k.base_den END AS base_den,
        k.of_ AS kid_of, k.included AS kid_included, k.cmp_state AS kid_cmp_state, k.ccn AS kid_ccn, k.ccd AS kid_ccd, k.cbn AS kid_cbn, k.cbd AS kid_cbd
      FROM mine m FULL OUTER JOIN kids k ON m.indicator = k.indicator AND m.area = k.area
    )
    SELECT here.indicator, here.area, ${depth}, h.parent,
      cur_state,
      cur_num, CASE WHEN i.kind IN (0, 2) THEN 1.0 ELSE cur_den END,
      base_state,
      base_num, CASE WHEN i.kind IN (0, 2) THEN 1.0 ELSE base_den END,
      CASE WHEN own THEN (CASE WHEN cur_state > 0 AND base_state > 0 THEN greatest(cur_state, base_state) ELSE 0 END) ELSE coalesce(kid_cmp_state, 0) END,
      CASE WHEN own THEN cur_num ELSE kid_ccn END,
      CASE WHEN i.kind IN (0, 2) THEN 1.0 WHEN own THEN cur_den ELSE kid_ccd END,
      CASE WHEN own THEN base_num ELSE kid_cbn END,
      CASE WHEN i.kind IN (0, 2) THEN 1.0 WHEN own THEN base_den ELSE kid_cbd END,
      CASE WHEN own THEN (CASE WHEN cur_state > 0 AND base_state > 0 THEN 1 ELSE 0 END) ELSE coalesce(kid_included, 0) END,
      CASE WHEN own THEN 1 ELSE kid_of END
    FROM here JOIN hierarchy h ON h.area = here.area JOIN indicator_list i ON i.indicator = here.indicator`;
}

/** Every measure in every area with data for its indicator, judged by its rule (a complete period). */
function judgeStatement(): string {
  return `CREATE OR REPLACE TEMP TABLE measure_result AS
    WITH joined AS (
      SELECT m.measure, m.factor, a.area, m.rule, m.sign, m.percent, m.amount, m.per, m.min_respondents, m.at_least, m.at_most,
        m.rule IN ('relativeChange', 'increase', 'decrease', 'qualitative') AS comparing,
        a.cur_state, a.cur_num, a.cur_den, a.base_state, a.base_num, a.base_den, a.cmp_state, a.included, a.of_,
        clean(a.ccn) AS ccn, clean(a.ccd) AS ccd, clean(a.cbn) AS cbn, clean(a.cbd) AS cbd, clean(a.cur_num) AS un, clean(a.cur_den) AS ud
      FROM agg a JOIN measure_list m ON m.indicator = a.indicator
    ),
    paired AS (
      SELECT *,
        CASE WHEN comparing THEN ccn ELSE un END AS rn, CASE WHEN comparing THEN ccd ELSE ud END AS rd,
        CASE WHEN comparing THEN cmp_state ELSE cur_state END AS state,
        -- A rule that reads no baseline shows it only when it compares the same areas.
        comparing OR (cmp_state = 1 AND included = of_) AS with_baseline
      FROM joined
    ),
    normal AS (
      SELECT *,
        state = 1 AND isfinite(rn / rd) AS now_ok,
        with_baseline AND cmp_state = 1 AND isfinite(cbn / cbd) AS before_ok,
        norm_n(rn, rd) AS nn, norm_d(rn, rd) AS nd, norm_n(cbn, cbd) AS bn, norm_d(cbn, cbd) AS bd
      FROM paired
    ),
    judged AS (
      SELECT *,
        CASE WHEN before_ok THEN compare_fractions(nn, nd, bn, bd, 1.0, 1.0) END AS direction,
        CASE WHEN rule = 'relativeChange' AND before_ok THEN compare_fractions(nn, nd, bn, bd, 100 + sign * percent, 100.0) END AS relative,
        CASE WHEN rule = 'qualitative' AND before_ok THEN (nn + bn) / (nd + bd) END AS pooled,
        CASE rule WHEN 'perPeriod' THEN (CASE per WHEN 'year' THEN ${perPeriodTarget("year")} WHEN 'quarter' THEN ${perPeriodTarget("quarter")} ELSE ${perPeriodTarget("month")} END) END AS per_target
      FROM normal
    ),
    met AS (
      SELECT *,
        CASE rule
          WHEN 'relativeChange' THEN (CASE WHEN bn = 0 THEN NULL WHEN sign > 0 THEN relative >= 0 ELSE relative <= 0 END)
          WHEN 'increase' THEN direction > 0
          WHEN 'decrease' THEN direction < 0
          WHEN 'qualitative' THEN (
            pooled * (1 - pooled) * (1 / nd + 1 / bd) > 0
            AND abs((nn / nd - bn / bd) / sqrt(pooled * (1 - pooled) * (1 / nd + 1 / bd))) >= 1.959963984540054
            AND (CASE WHEN sign > 0 THEN nn * bd > bn * nd ELSE nn * bd < bn * nd END))
          WHEN 'perPeriod' THEN compare_fractions(nn, nd, per_target, 1.0, 1.0, 1.0) >= 0
          WHEN 'threshold' THEN (at_least IS NULL OR compare_fractions(nn, nd, at_least, 1.0, 1.0, 1.0) >= 0) AND (at_most IS NULL OR compare_fractions(nn, nd, at_most, 1.0, 1.0, 1.0) <= 0)
        END AS is_met,
        CASE
          WHEN rule = 'relativeChange' AND bn = 0 THEN 1
          WHEN rule = 'qualitative' AND (nd < min_respondents OR bd < min_respondents) THEN 2
          ELSE 0 END AS rule_reason,
        CASE rule
          WHEN 'relativeChange' THEN (CASE WHEN relative = 0 THEN 1.0 ELSE ((nn * bd - bn * nd) * 100) / (bn * nd * sign * percent) END)
          WHEN 'perPeriod' THEN (CASE WHEN per = 'year' THEN (nn * 366) / (nd * amount * 366) ELSE nn / nd / per_target END)
        END AS raw_progress
      FROM judged
    )
    SELECT measure, factor, area,
      CASE
        WHEN state = 0 THEN 3
        WHEN state = 2 THEN 4
        WHEN NOT now_ok OR (comparing AND NOT before_ok) THEN 4
        WHEN rule_reason > 0 THEN 4
        WHEN rule = 'tracked' THEN 7
        WHEN is_met THEN 6 ELSE 1 END AS status,
      CASE
        WHEN state = 0 THEN 0
        WHEN state = 2 THEN 3
        WHEN NOT now_ok OR (comparing AND NOT before_ok) THEN 4
        ELSE rule_reason END AS reason,
      CASE WHEN now_ok AND before_ok THEN (CASE direction WHEN 1 THEN 1 WHEN -1 THEN 2 ELSE 3 END) ELSE 0 END AS trend,
      CASE
        WHEN state = 0 AND comparing AND cur_state = 1 THEN cur_num / cur_den
        WHEN now_ok AND (NOT comparing OR before_ok) THEN nn / nd END AS current,
      CASE
        WHEN state = 0 AND base_state = 1 THEN base_num / base_den
        WHEN now_ok AND before_ok THEN bn / bd END AS baseline,
      CASE WHEN now_ok AND before_ok AND bn <> 0 AND isfinite((nn * bd - bn * nd) / (bn * nd)) THEN (nn * bd - bn * nd) / (bn * nd) END AS change,
      CASE WHEN now_ok AND (NOT comparing OR before_ok) AND rule_reason = 0 THEN
        CASE rule
          WHEN 'relativeChange' THEN (bn * (100 + sign * percent)) / (bd * 100)
          WHEN 'increase' THEN bn / bd WHEN 'decrease' THEN bn / bd WHEN 'qualitative' THEN bn / bd
          WHEN 'perPeriod' THEN per_target
          WHEN 'threshold' THEN coalesce(at_least, at_most) END END AS target,
      CASE WHEN now_ok AND (NOT comparing OR before_ok) AND rule_reason = 0 THEN
        CASE
          WHEN rule = 'perPeriod' AND per_target = 0 THEN NULL
          WHEN isfinite(raw_progress) THEN raw_progress
          WHEN rule = 'relativeChange' AND isfinite(((nn * bd - bn * nd) / (bn * nd)) / ((sign * percent) / 100)) THEN ((nn * bd - bn * nd) / (bn * nd)) / ((sign * percent) / 100)
        END END AS progress
    FROM met`;
}

/** Factor statuses: the worst of the measures (a missing one is no-data; monitored never lowers it), in every area with a measure result and every top area. */
function factorStatement(): string {
  return `CREATE OR REPLACE TEMP TABLE factor_result AS
    WITH roots AS (SELECT area FROM hierarchy WHERE depth = 0),
    keys AS (
      SELECT DISTINCT factor, area FROM measure_result
      UNION SELECT f.factor, r.area FROM factor_list f CROSS JOIN roots r
    ),
    per_measure AS (
      SELECT k.factor, k.area, m.position, coalesce(mr.status, 3) AS status, CASE WHEN mr.status = 4 THEN mr.reason ELSE 0 END AS reason
      FROM keys k JOIN measure_list m ON m.factor = k.factor LEFT JOIN measure_result mr ON mr.measure = m.measure AND mr.area = k.area
    )
    SELECT k.factor, k.area, coalesce(min(p.status), 3) AS status, coalesce(arg_min(p.reason, p.status * 100000 + p.position), 0) AS reason
    FROM keys k LEFT JOIN per_measure p ON p.factor = k.factor AND p.area = k.area
    GROUP BY k.factor, k.area`;
}

/** Roll-ups per group, sub-goal and goal: status counts (members without a result count as no-data) and the score. */
function rollUpStatement(): string {
  const count = (status: number) => `count(*) FILTER (WHERE fr.status = ${status}) AS c${status}`;
  return `CREATE OR REPLACE TEMP TABLE rollup_result AS
    WITH roots AS (SELECT area FROM hierarchy WHERE depth = 0),
    counted AS (
      SELECT e.level, e.entity, fr.area, count(*) AS with_result, ${[1, 2, 3, 4, 5, 6, 7].map(count).join(", ")}
      FROM member_list e JOIN factor_result fr ON fr.factor = e.factor GROUP BY e.level, e.entity, fr.area
    ),
    keys AS (
      SELECT level, entity, area FROM counted
      UNION SELECT e.level, e.entity, r.area FROM entity_list e CROSS JOIN roots r
    ),
    full_counts AS (
      SELECT k.level, k.entity, k.area, e.members,
        coalesce(c.c1, 0) AS c1, coalesce(c.c2, 0) AS c2, coalesce(c.c3, 0) + e.members - coalesce(c.with_result, 0) AS c3,
        coalesce(c.c4, 0) AS c4, coalesce(c.c5, 0) AS c5, coalesce(c.c6, 0) AS c6, coalesce(c.c7, 0) AS c7
      FROM keys k JOIN entity_list e ON e.level = k.level AND e.entity = k.entity LEFT JOIN counted c ON c.level = k.level AND c.entity = k.entity AND c.area = k.area
    )
    SELECT *, CASE WHEN c6 + c5 + c2 + c1 = 0 THEN NULL ELSE CAST(c6 + c5 AS DOUBLE) / CAST(c6 + c5 + c2 + c1 AS DOUBLE) END AS score
    FROM full_counts`;
}

/** Runs the whole query; the results stay in the tables measure_result, factor_result and rollup_result. */
export async function runQuery(peer: Peer): Promise<void> {
  const { connection } = peer;
  await connection.run(`CREATE OR REPLACE TEMP TABLE hierarchy AS
    WITH RECURSIVE linked AS (
      SELECT a.area, p.area AS parent FROM area_list a LEFT JOIN area_list p ON p.id = a.parent_id
    ), walk(area, parent, depth) AS (
      SELECT area, parent, 0 FROM linked WHERE parent IS NULL
      UNION ALL
      SELECT l.area, l.parent, w.depth + 1 FROM linked l JOIN walk w ON l.parent = w.area
    )
    SELECT * FROM walk`);
  const deepest = Number(
    (await connection.runAndReadAll("SELECT max(depth) FROM hierarchy")).getColumns()[0]?.[0] ?? 0,
  );
  for (const statement of statements(deepest)) await connection.run(statement);
}

/** Drops the query's tables, so that the next run starts from the loaded input alone. */
export async function dropResults(peer: Peer): Promise<void> {
  for (const table of ["hierarchy", "own", "agg", "measure_result", "factor_result", "rollup_result"])
    await peer.connection.run(`DROP TABLE IF EXISTS ${table}`);
}

/** Reads the result tables into the reference's dense layout. */
export async function fetchResults(peer: Peer, layout: ReferenceResult): Promise<Dense> {
  const dense = emptyLike(layout, false);
  const areas = layout.areaIds.length;
  const { connection } = peer;
  const number = (value: unknown) => (value === null || value === undefined ? Number.NaN : Number(value));
  const measures = (
    await connection.runAndReadAll(
      "SELECT measure, area, status, reason, trend, current, baseline, change, target, progress FROM measure_result",
    )
  ).getColumns();
  const [
    measure = [],
    area = [],
    status = [],
    reason = [],
    trend = [],
    current = [],
    baseline = [],
    change = [],
    target = [],
    progress = [],
  ] = measures;
  for (let row = 0; row < measure.length; row++) {
    const at = Number(measure[row]) * areas + Number(area[row]);
    dense.measureStatus[at] = Number(status[row]);
    dense.measureReason[at] = Number(reason[row]);
    dense.measureTrend[at] = Number(trend[row]);
    dense.current[at] = number(current[row]);
    dense.baseline[at] = number(baseline[row]);
    dense.change[at] = number(change[row]);
    dense.target[at] = number(target[row]);
    dense.progress[at] = number(progress[row]);
  }
  const [factor = [], factorArea = [], factorStatus = [], factorReason = []] = (
    await connection.runAndReadAll("SELECT factor, area, status, reason FROM factor_result")
  ).getColumns();
  for (let row = 0; row < factor.length; row++) {
    const at = Number(factor[row]) * areas + Number(factorArea[row]);
    dense.factorStatus[at] = Number(factorStatus[row]);
    dense.factorReason[at] = Number(factorReason[row]);
  }
  const rollUps = (
    await connection.runAndReadAll(
      "SELECT level, entity, area, members, c1, c2, c3, c4, c5, c6, c7, score FROM rollup_result",
    )
  ).getColumns();
  const [level = [], entity = [], rollUpArea = [], members = [], ...rest] = rollUps;
  const score = rest[7] ?? [];
  for (let row = 0; row < level.length; row++) {
    const target = [dense.rollUps.groups, dense.rollUps.subgoals, dense.rollUps.goals][Number(level[row])];
    if (target === undefined) continue;
    const slot = Number(entity[row]) * areas + Number(rollUpArea[row]);
    target.present[slot] = 1;
    target.members[Number(entity[row])] = Number(members[row]);
    for (let offset = 0; offset < 7; offset++) target.counts[slot * 7 + offset] = Number(rest[offset]?.[row]);
    target.score[slot] = number(score[row]);
  }
  return dense;
}
