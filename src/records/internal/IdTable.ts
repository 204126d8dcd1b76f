// Record ids, looked up by their text. A Map of a million strings costs about a microsecond an
// entry, and a hash table as large scatters its reads over megabytes. Here each id's hash is
// written in record order, and the positions are then sorted by hash with a radix sort: every
// pass reads and writes memory in order, and ids are compared only where hashes meet.

/** The ids of a register: the first record of each id, and where ids repeat. */
export class IdTable {
  readonly #ids: readonly string[];
  readonly #hashes: Int32Array;
  #sortedTable: { readonly order: Uint32Array; readonly hashes: Int32Array } | undefined;

  /** A table of the ids `ids[0..capacity)`, each hashed with {@link IdTable.hash} as it is read. */
  constructor(capacity: number, ids: readonly string[]) {
    this.#ids = ids;
    this.#hashes = new Int32Array(capacity);
  }

  /** Records the id at `position` (already in `ids`). */
  hash(position: number): void {
    this.#hashes[position] = hash(this.#ids[position] as string);
  }

  /**
   * Every record whose id an earlier record has, with that earlier record's position, in
   * record order. Ids that are "" (unreadable) are skipped.
   */
  repeats(): { readonly position: number; readonly first: number }[] {
    const { order, hashes } = this.#sorted();
    const ids = this.#ids;
    const found: { position: number; first: number }[] = [];
    let start = 0;
    while (start < order.length) {
      let end = start + 1;
      const code = hashes[start];
      while (end < order.length && hashes[end] === code) end++;
      // A run of equal hashes: positions ascend within it (the sort is stable), so the first
      // of each id is the earliest.
      for (let at = start + 1; at < end; at++) {
        const position = order[at] as number;
        const id = ids[position] as string;
        if (id === "") continue;
        for (let earlier = start; earlier < at; earlier++) {
          const candidate = order[earlier] as number;
          if (ids[candidate] === id) {
            found.push({ position, first: candidate });
            break;
          }
        }
      }
      start = end;
    }
    return found.sort((a, b) => a.position - b.position);
  }

  /** The position of the first record with `id`, or -1. */
  find(id: string): number {
    const { order, hashes } = this.#sorted();
    const code = hash(id);
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((hashes[middle] as number) < code) low = middle + 1;
      else high = middle;
    }
    for (let at = low; at < order.length && hashes[at] === code; at++) {
      if (this.#ids[order[at] as number] === id) return order[at] as number;
    }
    return -1;
  }

  /**
   * The positions in order of hash, then position: a stable LSD radix sort, 11 bits a pass, that
   * carries the hashes along so that every pass reads in order; the hashes come back in that order too.
   */
  #sorted(): { readonly order: Uint32Array; readonly hashes: Int32Array } {
    if (this.#sortedTable !== undefined) return this.#sortedTable;
    const length = this.#hashes.length;
    let from = new Uint32Array(length);
    let to = new Uint32Array(length);
    let keys = Int32Array.from(this.#hashes);
    let sortedKeys = new Int32Array(length);
    for (let index = 0; index < length; index++) from[index] = index;
    const counts = new Uint32Array(2048);
    for (let shift = 0; shift < 33; shift += 11) {
      counts.fill(0);
      // Hashes are 31-bit and non-negative, so the top digit needs no sign handling.
      for (let index = 0; index < length; index++) (counts[((keys[index] as number) >>> shift) & 2047] as number)++;
      let total = 0;
      for (let digit = 0; digit < 2048; digit++) {
        const count = counts[digit] as number;
        counts[digit] = total;
        total += count;
      }
      for (let index = 0; index < length; index++) {
        const key = keys[index] as number;
        const digit = (key >>> shift) & 2047;
        const place = counts[digit] as number;
        to[place] = from[index] as number;
        sortedKeys[place] = key;
        counts[digit] = place + 1;
      }
      [from, to] = [to, from];
      [keys, sortedKeys] = [sortedKeys, keys];
    }
    this.#sortedTable = { order: from, hashes: keys };
    return this.#sortedTable;
  }
}

/** FNV-1a over the UTF-16 code units, with a final mix, as a non-negative 31-bit number. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) value = Math.imul(value ^ text.charCodeAt(index), 0x01000193);
  value ^= value >>> 16;
  value = Math.imul(value, 0x85ebca6b);
  return (value ^ (value >>> 13)) & 0x7fffffff;
}
