import type { Figure, JsonObject, JsonValue, Trace } from "../charts/figure.ts";
import { formatValue, type ValueFormat } from "../format/format_value.ts";
import { type StatSymbol, SYMBOLS } from "../format/missing.ts";
import { plural } from "../format/plural.ts";
import { listInWords } from "../format/options.ts";
import {
  cartesianData,
  HIERARCHIES,
  type HierarchyNode,
  hierarchyNodes,
  isCartesian,
  isHorizontal,
  titleOf,
  traceName,
  valueFormatOf,
} from "./_figure_data.ts";

/**
 * Describes a Plotly figure in words, for the `alt` text of its picture and for readers who
 * cannot see it: its title; the finding its builder recorded (`layout.meta.finding`), if any;
 * what kind of chart it is, of what by what, with how many series; and what it shows — the
 * largest and smallest values with their labels, for a line chart which way each line goes,
 * for a waterfall whether the parts add up to the stated total, for a treemap or sunburst the
 * largest branches and their shares of the whole. With no finding given, a bar chart of pounds
 * or counts also says what share of the total its largest bar is. Values a chart marks with a
 * statistical symbol are named with it (`Estimated ([e]): …`, `Confidential … ([c]): …`), so the
 * text says what the picture marks. Values are written in the figure's format
 * (pounds, counts, percentages), as the chart writes them. The text depends only on the figure.
 *
 * @param figure A Plotly `{ data, layout }`, such as a chart builder returns.
 * @returns The description, in sentences.
 * @throws {TypeError} When the figure is not `{ data: [...], layout: {...} }`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { altText } from "./mod.ts";
 * const figure = {
 *   data: [{ type: "bar", x: ["2021-22", "2022-23"], y: [561813, 572798] }],
 *   layout: { title: { text: "Victim First funding" }, yaxis: { tickprefix: "£" } },
 * };
 * assert.equal(
 *   altText(figure),
 *   "Victim First funding. Bar chart by category, 2 bars. " +
 *     "Largest: 2022-23, £572,798; smallest: 2021-22, £561,813. " +
 *     "The largest, 2022-23, is 50.5% of the total, £1,134,611.",
 * );
 * ```
 */
export function altText(figure: Figure): string {
  const f = figure as Partial<Figure> | null;
  if (f === null || typeof f !== "object" || !Array.isArray(f.data)) {
    throw new TypeError("Cannot describe chart: expected a Plotly figure { data: [...], layout }");
  }
  if (f.layout === null || typeof f.layout !== "object" || Array.isArray(f.layout)) {
    throw new TypeError("Cannot describe chart: the figure's layout must be an object");
  }
  const { data, layout } = figure;
  const title = titleOf(layout.title);
  const finding = (layout.meta as JsonObject | undefined)?.finding;
  const format = valueFormatOf(layout);
  const body = HIERARCHIES.has(data[0]?.type)
    ? describeHierarchy(data[0], format)
    : data.length === 1 && data[0].type === "waterfall" && Array.isArray(data[0].measure)
    ? describeWaterfall(data[0], layout, format)
    : data.length > 0 && data.every(isCartesian)
    ? describeCartesian(data, layout, format, typeof finding === "string" && finding !== "")
    : [`Chart with ${plural(data.length, "trace")}${typeList(data)}.`];
  return [
    title === null ? null : sentence(title),
    typeof finding === "string" && finding !== "" ? sentence(finding) : null,
    ...body,
  ].filter((s) => s !== null).join(" ");
}

interface Cell {
  label: string;
  value: number;
}

