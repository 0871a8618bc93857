import type { JsonObject, JsonValue, Trace } from "../charts/figure.ts";
import { plotlyTextLines } from "./_html.ts";
import { VALUE_FORMATS, type ValueFormat } from "../format/format_value.ts";

// Reading a Plotly figure's values, as the chart's static summary and its alt text both need
// them: its title, how its values are written, the categories and series of a cartesian chart,
// the nodes of a hierarchy. Values stay raw JSON; formatting is the caller's.

export const HIERARCHIES = new Set(["treemap", "sunburst", "icicle"]);

export function isCartesian(trace: Trace): boolean {
  return Array.isArray(trace.x) && Array.isArray(trace.y);
}

export function isHorizontal(trace: Trace): boolean {
  return trace.orientation === "h";
}

export function traceName(trace: Trace, i: number): string {
  return typeof trace.name === "string" ? trace.name : `trace ${i}`;
}

// Our builders record the format in layout.meta; for other figures the value axis's tick prefix
// or suffix tells pounds and percentages apart.
export function valueFormatOf(layout: JsonObject): ValueFormat {
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

/** The categories of cartesian traces, in order of first appearance, and each trace's values. */
export interface CartesianData {
  categories: JsonValue[];
  // One column per trace, one cell per category: the trace's value there, or null.
  columns: JsonValue[][];
  // The titles of the category axis and the value axis (x and y, or y and x for bars across).
  categoryTitle: string | null;
  valueTitle: string | null;
  // One column per trace: the statistical symbol of each point ("[e]", "[c]"…) or "", from the
  // trace's meta.symbols (our builders record them).
  symbols: string[][];
}

export function cartesianData(traces: Trace[], layout: JsonObject): CartesianData {
  const categories: JsonValue[] = [];
  const seen = new Set<string>();
  const symbolMaps: Map<string, string>[] = [];
  const maps = traces.map((trace) => {
    const keys = asArray(isHorizontal(trace) ? trace.y : trace.x);
    const values = asArray(isHorizontal(trace) ? trace.x : trace.y);
    const marks = asArray((trace.meta as JsonObject | undefined)?.symbols);
    const byKey = new Map<string, JsonValue>();
    const symbolOf = new Map<string, string>();
    keys.forEach((key, i) => {
      const id = JSON.stringify(key);
      if (!seen.has(id)) categories.push(key);
      seen.add(id);
      byKey.set(id, values[i] ?? null);
      if (typeof marks[i] === "string" && marks[i] !== "") symbolOf.set(id, marks[i] as string);
    });
    symbolMaps.push(symbolOf);
    return byKey;
  });
  const across = traces.length > 0 && isHorizontal(traces[0]);
  const axis = (name: "xaxis" | "yaxis") => titleOf((layout[name] as JsonObject)?.title);
  return {
    categories,
    columns: maps.map((byKey) => categories.map((key) => byKey.get(JSON.stringify(key)) ?? null)),
    categoryTitle: axis(across ? "yaxis" : "xaxis"),
    valueTitle: axis(across ? "xaxis" : "yaxis"),
    symbols: symbolMaps.map((m) => categories.map((key) => m.get(JSON.stringify(key)) ?? "")),
  };
}

/** One node of a treemap, sunburst or icicle. */
export interface HierarchyNode {
  id: string;
  label: JsonValue;
  parent: string;
  // The parent's label, or "" for a root.
  parentLabel: JsonValue;
  value: JsonValue;
}

export function hierarchyNodes(traces: Trace[]): HierarchyNode[] {
  return traces.flatMap((trace) => {
    const labels = asArray(trace.labels);
    const ids = asArray(trace.ids ?? trace.labels);
    const parents = asArray(trace.parents);
    const values = asArray(trace.values);
    const labelOf = new Map(ids.map((id, i) => [JSON.stringify(id), labels[i]]));
    return labels.map((label, i) => ({
      id: JSON.stringify(ids[i] ?? label),
      label,
      parent: JSON.stringify(parents[i] ?? ""),
      parentLabel: labelOf.get(JSON.stringify(parents[i])) ?? parents[i] ?? "",
      value: values[i] ?? null,
    }));
  });
}

export function titleOf(title: JsonValue | undefined): string | null {
  const text = typeof title === "string" ? title : (title as JsonObject | null)?.text;
  return typeof text === "string" && text !== "" ? plotlyTextLines(text).join(" ") : null;
}

export function asArray(value: JsonValue | undefined): JsonValue[] {
  return Array.isArray(value) ? value : [];
}
