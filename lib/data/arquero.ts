// The package's module entry (src/index.js) is about 170 small modules plus a separate
// @uwdata/flechette; loading them costs about 55 ms of every `deno run` that imports the toolkit.
// Its single-file build (the one a browser loads, flechette inline) costs about 8 ms. That build is
// UMD: imported as a module it takes its global branch and sets `globalThis.aq`, which is read
// here once so that every part of the toolkit, and every notebook, shares one Arquero.
import "arquero/dist/arquero.min.js";
import type * as Arquero from "arquero";

/**
 * Arquero, the table library the toolkit is built on: the same API as `import * as aq from
 * "arquero"` (`aq.table`, `aq.from`, `aq.op`, `aq.escape`, `aq.desc`, `aq.fromArrow`,
 * `aq.toArrowIPC`, ...), loaded from the package's single-file build, which starts several times
 * faster. Import it from the toolkit (`import { aq, load } from "../lib/mod.ts"`) so that tables
 * and the toolkit use one copy. `aq.ColumnTable` also names the table type.
 *
 * The single-file build is the browser's: its `loadCSV`, `loadJSON`, `loadArrow` and
 * `loadFixed` read with `fetch`, so give them a URL (`file:` URLs work in Deno), not a path.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 *
 * const t = aq.table({ year: ["2022/23", "2023/24"], spend: [100, 150] }).orderby(aq.desc("year"));
 * assert.deepEqual(t.array("spend"), [150, 100]);
 * assert.equal(t.rollup({ total: aq.op.sum("spend") }).get("total"), 250);
 * const copy = aq.fromArrow(aq.toArrowIPC(t));
 * assert.deepEqual(copy.objects(), t.objects());
 * ```
 */
export const aq: typeof Arquero = (globalThis as unknown as { aq: typeof Arquero }).aq;

/** Arquero's classes as types, so `aq.ColumnTable` names a table as it does for the package. */
export declare namespace aq {
  /** A table of named columns; what every Arquero verb takes and returns. */
  export type ColumnTable = Arquero.ColumnTable;
  /** The base class of ColumnTable. */
  export type Table = Arquero.Table;
  /** A fixed-length set of bits, as Arquero keeps a filter. */
  export type BitSet = Arquero.BitSet;
  /** An aggregate reducer, for `table.reduce()`. */
  export type Reducer = Arquero.Reducer;
}
