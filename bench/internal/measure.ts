/// <reference types="node" />
/**
 * Timing and memory for the bench's child processes. Wall time alone misleads on a shared
 * machine (a load of 8–12 on 2 cores stretches it), so every run also reports its CPU time:
 * user + system of the whole process, which includes V8's garbage-collector threads and
 * DuckDB's own threads.
 */
import { readFileSync, writeFileSync } from "node:fs";

/** One timed run. */
export interface Run {
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Times `work` once, wall and CPU. */
export function timeRun<T>(work: () => T): [T, Run] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { wallMs, cpuMs: (used.user + used.system) / 1000 }];
}

/** Times an asynchronous `work` once, wall and CPU. */
export async function timeRunAsync<T>(work: () => Promise<T>): Promise<[T, Run]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await work();
  const wallMs = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { wallMs, cpuMs: (used.user + used.system) / 1000 }];
}

/** The median and the spread (min–max) of several figures. */
export interface Spread {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median =
    sorted.length === 0
      ? Number.NaN
      : sorted.length % 2 === 1
        ? (sorted[middle] as number)
        : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return {
    median: round(median),
    min: round(sorted[0] ?? Number.NaN),
    max: round(sorted.at(-1) ?? Number.NaN),
    runs: sorted.length,
  };
}

/** Wall and CPU spreads of several runs. */
export interface Timing {
  readonly wall: Spread;
  readonly cpu: Spread;
}

export function timingOf(runs: readonly Run[]): Timing {
  return { wall: spreadOf(runs.map((run) => run.wallMs)), cpu: spreadOf(runs.map((run) => run.cpuMs)) };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The resident set's high-water mark, MB, from /proc (Linux). `resetPeak` sets it back to the
 * current resident set (`echo 5 > /proc/self/clear_refs`), so that a phase's peak is its own
 * and not that of the set-up before it; where the kernel does not allow that, the peak since the
 * process started is what is left, and `peakResets` says so.
 */
export function peakRssMb(): number {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    if (match !== null) return Math.round(Number(match[1]) / 1024);
  } catch {
    // Not Linux: fall through to the peak since start.
  }
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

export function resetPeak(): boolean {
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    return true;
  } catch {
    return false;
  }
}

export function rssMb(): number {
  return Math.round(process.memoryUsage.rss() / 2 ** 20);
}

/** A full garbage collection where the process was started with --expose-gc. */
export function collectGarbage(): void {
  const gc: unknown = Reflect.get(globalThis, "gc");
  if (typeof gc === "function") gc();
}
