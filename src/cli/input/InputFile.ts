/** A file the program reads, as main.ts opens it: the only contact of the readers with I/O. */
export interface InputFile {
  /** The name as the user wrote it, for messages. */
  readonly name: string;
  /** The size in bytes when the file system knows it (a regular file), so that a file that is too large is refused before it is read. */
  readonly size: number | undefined;
  /** The contents, in chunks. */
  readonly chunks: AsyncIterable<Uint8Array>;
}
