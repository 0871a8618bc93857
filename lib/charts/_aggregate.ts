import type { ColumnTable } from "../data/arquero.ts";
import { categories, type Category, numbers } from "./_table.ts";
import { plotlyText } from "./_text.ts";

// One group of rows summed for a chart: its key, the sum of its known values, and what is
// missing. A group with no known value has sum null, never 0.
export interface Group {
  key: Category[];
  sum: number | null;
  rows: number;
  missing: number;
  reasons: string[];
  // Whether any value in the sum is an estimate (a row marked approximate).
  approximate: boolean;
}

export interface SumByOptions {
  by: { option: string; column: unknown }[];
  value: unknown;
  // "skip" sums the known values and reports the rest; "gap" makes any group with a missing
  // value null, so a line shows a gap rather than a dip.
  missing: "skip" | "gap";
  what: string;
}

export function sumBy(table: ColumnTable, options: SumByOptions): Group[] {
  const { what } = options;
  const keys = options.by.map((b) => categories(table, b.option, b.column, what));
  const values = numbers(table, "y", options.value, what);
  const roles = optional(table, "role");
  const reasons = optional(table, "missing_reason");
  const approximate = optional(table, "approximate");
  const groups = new Map<string, Group & { roleSet: Set<string> }>();
  for (let row = 0; row < values.length; row++) {
    const key = keys.map((k) => k[row]);
    const id = JSON.stringify(key);
    let group = groups.get(id);
    if (!group) {
      group = {
        key,
        sum: null,
        rows: 0,
        missing: 0,
        reasons: [],
        approximate: false,
        roleSet: new Set(),
      };
      groups.set(id, group);
    }
    group.rows++;
    if (roles) group.roleSet.add(String(roles[row]));
    const value = values[row];
    if (value === null) {
      group.missing++;
      const reason = reasons?.[row] == null ? "no value" : String(reasons[row]);
      if (!group.reasons.includes(reason)) group.reasons.push(reason);
    } else {
      group.sum = (group.sum ?? 0) + value;
      if (approximate?.[row] === true) group.approximate = true;
    }
  }
  return [...groups.values()].map(({ roleSet, ...group }) => {
    checkRoles(group, roleSet, what);
    const sum = options.missing === "gap" && group.missing > 0 ? null : group.sum;
    return { ...group, sum };
  });
}

// Rows summed per category of `x` and, with a `color` column, per series: the grid bar and line
// charts draw. Categories and series are in order of first appearance; a chart without `color`
// has the one series null. `cell` is undefined where no rows have that category and series.
export interface Grid {
  groups: Group[];
  categories: string[];
  series: (string | null)[];
  cell(category: string, series: string | null): Group | undefined;
}

export function sumGrid(
  table: ColumnTable,
  options: { x: string; color?: string; value: unknown; missing: "skip" | "gap"; what: string },
): Grid {
  const { x, color, value, missing, what } = options;
  const by = [{ option: "x", column: x }];
  if (color !== undefined) by.push({ option: "color", column: color });
  const groups = sumBy(table, { by, value, missing, what });
  const categories = distinct(groups.map((g) => String(g.key[0])));
  const series = color === undefined ? [null] : distinct(groups.map((g) => String(g.key[1])));
  const lookup = new Map(groups.map((g) => [JSON.stringify(g.key.map(String)), g]));
  const cell = (category: string, name: string | null) =>
    lookup.get(JSON.stringify(name === null ? [category] : [category, name]));
  return { groups, categories, series, cell };
}

// Stated totals and subtotals are kept in our datasets to be checked, not added: summing one
// with the figures it totals would count them twice.
function checkRoles(group: Group, roles: Set<string>, what: string): void {
  const stated = [...roles].filter((r) => r !== "observation");
  if (group.rows > 1 && stated.length > 0) {
    throw new RangeError(
      `Cannot build ${what}: the ${group.rows} rows for ${label(group.key)} include a "${
        stated[0]
      }" row, a figure the document states, and adding it to the rest would count them twice; ` +
        `keep only rows whose role is "observation"`,
    );
  }
}

function optional(table: ColumnTable, name: string): unknown[] | null {
  return table.columnNames().includes(name)
    ? Array.from(table.array(name) as ArrayLike<unknown>)
    : null;
}

export function label(key: Category[]): string {
  return key.map((k) => JSON.stringify(k)).join(" / ");
}

// Hover text for a group whose sum leaves out missing values.
export function missingNote(group: Group): string {
  if (group.missing === 0 || group.sum === null) return "";
  const reasons = plotlyText(group.reasons.join("; "));
  return `<br>${group.missing} of ${group.rows} values missing (${reasons}), not in the sum`;
}

// Notes under a chart on what its sums leave out, and which items have no value at all (one
// note per reason, so a run of "Information held by NHSE" gaps reads as one line).
export function missingNotes(groups: Group[], emptyNote: string, separator = ", "): string[] {
  const name = (g: Group) => g.key.join(separator);
  const notes: string[] = [];
  const partial = groups.filter((g) => g.missing > 0 && g.sum !== null);
  if (partial.length > 0) {
    const items = partial.map((g) =>
      `${name(g)} (${g.missing} of ${g.rows}: ${g.reasons.join("; ")})`
    );
    notes.push(`Missing values left out of the sums: ${items.join("; ")}`);
  }
  const byReason = new Map<string, string[]>();
  for (const g of groups.filter((g) => g.sum === null)) {
    const reason = g.reasons.join("; ") || "a value is missing";
    byReason.set(reason, [...(byReason.get(reason) ?? []), name(g)]);
  }
  for (const [reason, items] of byReason) {
    notes.push(`${emptyNote} (${reason}): ${items.join("; ")}`);
  }
  return notes;
}

// Distinct values in order of first appearance.
export function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
