import type { Figure, JsonObject, JsonValue, Trace } from "../charts/figure.ts";
import { plotlyTextLines } from "./_html.ts";
import { formatValue, VALUE_FORMATS, type ValueFormat } from "../format/format_value.ts";
import { MISSING_MARK } from "../format/missing.ts";

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

const HIERARCHIES = new Set(["treemap", "sunburst", "icicle"]);

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
  return {
    title: titleOf(layout.title),
    ...table,
    rows: table.rows.slice(0, maxRows),
    hidden: Math.max(0, table.rows.length - maxRows),
    notes,
  };
}

// Our builders record the format in layout.meta; for other figures the value axis's tick prefix
// or suffix tells pounds and percentages apart.
function valueFormatOf(layout: JsonObject): ValueFormat {
  const meta = (layout.meta ?? {}) as JsonObject;
  if (VALUE_FORMATS.includes(meta.valueFormat as ValueFormat)) {
    return meta.valueFormat as ValueFormat;
  }
  for (const axis of [layout.yaxis, layout.xaxis] as (JsonObject | undefined)[]) {
    if (axis?.tickprefix === "£") return "gbp";
    if (axis?.ticksuffix === "%") return "percent";
  }
  return "number";
}

function isCartesian(trace: Trace): boolean {
  return Array.isArray(trace.x) && Array.isArray(trace.y);
}

function cartesianRows(traces: Trace[], layout: JsonObject, format: ValueFormat) {
  const horizontal = (t: Trace) => t.orientation === "h";
  const categories: JsonValue[] = [];
  const seen = new Set<string>();
  const columns = traces.map((trace) => {
    const keys = asArray(horizontal(trace) ? trace.y : trace.x);
    const values = asArray(horizontal(trace) ? trace.x : trace.y);
    const byKey = new Map<string, JsonValue>();
    keys.forEach((key, i) => {
      const id = JSON.stringify(key);
      if (!seen.has(id)) categories.push(key);
      seen.add(id);
      byKey.set(id, values[i] ?? null);
    });
    return byKey;
  });
  const axis = (horizontal(traces[0]) ? layout.yaxis : layout.xaxis) as JsonObject | undefined;
  const headers = [
    titleOf(axis?.title) ?? "x",
    ...traces.map((t, i) => (typeof t.name === "string" ? t.name : `trace ${i}`)),
  ];
  const rows = categories.map((key) => [
    cellText(key, "number"),
    ...columns.map((byKey) => cellText(byKey.get(JSON.stringify(key)) ?? null, format)),
  ]);
  return { headers, right: headers.map((_, i) => i > 0), rows };
}

function hierarchyRows(traces: Trace[], format: ValueFormat) {
  const rows = traces.flatMap((trace) => {
    const labels = asArray(trace.labels);
    const ids = asArray(trace.ids ?? trace.labels);
    const parents = asArray(trace.parents);
    const values = asArray(trace.values);
    const labelOf = new Map(ids.map((id, i) => [JSON.stringify(id), labels[i]]));
    return labels.map((label, i) => [
      cellText(label, "number"),
      cellText(labelOf.get(JSON.stringify(parents[i])) ?? parents[i] ?? "", "number"),
      cellText(values[i] ?? null, format),
    ]);
  });
  return { headers: ["label", "parent", "value"], right: [false, false, true], rows };
}

function traceRow(trace: Trace, i: number): string[] {
  return [typeof trace.name === "string" ? trace.name : `trace ${i}`, trace.type];
}

function cellText(value: JsonValue, format: ValueFormat): string {
  if (typeof value === "number") return formatValue(value, format);
  if (value === null) return MISSING_MARK;
  return typeof value === "string" ? value : JSON.stringify(value);
}

function titleOf(title: JsonValue | undefined): string | null {
  const text = typeof title === "string" ? title : (title as JsonObject | null)?.text;
  return typeof text === "string" && text !== "" ? plotlyTextLines(text).join(" ") : null;
}

function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
