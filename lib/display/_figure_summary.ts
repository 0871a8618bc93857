import type { Figure, JsonObject, JsonValue, Trace } from "../charts/figure.ts";
import { plotlyTextLines } from "./_html.ts";
import { formatValue, type ValueFormat } from "../format/format_value.ts";
import { missingCell, type StatSymbol, symbolKey } from "../format/missing.ts";
import {
  asArray,
  cartesianData,
  HIERARCHIES,
  hierarchyNodes,
  isCartesian,
  titleOf,
  traceName,
  valueFormatOf,
} from "./_figure_data.ts";

// A static summary of a Plotly figure for front ends without a Plotly renderer: its title, its
// values as a small table, and its notes (source, licence).
export interface FigureSummary {
  title: string | null;
  headers: string[];
  right: boolean[];
  rows: string[][];
  hidden: number;
  notes: string[];
}

export function summarise(figure: Figure, maxRows: number): FigureSummary {
  const { layout, data } = figure;
  const format = valueFormatOf(layout);
  const table = HIERARCHIES.has(data[0]?.type)
    ? hierarchyRows(data.filter((t) => HIERARCHIES.has(t.type)), format)
    : data.every(isCartesian) && data.length > 0
    ? cartesianRows(data, layout, format)
    : { headers: ["trace", "type"], right: [false, false], rows: data.map(traceRow) };
  const notes = asArray(layout.annotations).flatMap((a) =>
    typeof (a as JsonObject)?.text === "string"
      ? plotlyTextLines((a as JsonObject).text as string)
      : []
  );
  const key = "key" in table ? String(table.key) : "";
  return {
    title: titleOf(layout.title),
    headers: table.headers,
    right: table.right,
    rows: table.rows.slice(0, maxRows),
    hidden: Math.max(0, table.rows.length - maxRows),
    // The builders put the key in the chart's note already; a figure from elsewhere gets it here.
    notes: key === "" || notes.some((n) => n.includes(key)) ? notes : [...notes, key],
  };
}

// Values with their symbols: an estimate "£800,000 [e]", a suppressed count "[c]"; the key to
// the symbols used joins the notes.
function cartesianRows(traces: Trace[], layout: JsonObject, format: ValueFormat) {
  const { categories, columns, categoryTitle, symbols } = cartesianData(traces, layout);
  const headers = [categoryTitle ?? "x", ...traces.map(traceName)];
  const rows = categories.map((key, r) => [
    cellText(key, "number"),
    ...columns.map((column, c) => {
      const mark = symbols[c][r];
      if (column[r] === null && mark !== "") return mark;
      return mark === "" ? cellText(column[r], format) : `${cellText(column[r], format)} ${mark}`;
    }),
  ]);
  const key = symbolKey(symbols.flat().filter((s) => s !== "") as StatSymbol[]);
  return { headers, right: headers.map((_, i) => i > 0), rows, key };
}

function hierarchyRows(traces: Trace[], format: ValueFormat) {
  const rows = hierarchyNodes(traces).map((node) => [
    cellText(node.label, "number"),
    cellText(node.parentLabel, "number"),
    cellText(node.value, format),
  ]);
  return { headers: ["label", "parent", "value"], right: [false, false, true], rows };
}

function traceRow(trace: Trace, i: number): string[] {
  return [traceName(trace, i), trace.type];
}

function cellText(value: JsonValue, format: ValueFormat): string {
  if (typeof value === "number") return formatValue(value, format);
  if (value === null) return missingCell(null).text;
  return typeof value === "string" ? value : JSON.stringify(value);
}
