// Private to lib/ingest: what one table cell (or one list value) holds, read by the lib/parse
// parsers. Suppression is decided here: `*`, `[c]`, `[x]`, and `<N` / `fewer than N` with N up
// to 10 are withheld values; `<N` above 10 is an upper bound.
import { parseCount } from "../parse/count.ts";
import { type FinancialYear, parseFinancialYear } from "../parse/financial_year.ts";
import { parseMissing } from "../parse/missing.ts";
import { parsePercent } from "../parse/percent.ts";
import { readMoney } from "./_money_text.ts";
import { type DateSpan, parseDate } from "../parse/date.ts";

/** A cell's reading. */
export type CellReading =
  | { kind: "empty" }
  | { kind: "missing"; reason: string; suppressed: boolean }
  | {
    kind: "money" | "count" | "percent";
    value: number;
    scale: number;
    approximate: boolean;
    bound: "upper" | "lower" | null;
    warning: string | null;
  }
  | { kind: "number"; value: number }
  | { kind: "financial_year"; year: FinancialYear; warning: string | null }
  | { kind: "quarter"; quarter: 1 | 2 | 3 | 4; year: FinancialYear | null }
  | { kind: "date"; start: string; end: string }
  | { kind: "year"; year: number }
  | { kind: "bad"; message: string }
  | { kind: "text" };

const SUPPRESSION_LIMIT = 10;
const BELOW = /^(?:<|fewer than|less than)\s*(\d+)$/i;
const FY_CELL =
  /^(?:(?:financial\s+year|fy|year)\s*)?(\d{2}|\d{4})\s*([/\-–—]|\s+to\s+)\s*(\d{1,4})$/i;
const QUARTER_CELL = /^(?:q|quarter\s*)([1-4])(?:\s+(.+))?$/i;
const PLAIN_NUMBER = /^[-−]?\d[\d,]*(?:\.\d+)?$/;
const FOOTNOTE = /[¹²³⁰⁴-⁹]+$/;

type FigureReading = Extract<CellReading, { scale: number }>;

/** A figure's reading: exact, unbounded, in the units written, unless `more` says otherwise. */
export function figureReading(
  kind: FigureReading["kind"],
  value: number,
  more: Partial<Omit<FigureReading, "kind" | "value">> = {},
): CellReading {
  return { kind, value, scale: 1, approximate: false, bound: null, warning: null, ...more };
}

/** Reads a cell: empty, missing, a figure, a period, a number or text. */
export function readCell(raw: string): CellReading {
  const text = raw.trim().replace(/^(\*\*|__)(.+)\1$/, "$2").trim();
  if (text === "") return { kind: "empty" };
  const below = BELOW.exec(text);
  if (below && Number(below[1]) > SUPPRESSION_LIMIT) {
    return figureReading("count", Number(below[1]), { bound: "upper" });
  }
  const missing = parseMissing(text) ?? (below ? { reason: "Suppressed", suppressed: true } : null);
  if (missing) {
    return { kind: "missing", reason: missing.reason, suppressed: missing.suppressed === true };
  }
  return readPeriod(text) ?? readFigure(text);
}

function readPeriod(text: string): CellReading | null {
  const fy = FY_CELL.exec(text);
  if (fy) return readFinancialYear(text, fy);
  const q = QUARTER_CELL.exec(text);
  if (q) {
    const year = q[2] ? tryYear(q[2]) : null;
    if (!q[2] || year) return { kind: "quarter", quarter: Number(q[1]) as 1 | 2 | 3 | 4, year };
  }
  if (/^(?:19|20)\d\d$/.test(text)) return { kind: "year", year: Number(text) };
  const date = readDate(text);
  return date ? { kind: "date", ...date } : null;
}

// A footnote digit glued to a year ("2021/221") is read as the year with a warning.
function readFinancialYear(text: string, m: RegExpExecArray): CellReading | null {
  const year = tryYear(text);
  if (year && m[1].length === 2 && !likelyTwoDigitYear(year.startYear)) {
    const warning =
      `Read "${text}" as the financial year ${year.label}: a two-digit year is read ` +
      "by the POSIX rule (69-99 are 1969-1999, 00-68 are 2000-2068)";
    return { kind: "financial_year", year, warning };
  }
  if (year) return { kind: "financial_year", year, warning: null };
  if (m[3].length !== 3) return null;
  const trimmed = tryYear(text.slice(0, -1));
  if (!trimmed) return null;
  const warning = `Read "${text}" as the financial year ${trimmed.label}: the digit ` +
    `"${text.slice(-1)}" glued to the year looks like a footnote marker`;
  return { kind: "financial_year", year: trimmed, warning };
}

/** The day or month a text names, by lib/parse's one date reader; null when it names none. */
export function readDate(text: string): DateSpan | null {
  try {
    return parseDate(text);
  } catch (error) {
    if (error instanceof SyntaxError || error instanceof RangeError) return null;
    throw error;
  }
}

/** True for the years a two-digit financial year in an FOI response is taken to mean unasked. */
export function likelyTwoDigitYear(startYear: number): boolean {
  return startYear >= 1980 && startYear < 2050;
}

/** The financial year a text names, by lib/parse's reader; null when it names none. */
export function tryYear(text: string): FinancialYear | null {
  try {
    return parseFinancialYear(text);
  } catch {
    return null;
  }
}

function readFigure(text: string): CellReading {
  if (!/\d/.test(text)) return { kind: "text" };
  if (/£|\bGBP\b/i.test(text)) return moneyCell(text, 1);
  if (/%|per\s?cent/i.test(text)) {
    try {
      const { value, approximate, bound } = parsePercent(text);
      return figureReading("percent", value, { approximate, bound });
    } catch (error) {
      return { kind: "bad", message: `${(error as Error).message}; not extracted` };
    }
  }
  const plain = text.replace(FOOTNOTE, "");
  if (PLAIN_NUMBER.test(plain)) return numberCell(text, plain);
  return { kind: "text" };
}

/** Reads a cell as money; `scale` is the multiplier the column header declares. */
export function moneyCell(text: string, scale: number): CellReading {
  const reading = readMoney(text, scale);
  if (!reading.ok) return { kind: "bad", message: `${reading.message}; not extracted` };
  const { money: { value, approximate, bound }, warning } = reading;
  return figureReading("money", value, { scale: reading.scale, approximate, bound, warning });
}

function numberCell(text: string, plain: string): CellReading {
  const warning = plain !== text
    ? `Read "${text}" as ${plain}: a footnote marker follows the number`
    : null;
  if (/^\d[\d,]*$/.test(plain)) {
    try {
      return figureReading("count", parseCount(plain), { warning });
    } catch (error) {
      return { kind: "bad", message: `${(error as Error).message}; not extracted` };
    }
  }
  const value = Number(plain.replaceAll(",", "").replace("−", "-"));
  if (
    !Number.isFinite(value) ||
    !/^[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^[-−]?\d+(?:\.\d+)?$/.test(plain)
  ) {
    return {
      kind: "bad",
      message: `Cannot read "${text}" as a number: the digit groups are malformed; not extracted`,
    };
  }
  return { kind: "number", value };
}
