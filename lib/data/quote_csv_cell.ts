/**
 * Writes one CSV cell as RFC 4180 asks, quoting only where needed: a cell holding a comma, a
 * quote or a line break, or with space at either end (which a reader might trim), goes in double
 * quotes with its quotes doubled; any other cell is written as it is. The toolkit's CSV writers
 * (the datasets in `data/`, referral extracts) all quote through it.
 *
 * @param cell The cell's text.
 * @returns The text to write between the commas.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { quoteCsvCell } from "./quote_csv_cell.ts";
 * assert.equal(quoteCsvCell("Catch 22"), "Catch 22");
 * assert.equal(quoteCsvCell('Victim "First", LLR'), '"Victim ""First"", LLR"');
 * assert.equal(quoteCsvCell(" UAVA "), '" UAVA "');
 * ```
 */
export function quoteCsvCell(cell: string): string {
  return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}
