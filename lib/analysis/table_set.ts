import type { aq } from "../data/arquero.ts";

/**
 * The class of an analysis result that holds several named tables, such as what `budgetShares()`
 * returns (`{ shares, reconciliation, noValue }`). It adds no behaviour here: the display layer
 * gives it its notebook display (lib/display/table_display.ts, each table under its name), as it
 * does Arquero's tables, so analysis code stays free of rendering. The tables are plain own
 * properties: destructure them as from any object.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { tableSet, TableSet } from "./mod.ts";
 * const result = tableSet({ shares: aq.table({ share: [100] }) });
 * assert.ok(result instanceof TableSet);
 * assert.deepEqual(Object.keys(result), ["shares"]);
 * ```
 */
export class TableSet {}

/**
 * Makes an analysis result of several named tables a {@linkcode TableSet}, so it displays as its
 * tables with their names as headings.
 *
 * @param tables The tables by name, in the order to show them.
 * @returns The same properties on a {@linkcode TableSet}.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { tableSet } from "./mod.ts";
 * const { shares } = tableSet({ shares: aq.table({ share: [100] }) });
 * assert.deepEqual(shares.array("share"), [100]);
 * ```
 */
export function tableSet<T extends Record<string, aq.ColumnTable>>(tables: T): T & TableSet {
  return Object.assign(new TableSet(), tables);
}
