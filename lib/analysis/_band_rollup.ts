// Private to lib/analysis: ageBands()'s rollup of counts per group and band.
import { aq } from "../data/arquero.ts";
import type { Band } from "./_bands.ts";
import { type Counted, countSources } from "./_figures.ts";
import { columnValues, figureTotals, flags, groupRows, reasons, sums } from "./_group_rows.ts";
import { describeValue } from "../format/describe_value.ts";

/** ageBands() options after normalisation. */
export interface BandOptions extends Counted {
  age: string;
  by: string[];
  bands: Band[];
}

// One row per group and band (the unknown band numbered after the others): __v, __r, __a as in
// breakdown(), cells and missing_cells.
export function rollupBands(table: aq.ColumnTable, o: BandOptions): aq.ColumnTable {
  const codes = bandCodes(table, o);
  const values = Array.from({ length: o.bands.length + 1 }, (_, k) => k);
  const g = groupRows(table, [...o.by, { name: "__band", codes, values }]);
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

function notCovered(age: unknown, row: number, o: BandOptions): never {
  const bands = o.bands.map((b) => b.label).join(", ");
  throw new RangeError(
    `Cannot compute ageBands(): age ${describeValue(age)} at row index ${row} is in no band ` +
      `(bands: ${bands})`,
  );
}
