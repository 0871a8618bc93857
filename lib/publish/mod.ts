/**
 * Publishing safely: statistical disclosure control for tables of counts drawn from case-level
 * records (`suppress()`, checked by `disclosedCells()`).
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { disclosedCells, suppress } from "./mod.ts";
 * const t = aq.table({ sex: ["Female", "Male", "Unknown"], count: [40, 35, 3] });
 * const out = suppress(t, { category: "sex" });
 * assert.deepEqual(out.array("count"), [40, null, null]);
 * assert.deepEqual(disclosedCells(out, { category: "sex" }), []);
 * ```
 *
 * @module
 */
export * from "./suppress.ts";
export * from "./disclosed_cells.ts";
export * from "./to_spreadsheet.ts";
