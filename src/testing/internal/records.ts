import type { Random } from "./random.js";

// Helpers of generateRecords: drawing counts and picks from a seeded stream.

/**
 * A count drawn from a Poisson distribution with mean `mean`: Knuth's product of uniforms for
 * small means, a rounded normal (Box-Muller) for large ones, where the two are alike.
 */
export function poisson(random: Random, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    const limit = Math.exp(-mean);
    let count = 0;
    let product = random();
    while (product > limit) {
      count++;
      product *= random();
    }
    return count;
  }
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal));
}

/** One of `choices`, each as likely as its weight. */
export function pick<Choice>(random: Random, choices: readonly (readonly [Choice, number])[]): Choice {
  const total = choices.reduce((sum, [, weight]) => sum + weight, 0);
  let draw = random() * total;
  for (const [choice, weight] of choices) {
    draw -= weight;
    if (draw < 0) return choice;
  }
  const last = choices[choices.length - 1];
  if (last === undefined) throw new Error("pick needs at least one choice");
  return last[0];
}

/** A whole number of days drawn from a log-normal distribution with median `median`. */
export function logNormalDays(random: Random, median: number, spread: number): number {
  const normal = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return median * Math.exp(spread * normal);
}

/** The date `YYYY-MM-DD` of a UTC day number (days since 1970-01-01). */
export function dateOf(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC day number of a date `YYYY-MM-DD`. */
export function dayOf(date: string): number {
  return Math.round(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000,
  );
}
