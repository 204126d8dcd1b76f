import { escapeTerminal } from "../escape/terminal.js";

/**
 * A text from the input or the command line, as a message shows it: at most `max` characters
 * (then "…"), so that a 1 MB key does not fill the screen, and safe for the terminal, so that an
 * escape sequence in a file name or a cell is shown, not run.
 *
 * @param text - the text
 * @param max - the most characters to keep; 40 by default (a value), 200 for a file name
 * @returns the text to put in the message
 */
export function quote(text: string, max = 40): string {
  if (text.length <= max) return escapeTerminal(text);
  // Never cut a surrogate pair in two.
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${escapeTerminal(text.slice(0, end))}…`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
