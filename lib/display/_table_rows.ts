import type { ColumnTable } from "../data/arquero.ts";
import { plural } from "../format/plural.ts";

// The rows show() writes: the first rows of a table; for a grouped table (after `groupby()`),
// the rows of each group together, groups in order of first appearance, each headed by its key.

/** A group's heading, before the row at `at` of the rows shown. */
export interface GroupBreak {
  at: number;
  // The group's key values: `Victim Services`.
  key: string;
  // The key with its columns and the group's size: `priority: Victim Services (20 rows)`.
  label: string;
}

export interface TableRows {
  rows: Record<string, unknown>[];
  breaks: GroupBreak[];
  // The grouping columns' names, for the heading of the HTML table's key column.
  groupNames: string[];
  // `grouped by "priority": 3 groups`, or null for a table without groups.
  grouping: string | null;
}

export function tableRows(table: ColumnTable, maxRows: number): TableRows {
  if (!table.isGrouped()) {
    const rows = table.slice(0, maxRows).objects() as Record<string, unknown>[];
    return { rows, breaks: [], groupNames: [], grouping: null };
  }
  const groups = table.groups()!;
  // One pass over the keys in the table's row order: each group's size, and its first rows up
  // to the most shown; groups in order of first appearance.
  const order = table.isFiltered() || table.isOrdered() ? table.indices() : null;
  const sizes = new Uint32Array(groups.size);
  const members = new Map<number, number[]>();
  for (let i = 0, n = table.numRows(); i < n; i++) {
    const row = order === null ? i : order[i];
    const key = groups.keys[row];
    if (sizes[key]++ === 0) members.set(key, []);
    if (sizes[key] <= maxRows) members.get(key)!.push(row);
  }
  const names = table.columnNames();
  const data = table.data();
  const rows: Record<string, unknown>[] = [];
  const breaks: GroupBreak[] = [];
  for (const [key, list] of members) {
    if (rows.length >= maxRows) break;
    const values = groups.get.map((get) => keyText(get(groups.rows[key], data)));
    const label = groups.names.map((name, i) => `${name}: ${values[i]}`).join(", ");
    breaks.push({
      at: rows.length,
      key: values.join(", "),
      label: `${label} (${plural(sizes[key], "row")})`,
    });
    for (const row of list.slice(0, maxRows - rows.length)) {
      rows.push(Object.fromEntries(names.map((name) => [name, table.column(name)?.at(row)])));
    }
  }
  const by = groups.names.map((name) => `"${name}"`).join(", ");
  const grouping = `grouped by ${by}: ${plural(members.size, "group")}`;
  return { rows, breaks, groupNames: groups.names, grouping };
}

function keyText(value: unknown): string {
  if (value instanceof Date) return value.toISOString().replace("T00:00:00.000Z", "");
  return typeof value === "string" ? value : String(value);
}
