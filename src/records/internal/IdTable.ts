// Record ids, looked up by their text. A Map of a million strings costs about a microsecond an
// entry (its growth and its garbage); this open-addressing table of record positions, sized
// once, costs a hash over the id's characters and a comparison or two.

/** Finds records by id: the position of the first record with each id. */
export class IdTable {
  readonly #slots: Int32Array;
  // Each slot's hash, so that a probe compares numbers next to each other in memory and reads
  // an id (a string somewhere else on the heap) only when the hashes agree.
  readonly #hashes: Int32Array;
  readonly #mask: number;
  readonly #ids: readonly string[];

  /** A table for up to `capacity` ids, which will be read from `ids` by position. */
  constructor(capacity: number, ids: readonly string[]) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.#slots = new Int32Array(size).fill(-1);
    this.#hashes = new Int32Array(size);
    this.#mask = size - 1;
    this.#ids = ids;
  }

  /**
   * Adds the id of the record at `position` (already in `ids`), unless an earlier record has
   * it; returns that earlier record's position, or -1 when the id is new.
   */
  add(position: number): number {
    const id = this.#ids[position] as string;
    const code = hash(id);
    const slots = this.#slots;
    const hashes = this.#hashes;
    let slot = code & this.#mask;
    for (;;) {
      const found = slots[slot] as number;
      if (found === -1) {
        slots[slot] = position;
        hashes[slot] = code;
        return -1;
      }
      if (hashes[slot] === code && this.#ids[found] === id) return found;
      slot = (slot + 1) & this.#mask;
    }
  }

  /** The position of the first record with `id`, or -1. */
  find(id: string): number {
    const code = hash(id);
    let slot = code & this.#mask;
    for (;;) {
      const found = this.#slots[slot] as number;
      if (found === -1 || (this.#hashes[slot] === code && this.#ids[found] === id)) return found;
      slot = (slot + 1) & this.#mask;
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix so that the low bits spread. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  return (value ^ (value >>> 13)) & 0x7fffffff;
}
