// Private to lib/analysis: reconcile()'s check of parts against stated totals per group, once its
// options are normalised; budgetShares() runs it on its own normalised options and role kinds.
import { aq } from "../data/arquero.ts";
import type { FigureColumns } from "./_figures.ts";
import { columnValues, groupRows } from "./_group_rows.ts";
import { PART, type roleColumns, roleKinds, TOTAL } from "./_roles.ts";
import { reconcileFigure } from "./reconcile_figure.ts";

/** What reconcile() groups by and reads, normalised. */
export interface Checks {
  by: string[];
  tolerance: number;
  roles: ReturnType<typeof roleColumns>;
  figures: FigureColumns;
}

/** reconcile()'s result; `kinds` is each stored row's role kind, when the caller has it. */
export function checkTotals(
  table: aq.ColumnTable,
  c: Checks,
  kinds: Uint8Array = roleKinds(table, c.roles),
): aq.ColumnTable {
  const rolled = rollupChecks(table, c, kinds);
  // One check per group (few rows), by the one status rule of reconcileFigure().
  const checks = (rolled.objects() as GroupTotals[]).map((g) => judge(g, c.tolerance));
  // One string per group (few rows), so a plain loop.
  const places = (rolled.array("__at") as unknown[][]).map((list) => {
    const known = list.filter((x) => x !== null);
    return known.length === 0 ? null : known.join("; ");
  });
  return rolled.assign({
    difference: checks.map((r) => r.difference),
    tolerance: checks.map(() => c.tolerance),
    status: checks.map((r) => r.status),
    missing_reason: checks.map((r) => r.reason),
    stated_at: places,
  })
    .select([
      ...c.by,
      "stated",
      "computed",
      "difference",
      "tolerance",
      "status",
      "missing_reason",
      "parts",
      "no_value",
      "stated_rows",
      "approximate",
      "stated_at",
    ])
    .reify();
}

/** A group's sums as rollupChecks() gives them. */
interface GroupTotals {
  stated: number | null;
  computed: number | null;
  parts: number | undefined;
}

function judge(g: GroupTotals, tolerance: number) {
  const why = g.stated == null
    ? "no stated total"
    : !g.parts
    ? "no parts"
    : g.computed == null
    ? "no part values"
    : null;
  if (why !== null) {
    return {
      difference: g.stated == null || g.computed == null ? null : g.computed - g.stated,
      status: "not-computable",
      reason: why,
    };
  }
  // The unit only words a tolerance's reason, and an explicit tolerance has none.
  return reconcileFigure({ stated: g.stated, computed: g.computed, tolerance, unit: "count" });
}

// One row per group: stated, computed, parts, no_value, stated_rows, approximate and __at (the
// stated rows' "seed:line"), in one pass.
function rollupChecks(table: aq.ColumnTable, c: Checks, kinds: Uint8Array): aq.ColumnTable {
  const g = groupRows(table, c.by, c.roles.role === null ? null : (row) => kinds[row] !== 0);
  const n = g.size;
  const count = [new Int32Array(n), new Int32Array(n), new Int32Array(n)]; // by kind
  const valid = [new Int32Array(n), new Int32Array(n), new Int32Array(n)];
  const sum = [new Float64Array(n), new Float64Array(n), new Float64Array(n)];
  const noValue = new Int32Array(n);
  const approximate = new Uint8Array(n);
  const at: unknown[][] = Array.from({ length: n }, () => []);
  const value = columnValues(table, c.figures.value);
  const flag = c.figures.approximate === null ? null : columnValues(table, c.figures.approximate);
  const seed = c.roles.provenance ? columnValues(table, "seed") : null;
  const line = c.roles.provenance ? columnValues(table, "line") : null;
  for (let i = 0; i < g.scan.length; i++) {
    const row = g.scan[i];
    const k = g.keys[row];
    if (k < 0) continue;
    const kind = kinds[row];
    const v = value[row] as number;
    count[kind][k]++;
    if (v != null && v === v) {
      valid[kind][k]++;
      sum[kind][k] += +v;
    } else if (kind === PART && v == null) noValue[k]++;
    if (flag !== null && flag[row]) approximate[k] = 1;
    if (kind === TOTAL && seed !== null) at[k].push(`${seed[row]}:${line![row]}`);
  }
  // Over no rows at all (no groups, nothing kept) Arquero's op.sum gives undefined.
  const rows = (x: number, k: number) => count[PART][k] + count[TOTAL][k] > 0 ? x : undefined;
  const total = (kind: number) => Array.from(sum[kind], (s, k) => valid[kind][k] > 0 ? s : null);
  return aq.table({
    ...g.columns,
    stated: total(TOTAL),
    computed: total(PART),
    parts: Array.from(count[PART], rows),
    no_value: Array.from(noValue, rows),
    stated_rows: Array.from(count[TOTAL], rows),
    approximate: Array.from(approximate, (a) => a === 1),
    __at: at,
  });
}
