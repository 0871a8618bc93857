// Private to lib/ingest: what a column holds, from its header and the majority of its cells. The
// header decides the unit when it declares one (`(£000)`, `%`, `Spend`), since a money column's
// cells often carry no £ ("500,000" under "24/25 Spend", framework Table 1).
import { type MoneyUnit, parseMoneyUnit } from "../parse/money_unit.ts";
import type { CellReading } from "./_read_cell.ts";
import type { IngestColumn } from "./types.ts";

const MONEY_HEADER =
  /£|\b(?:spend|spent|spending|funding|funded|budget|costs?|value|amount|grants?|payments?|expenditure|income|allocation|allocated|contribution|price|fees?|salary|salaries|awarded|award)\b/i;
// "Number of grants" counts grants: a count header wins over a money word.
const COUNT_HEADER = /\b(?:number|no\.|count|how many)\b/i;
const PERCENT_HEADER = /%|\bper\s?cent\b|\bpercentage\b|\bproportion\b|\bshare\b/i;
// Columns whose numbers name a row rather than measure it (ages, ranks, codes).
const LABEL_HEADER =
  /^(?:age(?:s| group| band| range)?|aged|age \(years\)|ward|postcode|code|id|ref(?:erence)?|no\.?|#|rank|year group|key stage|school year)$/i;

type Kind = CellReading["kind"];

/**
 * The money unit a header (or caption) declares. A scale that cannot be read (`(£00)`) makes the
 * column money in pounds as written, with a warning its every figure carries: a figure is never
 * silently a thousand times too small, or read as a count.
 */
export function moneyUnit(header: string): { unit: MoneyUnit | null; warning: string | null } {
  try {
    return { unit: parseMoneyUnit(header), warning: null };
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const warning = `${error.message}; its figures are read as written, in pounds`;
    return { unit: { unit: "GBP", bound: null, scale: 1 }, warning };
  }
}

// "10-11", "12-13", "14-15": pairs that read as financial years but step by two are age bands.
function ageBands(cells: readonly CellReading[]): boolean {
  const starts = cells.flatMap((c) => c.kind === "financial_year" ? [c.year.startYear] : [])
    .sort((a, b) => a - b);
  return starts.length >= 3 && starts.every((s, i) => i === 0 || s - starts[i - 1] >= 2);
}

/** The column's type, unit, and the scale and bound its header declares. */
export function typeColumn(
  name: string,
  cells: readonly CellReading[],
  options: { index: number; caption: string | null; unit?: string | null },
): IngestColumn {
  const { index, caption } = options;
  const counts = new Map<Kind, number>();
  for (const cell of cells) counts.set(cell.kind, (counts.get(cell.kind) ?? 0) + 1);
  const n = (kind: Kind) => counts.get(kind) ?? 0;
  const numbers = n("count") + n("number") + n("year");
  const read = cells.length - n("empty") - n("missing") - n("bad");
  const text = (type: IngestColumn["type"] = "text"): IngestColumn => ({
    name,
    type,
    unit: null,
    scale: 1,
    bound: null,
    warning: null,
  });
  const labels = LABEL_HEADER.test(name.trim()) ||
    /^(?:victim.s\s+)?(?:age|aged|ages)\b/i.test(name.trim());
  if (labels || (index === 0 && n("text") > 0 && read > n("text")) || ageBands(cells)) {
    return text();
  }
  // "Funding (£000)" above a table whose columns are headed by years, or "£million" in a header
  // cell of its own, declares their unit.
  const own = moneyUnit(name);
  const table = options.unit ?? caption;
  const declared = own.unit === null && table && !COUNT_HEADER.test(name) ? moneyUnit(table) : own;
  const money = declared.unit;
  const figure = (type: "money" | "count" | "percent"): IngestColumn => ({
    name,
    type,
    unit: type === "money" ? "GBP" : type,
    scale: type === "money" ? money?.scale ?? 1 : 1,
    bound: type === "money" ? money?.bound ?? null : null,
    warning: type === "money" ? declared.warning : null,
  });
  const most = (k: number) => read > 0 && k * 2 >= read;
  if (n("money") > 0 && most(n("money") + numbers)) return figure("money");
  const moneyHeader = money !== null || (MONEY_HEADER.test(name) && !COUNT_HEADER.test(name));
  if (moneyHeader && most(numbers) && n("percent") === 0) {
    return figure("money");
  }
  if (most(n("percent")) || (PERCENT_HEADER.test(name) && most(numbers + n("percent")))) {
    return figure("percent");
  }
  for (const kind of ["financial_year", "quarter", "date"] as const) {
    if (most(n(kind))) return text(kind);
  }
  if (most(n("year")) && n("count") === 0) return text("date");
  if (most(n("count") + n("year"))) return figure("count");
  if (most(numbers)) return text("number");
  if (read === 0 && n("missing") > 0) return moneyOrCount(name, figure);
  return text();
}

// A column of nothing but "Information held by NHSE" is still a column of figures; its header
// says which kind.
function moneyOrCount(
  name: string,
  figure: (type: "money" | "count" | "percent") => IngestColumn,
): IngestColumn {
  if (moneyUnit(name).unit || (MONEY_HEADER.test(name) && !COUNT_HEADER.test(name))) {
    return figure("money");
  }
  if (PERCENT_HEADER.test(name)) return figure("percent");
  return figure("count");
}
