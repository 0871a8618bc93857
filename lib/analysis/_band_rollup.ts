// Private to lib/analysis: ageBands()'s rollup of counts per group and band.
import { aq } from "../data/arquero.ts";
import { ageLookup, type Band } from "./_bands.ts";
import { figureTotals, flags, reasons, sums } from "./_fast_rollup.ts";
import { type Counted, countSource, countSources, internalFigures } from "./_figures.ts";
import { columnValues } from "./_column_codes.ts";
import { groupRows } from "./_groups.ts";
import { show } from "./_options.ts";

/** ageBands() options after normalisation. */
export interface BandOptions extends Counted {
  age: string;
  by: string[];
  bands: Band[];
}

// One row per group and band (the unknown band numbered after the others): __v, __r, __a as in
// breakdown(), cells and missing_cells. Null when a key needs Arquero's verbs.
export function rollupBands(table: aq.ColumnTable, o: BandOptions): aq.ColumnTable {
  const codes = bandCodes(table, o);
  const values = Array.from({ length: o.bands.length + 1 }, (_, k) => k);
  const g = groupRows(table, [...o.by, { name: "__band", codes, values }]);
  if (g === null) return rollupBandsWithVerbs(table, o);
  const t = figureTotals(table, g, countSources(o));
  return aq.table({
    ...g.columns,
    __v: sums(t),
    __r: reasons(t),
    __a: flags(t),
    cells: Array.from(t.count),
    missing_cells: Array.from(t.count, (n, k) => n - t.valid[k]),
  });
}

// The band of each stored row; an age no band covers fails, naming the first in table order.
function bandCodes(table: aq.ColumnTable, o: BandOptions): Int32Array {
  const lookup: number[] = [];
  o.bands.forEach((band, i) => {
    for (let age = band.from; age <= band.to; age++) lookup[age] = i;
  });
  const ages = columnValues(table, o.age);
  const scan = table.indices();
  const codes = new Int32Array(table.totalRows());
  for (let i = 0; i < scan.length; i++) {
    const row = scan[i];
    const age = ages[row];
    if (age == null) {
      codes[row] = o.bands.length;
      continue;
    }
    const whole = Math.floor(age as number);
    const band = Number.isInteger(whole) ? lookup[whole] : undefined;
    if (band === undefined) notCovered(age, i, o);
    codes[row] = band!;
  }
  return codes;
}

function rollupBandsWithVerbs(table: aq.ColumnTable, o: BandOptions): aq.ColumnTable {
  const source = countSource(table, o).derive({ __row: "() => op.row_number() - 1" });
  const age = JSON.stringify(o.age);
  const placed = internalFigures(source, o.figures, [...o.by, o.age, "__row"])
    .derive({ __age: `d => d[${age}] == null ? null : op.floor(d[${age}])` })
    .lookup(ageLookup(o.bands), "__age", "__band");
  const outside = placed.filter(`d => d[${age}] != null && d.__band == null`);
  if (outside.numRows() > 0) notCovered(outside.get(o.age, 0), outside.get("__row", 0), o);
  return placed
    .params({ unknown: o.bands.length })
    .derive({ __band: `(d, $) => d[${age}] == null ? $.unknown : d.__band` })
    .groupby([...o.by, "__band"])
    .rollup({
      __v: "d => op.valid(d.__v) > 0 ? op.sum(d.__v) : null",
      __r: "d => op.valid(d.__v) > 0 ? null : op.any(d.__r)",
      __a: "d => op.sum(d.__a ? 1 : 0) > 0",
      cells: "() => op.count()",
      missing_cells: "d => op.invalid(d.__v)",
    });
}

function notCovered(age: unknown, row: number, o: BandOptions): never {
  const bands = o.bands.map((b) => b.label).join(", ");
  throw new RangeError(
    `ageBands() found age ${show(age)} at row index ${row}, which no band covers ` +
      `(bands: ${bands})`,
  );
}
