// The council's response lays its tables out one cell per line: each cell is a line starting with
// a tab (a tab alone is an empty cell), the cells of one row follow each other, and rows are
// separated by blank lines. Prose lines (no tab) may sit between cells: a note, or the rest of a
// cell that wrapped.

/** One row of a one-cell-per-line table. */
export interface CellGroup {
  /** The cells' text, without the leading tab. */
  cells: string[];
  /** The 1-based line of each cell. */
  lines: number[];
  /** Prose lines that are not part of a cell: notes, with their line. */
  notes: { text: string; line: number }[];
}

/** Splits lines `from`..`to` (1-based, inclusive) into rows at blank lines. */
export function cellGroups(lines: readonly string[], from: number, to: number): CellGroup[] {
  const groups: CellGroup[] = [];
  let current: CellGroup | null = null;
  for (let line = from; line <= to; line++) {
    const text = lines[line - 1];
    if (text.startsWith("\t")) {
      current ??= { cells: [], lines: [], notes: [] };
      current.cells.push(text.slice(1).trim());
      current.lines.push(line);
    } else if (text.trim() === "") {
      if (current) groups.push(current);
      current = null;
    } else if (current) {
      current.notes.push({ text: text.trim(), line });
    }
  }
  if (current) groups.push(current);
  return groups;
}

/**
 * Reads records that each start at a cell holding a whole number (the count) and run to the next
 * such cell. A prose line continues the cell before it when it opens with "(" or that cell ends
 * on a connective ("… providers of the"); otherwise it is a note on the record.
 */
export function countRecords(lines: readonly string[], from: number, to: number): CellGroup[] {
  const records: CellGroup[] = [];
  let current: CellGroup | null = null;
  for (let line = from; line <= to; line++) {
    const raw = lines[line - 1];
    const text = raw.trim();
    if (raw.startsWith("\t") && /^\d[\d,]*$/.test(text)) {
      current = { cells: [text], lines: [line], notes: [] };
      records.push(current);
    } else if (current && raw.startsWith("\t") && text !== "") {
      current.cells.push(text);
      current.lines.push(line);
    } else if (current && text !== "") {
      const last = current.cells.length - 1;
      if (text.startsWith("(") || /\b(of|the|and|for|to|by)$/.test(current.cells[last])) {
        current.cells[last] = `${current.cells[last]} ${text}`;
      } else {
        current.notes.push({ text, line });
      }
    }
  }
  return records;
}
