// Private to lib/ingest: a table flattened to one cell per paragraph, as some PDF and web page
// conversions leave it: "Team", "2022/23", "2023/24", "Outreach", "6", "7", "Helpline", "4", "5",
// each a short line between blank lines. The first row with figures gives the width (a label and
// its values); the cells just before it are the header; rows of that width follow.
import type { TextLine } from "./_lines.ts";
import { bodyCell, looksNumeric, type RawCell, type RawTable } from "./_raw_table.ts";

const MAX_CELL = 60;
// Years may head columns without being figures.
const YEAR = /^(?:19|20)\d\d$/;

interface Cell {
  cell: RawCell;
  at: number;
}

/** The one-cell-per-paragraph tables among lines not yet taken, marking their lines taken. */
export function readParagraphTables(lines: readonly TextLine[], taken: boolean[]): RawTable[] {
  const tables: RawTable[] = [];
  for (const run of cellRuns(lines, taken)) {
    const table = fromRun(run);
    if (table === null) continue;
    for (const { at } of table.used) taken[at] = true;
    tables.push(table.raw);
  }
  return tables;
}

// Runs of paragraphs of one short line each, no sentence among them.
function cellRuns(lines: readonly TextLine[], taken: boolean[]): Cell[][] {
  const runs: Cell[][] = [];
  let run: Cell[] = [];
  const flush = () => {
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (text === "") continue;
    const alone = (lines[i - 1]?.text.trim() ?? "") === "" &&
      (lines[i + 1]?.text.trim() ?? "") === "";
    if (
      taken[i] || !alone || text.length > MAX_CELL || /[.!?:]$/.test(text) || text.includes("\t")
    ) {
      flush();
      continue;
    }
    const start = lines[i].text.indexOf(text);
    run.push({ cell: bodyCell(lines[i].line, text, start), at: i });
  }
  flush();
  return runs;
}

function isValue(text: string): boolean {
  return looksNumeric(text) && !YEAR.test(text);
}

function fromRun(run: Cell[]): { raw: RawTable; used: Cell[] } | null {
  // The first label followed by values: its row's width is the table's.
  const first = run.findIndex((c, k) =>
    !isValue(c.cell.text) && isValue(run[k + 1]?.cell.text ?? "")
  );
  if (first < 0) return null;
  let width = 1;
  while (first + width < run.length && isValue(run[first + width].cell.text)) width++;
  const headerAt = first - width;
  if (width < 2 || headerAt < 0) return null;
  const header = run.slice(headerAt, first);
  if (header.some((c) => isValue(c.cell.text))) return null;
  const rows: Cell[][] = [];
  for (let k = first; k + width <= run.length; k += width) {
    const row = run.slice(k, k + width);
    if (isValue(row[0].cell.text) || !row.slice(1).every((c) => isValue(c.cell.text))) break;
    rows.push(row);
  }
  // One row could be a label and numbers by chance; two make a table.
  if (rows.length < 2) return null;
  const used = [...header, ...rows.flat()];
  return {
    raw: {
      format: "cell-lines",
      rows: [header, ...rows].map((row, r) =>
        row.map(({ cell }) => ({ ...cell, header: r === 0 }))
      ),
      headerRows: 1,
      lines: used.map(({ cell }) => cell.line),
    },
    used,
  };
}