function describeCartesian(
  traces: Trace[],
  layout: JsonObject,
  format: ValueFormat,
  found: boolean,
): string[] {
  const { categories, columns, categoryTitle, valueTitle, symbols } = cartesianData(
    traces,
    layout,
  );
  const lines = traces.every((t) => t.type === "scatter" && String(t.mode ?? "").includes("lines"));
  const stacked = traces.every((t) => t.type === "bar") && layout.barmode === "stack";
  const kind = lines
    ? "Line chart"
    : traces.every((t) => t.type === "bar")
    ? `${stacked ? "Stacked " : ""}${isHorizontal(traces[0]) ? "horizontal " : ""}bar chart`
    : `Chart of ${[...new Set(traces.map((t) => t.type))].join(" and ")} traces`;
  const names = traces.map(traceName);
  const labels = categories.map(labelText);
  const cells = (c: number, r: number): Cell | null => {
    const value = columns[c][r];
    if (typeof value !== "number") return null;
    const label = traces.length > 1 && !stacked ? `${labels[r]} (${names[c]})` : labels[r];
    return { label, value };
  };
  const what = `${capitalise(kind)}${valueTitle ? ` of ${valueTitle}` : ""} by ${
    categoryTitle ?? "category"
  }`;
  const count = traces.length === 1
    ? plural(categories.length, lines ? "point" : "bar")
    : lines
    ? `${plural(traces.length, "line")}: ${list(names)}`
    : `${plural(categories.length, "category", "categories")} in ${
      plural(traces.length, "series", "series")
    }: ${list(names)}`;
  const out = [`${what}, ${count}.`];
  if (stacked) {
    const totals = labels.flatMap((label, r) => {
      const known = columns.map((column) => column[r]).filter((v) => typeof v === "number");
      return known.length === 0 ? [] : [{ label, value: known.reduce((a, b) => a + b, 0) }];
    });
    out.push(extremes(totals, format, "bar", "in total"));
  } else {
    const all = columns.flatMap((_, c) => labels.map((_, r) => cells(c, r)))
      .filter((cell) => cell !== null);
    out.push(extremes(all, format, lines ? "point" : "value"));
    // With no finding given, the main one for bars of pounds or counts: the largest's share.
    if (!found && !lines && traces.length === 1) out.push(largestShare(all, format));
  }
  if (lines) {
    out.push(
      ...columns.flatMap((_, c) => direction(c, traces.length === 1 ? "The line" : names[c])),
    );
  }
  const empty = labels.filter((_, r) => columns.every((column) => typeof column[r] !== "number"));
  if (empty.length > 0) out.push(`No value for ${list(empty)}.`);
  out.push(
    ...marked(symbols, (c, r) => (traces.length > 1 ? `${labels[r]} (${names[c]})` : labels[r])),
  );
  return out.filter((s) => s !== "");

  function direction(c: number, subject: string): string[] {
    const known = labels.flatMap((label, r) => {
      const value = columns[c][r];
      return typeof value === "number" ? [{ label, value }] : [];
    });
    if (known.length < 2) return [];
    const [first, last] = [known[0], known[known.length - 1]];
    const [from, to] = [first, last].map((p) => `${formatValue(p.value, format)} in ${p.label}`);
    if (first.value === last.value) {
      const value = formatValue(first.value, format);
      return [`${subject} is ${value} in both ${first.label} and ${last.label}.`];
    }
    return [`${subject} ${last.value > first.value ? "rises" : "falls"} from ${from} to ${to}.`];
  }
}

function describeWaterfall(trace: Trace, layout: JsonObject, format: ValueFormat): string[] {
  const { categories, columns, categoryTitle, valueTitle } = cartesianData([trace], layout);
  const measure = trace.measure as JsonValue[];
  const steps = categories.map((key, r) => ({
    label: labelText(key),
    value: columns[0][r],
    measure: measure[r],
  }));
  const parts = steps.filter((s) => s.measure === "relative" && typeof s.value === "number")
    .map((s) => ({ label: s.label, value: s.value as number }));
  const sum = steps.find((s) => s.measure === "total");
  const stated = steps.find((s) => s.measure === "absolute");
  const out = [
    `Waterfall chart${valueTitle ? ` of ${valueTitle}` : ""} by ${categoryTitle ?? "category"}: ${
      plural(parts.length, "part")
    }${sum ? ", then their sum" : ""}${
      stated ? `${sum ? " and" : ", then"} ${stated.label}` : ""
    }.`,
  ];
  if (typeof stated?.value === "number") {
    const total = parts.reduce((acc, p) => acc + p.value, 0);
    const difference = stated.value - total;
    const agreement = difference === 0
      ? "they agree"
      : `the stated figure is ${formatValue(Math.abs(difference), format)} ${
        difference > 0 ? "more" : "less"
      }`;
    out.push(
      `The parts sum to ${formatValue(total, format)}; ${stated.label} is ${
        formatValue(stated.value, format)
      }: ${agreement}.`,
    );
  }
  out.push(extremes(parts, format, "part"));
  return out.filter((s) => s !== "");
}

