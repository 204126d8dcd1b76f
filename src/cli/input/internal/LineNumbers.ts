/** The line each row starts on, kept in a growing typed array: 4 bytes a row, for millions of rows. */
export class LineNumbers {
  #lines = new Uint32Array(1024);
  #length = 0;

  push(line: number): void {
    if (this.#length === this.#lines.length) {
      const grown = new Uint32Array(this.#lines.length * 2);
      grown.set(this.#lines);
      this.#lines = grown;
    }
    this.#lines[this.#length++] = line;
  }

  get(row: number): number | undefined {
    return row >= 0 && row < this.#length ? this.#lines[row] : undefined;
  }
}
