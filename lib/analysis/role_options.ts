/**
 * Options telling parts from the totals a document states, by a role column (our datasets'
 * `role`: `observation`, `total`, `subtotal`, `grand_total`, `percentage`).
 */
export interface RoleOptions {
  /** The column saying what a row is; default `"role"`. Without it every row is a part. */
  role?: string;
  /** Roles of the rows that are parts; default `["observation"]`. */
  partRoles?: string[];
  /** Roles of the rows that state a total of the parts; default `["total"]`. */
  totalRoles?: string[];
}
