// Private to lib/analysis: reconcile()'s rollup of parts and stated totals per group.
import { aq } from "../data/arquero.ts";
import { type FigureColumns, internalFigures } from "./_figures.ts";
import { columnValues } from "./_column_codes.ts";
import { groupRows } from "./_groups.ts";
import { PART, type roleColumns, roleKinds, TOTAL } from "./_roles.ts";

/** What reconcile() groups by and reads. */
export interface Checks {
  by: string[];
  roles: ReturnType<typeof roleColumns>;
  figures: FigureColumns;
}

// One row per group: stated, computed, parts, no_value, stated_rows, approximate and __at (the
// stated rows' "seed:line"), in one pass over typed arrays when the keys allow, else the verbs.
export function rollupChecks(table: aq.ColumnTable, c: Checks): aq.ColumnTable {
  const kinds = roleKinds(table, c.roles);
  const g = groupRows(table, c.by, c.roles.role === null ? null : (row) => kinds[row] !== 0);
  if (g === null) return rollupChecksWithVerbs(table, c);
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

function rollupChecksWithVerbs(table: aq.ColumnTable, c: Checks): aq.ColumnTable {
  const { by, roles, figures } = c;
  const withPlace = roles.provenance
    ? table.derive({ __at: "d => d.seed + ':' + d.line" })
    : table.derive({ __at: "() => null" });
  return internalFigures(withPlace, figures, [...by, "__at", ...roles.keep])
    .params({ parts: roles.partRoles, totals: roles.totalRoles })
    .derive(roles.kindExpression)
    .filter("d => d.__kind != null")
    .groupby(by)
    .rollup({
      stated: "d => op.valid(d.__kind === 'total' ? d.__v : null) > 0 ? " +
        "op.sum(d.__kind === 'total' ? d.__v : null) : null",
      computed: "d => op.valid(d.__kind === 'part' ? d.__v : null) > 0 ? " +
        "op.sum(d.__kind === 'part' ? d.__v : null) : null",
      parts: "d => op.sum(d.__kind === 'part' ? 1 : 0)",
      no_value: "d => op.sum(d.__kind === 'part' && d.__v == null ? 1 : 0)",
      stated_rows: "d => op.sum(d.__kind === 'total' ? 1 : 0)",
      approximate: "d => op.sum(d.__a ? 1 : 0) > 0",
      __at: "d => op.array_agg(d.__kind === 'total' ? d.__at : null)",
    });
}