function describeHierarchy(trace: Trace, format: ValueFormat): string[] {
  const nodes = hierarchyNodes([trace]);
  const ids = new Set(nodes.map((n) => n.id));
  const children = (id: string) => nodes.filter((n) => n.parent === id);
  const depth = (node: HierarchyNode): number =>
    Math.max(0, ...children(node.id).map((child) => 1 + depth(child)));
  const leaves = nodes.filter((n) => children(n.id).length === 0);
  const kind = trace.type === "treemap" ? "Treemap" : `${capitalise(trace.type)} chart`;
  const roots = nodes.filter((n) => !ids.has(n.parent));
  if (roots.length !== 1) return [`${kind}: ${plural(leaves.length, "item")}.`];
  const root = roots[0];
  const whole = typeof root.value === "number" ? root.value : null;
  const out = [
    `${kind} of ${labelText(root.label)}${
      whole === null ? "" : `, ${formatValue(whole, format)} in all`
    }: ${plural(leaves.length, "item")} in ${plural(depth(root), "level")}.`,
  ];
  // Shares only where every parent is the sum of its children.
  const share = (value: number, words: string) =>
    trace.branchvalues === "total" && whole !== null && whole > 0
      ? ` (${formatValue(Math.round((value / whole) * 1000) / 10, "percent")}${words})`
      : "";
  const say = (cell: Cell, words = "") =>
    `${cell.label}, ${formatValue(cell.value, format)}${share(cell.value, words)}`;
  const top = largestFirst(children(root.id));
  if (top.length > 0) {
    const then = top.slice(1, 3).map((cell) => say(cell));
    out.push(
      `Largest branch: ${say(top[0], " of the whole")}${
        then.length > 0 ? `; then ${then.join("; ")}` : ""
      }.`,
    );
  }
  // A leaf's label may repeat under other parents (Victim Services, commissioned or grants).
  const labels = leaves.map((n) => labelText(n.label));
  const named = leaves.map((n) =>
    labels.filter((l) => l === labelText(n.label)).length > 1
      ? { ...n, label: `${labelText(n.label)} (${labelText(n.parentLabel)})` }
      : n
  );
  const items = largestFirst(named);
  if (items.length > 0 && top[0]?.label !== items[0].label) {
    out.push(`Largest single item: ${say(items[0])}.`);
  }
  return out;
}

// "The largest, Victim Services, is 30.4% of the total, £4,654,011." Only for figures that add
// up (pounds and counts) and are all positive.
function largestShare(cells: Cell[], format: ValueFormat): string {
  if (cells.length < 2 || !["gbp", "count"].includes(format)) return "";
  if (cells.some((cell) => cell.value <= 0)) return "";
  const total = cells.reduce((sum, cell) => sum + cell.value, 0);
  const high = cells.reduce((a, b) => (b.value > a.value ? b : a));
  const share = formatValue(Math.round((high.value / total) * 1000) / 10, "percent");
  return `The largest, ${high.label}, is ${share} of the total, ${formatValue(total, format)}.`;
}

// "Estimated ([e]): A and B. Confidential, suppressed to protect people ([c]): C." Values not
// available ([x]) are already named as having no value.
function marked(symbols: string[][], label: (c: number, r: number) => string): string[] {
  const named = (Object.keys(SYMBOLS) as StatSymbol[]).filter((s) => s !== "[x]");
  return named.flatMap((symbol) => {
    const items = symbols.flatMap((column, c) =>
      column.flatMap((mark, r) => (mark === symbol ? [label(c, r)] : []))
    );
    if (items.length === 0) return [];
    const meaning = capitalise(SYMBOLS[symbol].replace(/ \((.*)\)$/, ", $1"));
    return [`${meaning} (${symbol}): ${list(items)}.`];
  });
}

function largestFirst(nodes: HierarchyNode[]): Cell[] {
  return nodes.filter((n) => typeof n.value === "number")
    .map((n) => ({ label: labelText(n.label), value: n.value as number }))
    .sort((a, b) => b.value - a.value);
}

// "Largest: A, £3; smallest: B, £1." The first of equal values wins.
function extremes(cells: Cell[], format: ValueFormat, noun: string, suffix = ""): string {
  if (cells.length === 0) return "";
  const tail = suffix === "" ? "" : ` ${suffix}`;
  const say = (cell: Cell) => `${cell.label}, ${formatValue(cell.value, format)}${tail}`;
  if (cells.length === 1) return `One ${noun}: ${say(cells[0])}.`;
  const high = cells.reduce((a, b) => (b.value > a.value ? b : a));
  const low = cells.reduce((a, b) => (b.value < a.value ? b : a));
  const [most, least] = noun === "point" ? ["Highest", "lowest"] : ["Largest", "smallest"];
  const what = noun === "bar" ? ` ${noun}` : "";
  return `${most}${what}: ${say(high)}; ${least}${what}: ${say(low)}.`;
}

function labelText(value: JsonValue): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

function typeList(data: Trace[]): string {
  return data.length === 0 ? "" : ` (${[...new Set(data.map((t) => t.type))].join(", ")})`;
}

// "a", "a and b", "a, b and c"; past five, the first four and how many more.
function list(items: string[]): string {
  return listInWords(items.length > 5 ? [...items.slice(0, 4), `${items.length - 4} more`] : items);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
