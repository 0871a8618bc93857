import { formatValue, VALUE_FORMATS, type ValueFormat } from "./format_value.ts";

/** How show() writes a column: a value format, plain text, or a function of the cell and row. */
export type CellFormat =
  | ValueFormat
  | "text"
  | ((value: unknown, row: Record<string, unknown>) => string);

export interface Cell {
  text: string;
  empty: boolean;
  // Why a `value` cell is empty (the row's missing_reason), for its tooltip.
  reason: string | null;
}

export interface FormattedColumn {
  name: string;
  cells: Cell[];
  right: boolean;
}

const UNIT_FORMATS: Record<string, ValueFormat> = {
  GBP: "gbp",
  count: "count",
  percent: "percent",
};

// Formats one column of the first rows. `rows` holds those rows as objects (for format
// functions and for the unit and missing_reason of each row); `column` is the whole column, so
// numbers align right even when the rows shown are all empty.
export function formatColumn(
  name: string,
  rows: Record<string, unknown>[],
  column: ArrayLike<unknown>,
  format: CellFormat | undefined,
): FormattedColumn {
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
      return { text, empty: false, reason: null };
    }
    if (value === null || value === undefined) {
      const reason = name === "value" && typeof row.missing_reason === "string"
        ? row.missing_reason
        : null;
      return { text: "—", empty: true, reason };
    }
    return { text: writeCell(name, value, row, format, index), empty: false, reason: null };
  });
  const values = Array.from(column).filter((v) => v !== null && v !== undefined);
  const numeric = typeof format === "string" && VALUE_FORMATS.includes(format as ValueFormat);
  // An all-empty column counts as numeric: its dashes then line up with numbers elsewhere.
  const right = numeric || values.every((v) => typeof v === "number");
  return { name, cells, right };
}

function writeCell(
  name: string,
  value: unknown,
  row: Record<string, unknown>,
  format: CellFormat | undefined,
  index: number,
): string {
  const chosen = format ?? defaultFormat(name, value, row);
  if (chosen === "text" || chosen === undefined) return plainText(value);
  if (typeof value !== "number") {
    throw new TypeError(
      `Cannot show table: column "${name}" holds ${JSON.stringify(value)} at row index ${index}, ` +
        `which format "${chosen}" cannot write`,
    );
  }
  const text = formatValue(value, chosen as ValueFormat);
  const unit = row.unit;
  return format === undefined && (unit === "years" || unit === "months") ? `${text} ${unit}` : text;
}

// Our figure datasets say in a `unit` column how to read `value`; other numbers (line numbers,
// ages, years) are written as they are.
function defaultFormat(name: string, value: unknown, row: Record<string, unknown>) {
  if (name !== "value" || typeof value !== "number") return undefined;
  return UNIT_FORMATS[String(row.unit)] ?? "number";
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
