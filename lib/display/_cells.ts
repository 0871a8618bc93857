import type { StoredColumn } from "../data/arquero.ts";
import { type ColumnFormat, columnFormat } from "../format/column_format.ts";
import { formatUnit } from "../format/format_unit.ts";
import { formatValue, VALUE_FORMATS, type ValueFormat } from "../format/format_value.ts";
import {
  MISSING_MARK,
  missingFigure,
  qualifierSymbols,
  type StatSymbol,
} from "../format/missing.ts";

/** How show() writes a column: a value format, plain text, or a function of the cell and row. */
export type CellFormat =
  | ValueFormat
  | "text"
  | ((value: unknown, row: Record<string, unknown>) => string);

export interface Cell {
  text: string;
  empty: boolean;
  // Why a figure's cell is empty (the row's missing_reason), for its tooltip.
  reason: string | null;
  // The statistical symbols the cell shows: a missing figure's, or a value's qualifiers.
  symbols: StatSymbol[];
}

export interface FormattedColumn {
  name: string;
  cells: Cell[];
  right: boolean;
}

// Formats one column of the first rows. `rows` holds those rows as objects (for format
// functions and for the unit and missing_reason of each row); `column` is the whole stored
// column, so numbers align right even when the rows shown are all empty; `names` are the
// table's columns, which settle what a column means (lib/format/column_format.ts).
export function formatColumn(
  name: string,
  rows: Record<string, unknown>[],
  column: StoredColumn,
  format: CellFormat | undefined,
  names: readonly string[],
): FormattedColumn {
  const meaning = columnFormat(name, names);
  const numeric = typeof format === "string" && VALUE_FORMATS.includes(format as ValueFormat);
  const cells = rows.map((row, index): Cell => {
    const value = row[name];
    if (typeof format === "function") {
      const text = format(value, row);
      if (typeof text !== "string") {
        throw new TypeError(
          `Cannot show table: the format function for column "${name}" returned ${typeof text} ` +
            `at row index ${index}, not a string`,
        );
      }
      return { text, empty: false, reason: null, symbols: [] };
    }
    // A figure's blank is a missing value, written as its symbol with its row's reason; other
    // columns' blanks (a text column, a reason column) have no value to miss and keep a dash.
    const figure = numeric || (format === undefined && meaning !== null);
    if (value === null || value === undefined) {
      if (!figure) return { text: MISSING_MARK, empty: true, reason: null, symbols: [] };
      const { text, reason } = missingFigure(name, row);
      return { text, empty: true, reason, symbols: [text] };
    }
    const text = writeCell({ name, value, row, format, index, meaning });
    const symbols = figure ? qualifierSymbols(name, row) : [];
    return { text: [text, ...symbols].join(" "), empty: false, reason: null, symbols };
  });
  const shown = rows.map((row) => row[name]).filter((v) => v !== null && v !== undefined);
  const right = numeric || (shown.every((v) => typeof v === "number") && numbersIn(column));
  return { name, cells, right };
}

interface CellInput {
  name: string;
  value: unknown;
  row: Record<string, unknown>;
  format: CellFormat | undefined;
  index: number;
  meaning: ColumnFormat | null;
}

function writeCell({ name, value, row, format, index, meaning }: CellInput): string {
  if (format === "text") return plainText(value);
  if (format !== undefined) {
    if (typeof value !== "number") {
      throw new TypeError(
        `Cannot show table: column "${name}" holds ${JSON.stringify(value)} at row index ` +
          `${index}, which format "${format}" cannot write`,
      );
    }
    // A format chosen by name keeps the column's sign: `pct_change` as "percent" is `+2.0%`.
    return formatValue(value, format as ValueFormat, { signed: meaning?.signed });
  }
  if (meaning === null || typeof value !== "number") return plainText(value);
  const { signed, delta } = meaning;
  if (meaning.format !== "unit") return formatValue(value, meaning.format, { signed });
  const unit = typeof row.unit === "string" ? row.unit : null;
  return formatUnit(value, unit, { signed, delta });
}

// Whether a stored column holds numbers, by its first value that is not empty: a look at one
// value, not a scan of a million (a typed array holds nothing else). An all-empty column counts
// as numeric: its dashes then line up with numbers elsewhere.
function numbersIn(column: StoredColumn): boolean {
  if (ArrayBuffer.isView(column)) return true;
  for (let i = 0; i < column.length; i++) {
    const value = column.at(i);
    if (value !== null && value !== undefined) return typeof value === "number";
  }
  return true;
}

function plainText(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
