// Tables display themselves: any Arquero table, grouped or not, that is a cell's last value shows
// as show()'s HTML table in Jupyter, and `console.log(t)`, `deno run` and text front ends print
// show()'s plain table instead of Arquero's internals (hundreds of lines, with colour codes that
// a notebook would save).
//
// Why a patch of a third-party prototype: the Deno kernel looks for the display method on the
// value itself (`value[Symbol.for("Jupyter.display")]()`), and Deno's and Node's console for
// their inspect symbols, so the only way that a table from `aq.table()`, from any verb, or from
// the analyst's own `import * as aq from "npm:arquero@8.0.3"` displays itself is a method on
// Arquero's ColumnTable.prototype. The patch adds three symbol-keyed, non-enumerable methods and
// changes nothing Arquero itself uses; it is installed once, when lib/display is imported (as
// lib/mod.ts does), and installing again does nothing. Tables from another version of Arquero
// (a separate class) are left alone. The analysis results holding several tables (TableSet,
// such as budgetShares()'s) get the same methods, showing each table under its name.
import { arquero } from "../deps.ts";
import { TableSet } from "../analysis/table_set.ts";
import { JUPYTER_DISPLAY, type MimeBundle } from "./displayable.ts";
import { show } from "./show.ts";

const DENO_INSPECT = Symbol.for("Deno.customInspect");
const NODE_INSPECT = Symbol.for("nodejs.util.inspect.custom");

type ColumnTable = arquero.ColumnTable;

/**
 * Makes every Arquero table and every analysis result of several tables display itself, as
 * `show()` writes it, in Jupyter (`text/html` and `text/plain`, no colour codes) and when printed
 * with `console.log` or inspected. lib/display (and so lib/mod.ts) calls it when imported;
 * calling it again does nothing.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { aq } from "../mod.ts";
 * import { installTableDisplay } from "./mod.ts";
 * installTableDisplay();
 * const t = aq.table({ value: [561813], unit: ["GBP"] }); // FOI 0004-24 line 79
 * const bundle = (t as unknown as { [k: symbol]: () => Record<string, string> })[
 *   Symbol.for("Jupyter.display")
 * ]();
 * assert.ok(bundle["text/html"].includes("£561,813"));
 * assert.equal(Deno.inspect(t), "   value  unit\n--------  ----\n£561,813  GBP\n1 row × 2 columns");
 * ```
 */
export function installTableDisplay(): void {
  define(arquero.ColumnTable.prototype, function (this: ColumnTable) {
    return show(this).toMimeBundle();
  });
  define(TableSet.prototype, function (this: TableSet) {
    const shown = tablesOf(this).map(([name, table]) => show(table, { title: name }).bundle);
    return {
      "text/plain": shown.map((b) => b["text/plain"]).join("\n\n"),
      "text/html": shown.map((b) => b["text/html"]).join("\n"),
    };
  });
}

// Adds the kernel's display method and the consoles' inspect methods, unless already there.
function define(prototype: object, bundle: (this: never) => MimeBundle): void {
  function text(this: never): string {
    return String(bundle.call(this)["text/plain"]);
  }
  const methods: [symbol, unknown][] = [
    [JUPYTER_DISPLAY, bundle],
    [DENO_INSPECT, text],
    [NODE_INSPECT, text],
  ];
  for (const [key, value] of methods) {
    if (Object.hasOwn(prototype, key)) continue;
    Object.defineProperty(prototype, key, {
      value,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}

function tablesOf(set: TableSet): [string, ColumnTable][] {
  return Object.entries(set).filter((entry): entry is [string, ColumnTable] =>
    entry[1] instanceof arquero.ColumnTable
  );
}

installTableDisplay();
