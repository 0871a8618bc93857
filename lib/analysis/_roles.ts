// Private to lib/analysis: telling parts from stated totals by a role column (our datasets'
// `role`: observation | total | subtotal | grand_total | percentage).
import type { aq } from "../data/arquero.ts";
import { columnValues, storedRows } from "./_group_rows.ts";
import { optionalColumn, stringList } from "../format/options.ts";
import type { RoleOptions } from "./role_options.ts";

/** The option names of {@linkcode RoleOptions}, for `checkOptions`. */
export const ROLE_OPTIONS = ["role", "partRoles", "totalRoles"] as const;

/** The role column (or null), role lists, and an expression setting `__kind`. */
export function roleColumns(fn: string, table: aq.ColumnTable, options: RoleOptions) {
  const role = optionalColumn(fn, table, "role", options.role, "role");
  const partRoles = stringList(fn, "partRoles", options.partRoles, ["observation"]);
  const totalRoles = stringList(fn, "totalRoles", options.totalRoles, ["total"]);
  const r = role === null ? null : `d[${JSON.stringify(role)}]`;
  const kindExpression = {
    __kind: r === null ? "() => 'part'" : `(d, $) => op.includes($.parts, ${r}) ? 'part' : ` +
      `op.includes($.totals, ${r}) ? 'total' : null`,
  };
  const names = table.columnNames();
  return {
    role,
    partRoles,
    totalRoles,
    kindExpression,
    keep: role === null ? [] : [role],
    provenance: names.includes("seed") && names.includes("line"),
  };
}

/** Row kinds in {@linkcode roleKinds}: neither, a part, a stated total. */
export const PART = 1;
export const TOTAL = 2;

/** The kind of each stored row (PART, TOTAL or 0), read once from the role column. */
export function roleKinds(
  table: aq.ColumnTable,
  roles: ReturnType<typeof roleColumns>,
): Uint8Array {
  const kinds = new Uint8Array(table.totalRows());
  if (roles.role === null) return kinds.fill(PART);
  const values = columnValues(table, roles.role);
  const rows = storedRows(table);
  for (let i = 0; i < rows.length; i++) {
    const role = values[rows[i]];
    kinds[rows[i]] = roles.partRoles.includes(role as string)
      ? PART
      : roles.totalRoles.includes(role as string)
      ? TOTAL
      : 0;
  }
  return kinds;
}
