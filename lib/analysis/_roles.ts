// Private to lib/analysis: telling parts from stated totals by a role column (our datasets'
// `role`: observation | total | subtotal | grand_total | percentage).
import type * as aq from "arquero";
import { optionalColumn, stringList } from "./_options.ts";
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
