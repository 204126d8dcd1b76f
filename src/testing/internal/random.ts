/**
 * A small seeded pseudo-random generator for synthetic data: sfc32 (Chris Doty-Humphrey's
 * Small Fast Counting generator, 128 bits of state), seeded by the cyrb128 string hash. Each
 * stream is a closure over its own state: nothing is shared between calls, and there is no
 * module-level state. Not for cryptography.
 */

/** 128 bits of seed, as four unsigned 32-bit words. */
export type Seed = readonly [number, number, number, number];

/** A stream of numbers in [0, 1). */
export type Random = () => number;

/** cyrb128: hashes a text to 128 bits, so that every key gets its own, well-spread seed. */
export function hashText(text: string): Seed {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    h1 = h2 ^ Math.imul(h1 ^ code, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ code, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ code, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ code, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/**
 * Combines two seeds into a third, such as a seed per (indicator, area) with a seed per period.
 * The combination is order-sensitive, so that (a, b) and (b, a) give different streams.
 */
export function combineSeeds(first: Seed, second: Seed): Seed {
  return [
    (first[0] ^ Math.imul(second[0], 0x9e3779b1)) >>> 0,
    (first[1] ^ Math.imul(second[1], 0x85ebca77)) >>> 0,
    (first[2] ^ Math.imul(second[2], 0xc2b2ae3d)) >>> 0,
    (first[3] ^ Math.imul(second[3], 0x27d4eb2f)) >>> 0,
  ];
}

// sfc32 needs a few rounds before seeds that differ in few bits give unrelated output.
const WARM_UP = 16;

/** A new sfc32 stream from a seed. */
export function createRandom(seed: Seed): Random {
  let [a, b, c, d] = seed;
  const next: Random = () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let round = 0; round < WARM_UP; round++) next();
  return next;
}

/** A number drawn evenly from [min, max). */
export function between(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** A number drawn evenly on a log scale from [min, max): as likely 100–200 as 1,000–2,000. */
export function logBetween(random: Random, min: number, max: number): number {
  return min * Math.exp(Math.log(max / min) * random());
}

/**
 * Rounds to a whole number without bias: 2.3 becomes 3 with probability 0.3, else 2. Small
 * quantities (0.25 partners a week) then still sum to about the right total over a year.
 */
export function roundRandomly(random: Random, value: number): number {
  const floor = Math.floor(value);
  return floor + (random() < value - floor ? 1 : 0);
}
