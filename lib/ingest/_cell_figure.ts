// Private to lib/ingest: the figure (or the warning) one table cell gives.
import { EMPTY_CELL } from "../parse/missing.ts";
import { type CellReading, figureReading, moneyCell, readCell } from "./_read_cell.ts";
import { confidence } from "./_confidence.ts";
import type { IngestCell, IngestColumn, IngestFigure, IngestWarning } from "./types.ts";

/** Where a cell is: its table, row and column indices and its text's position. */
export interface CellPlace {
  table: number;
  row: number;
  column: number;
  cell: IngestCell;
}

/** What the table says about the cell: its column, and the figure's label, period and role. */
export interface CellMeaning extends Pick<IngestFigure, "period" | "role" | "label" | "section"> {
  column: IngestColumn;
}

/** The cell's figure (a value, or a missing one with its reason) and any warning. */
export function cellFigure(
  source: string,
  place: CellPlace,
  reading: CellReading,
  meaning: CellMeaning,
): { figure: IngestFigure | null; warning: IngestWarning | null } {
  const { cell } = place;
  const at = { source, line: cell.line, text: cell.text };
  if (reading.kind === "bad") return { figure: null, warning: { ...at, message: reading.message } };
  const base = figureBase(source, place, meaning);
  if (reading.kind === "missing" || reading.kind === "text" || reading.kind === "empty") {
    const suppressed = reading.kind === "missing" && reading.suppressed;
    // A withheld cell keeps its marker, as prose does: "Suppressed (Fewer than 5)"; an empty
    // one says so, in the words the parsers use.
    const reason = reading.kind === "empty"
      ? EMPTY_CELL
      : reading.kind !== "missing"
      ? cell.text
      : suppressed
      ? `Suppressed (${cell.text})`
      : reading.reason;
    return { figure: { ...base, missing_reason: reason, suppressed }, warning: null };
  }
  if (reading.kind !== "money" && reading.kind !== "count" && reading.kind !== "percent") {
    const message = `Cannot read "${cell.text}" as a ${meaning.column.type} figure: it reads as ` +
      `a ${reading.kind.replace("_", " ")}; not extracted`;
    return { figure: null, warning: { ...at, message } };
  }
  const figure: IngestFigure = {
    ...base,
    value: reading.value,
    scale: reading.scale,
    approximate: reading.approximate,
    bound: reading.bound ?? meaning.column.bound,
    warning: [reading.warning, base.warning].filter((w) => w !== null).join("; ") || null,
  };
  return { figure, warning: reading.warning ? { ...at, message: reading.warning } : null };
}

function figureBase(document: string, place: CellPlace, meaning: CellMeaning): IngestFigure {
  const { cell } = place;
  const source = meaning.label === "" ? "none" : "table";
  return {
    source: document,
    line: cell.line,
    start: cell.start,
    end: cell.end,
    text: cell.text,
    value: null,
    unit: meaning.column.unit!,
    scale: meaning.column.scale,
    approximate: false,
    bound: meaning.column.bound,
    suppressed: false,
    missing_reason: null,
    label: meaning.label,
    label_source: source,
    label_confidence: confidence(source),
    section: meaning.section,
    period: meaning.period,
    kind: "table",
    role: meaning.role,
    table: place.table,
    row: place.row,
    column: place.column,
    warning: meaning.column.warning,
    also: [],
    parts: null,
  };
}

// Reads a cell again knowing its column: "500,000" under "24/25 Spend" is money, "435" under
// "(£000)" is £435,000.
export function readAs(text: string, column: IngestColumn): CellReading {
  const reading = readCell(text);
  if (
    column.type === "money" &&
    (reading.kind === "count" || reading.kind === "number" || reading.kind === "year" ||
      reading.kind === "money")
  ) {
    return moneyCell(text, column.scale);
  }
  if (column.type === "count" && reading.kind === "year") {
    return figureReading("count", reading.year);
  }
  if (column.type === "percent" && (reading.kind === "count" || reading.kind === "number")) {
    return figureReading("percent", reading.value);
  }
  return reading;
}
