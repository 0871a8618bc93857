/**
 * The em dash that prose writes for a missing number (`formatValue(null, …)`, `gbp(null)`).
 * Tables, chart summaries and spreadsheets write a statistical symbol instead
 * ({@linkcode missingCell}).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MISSING_MARK } from "./mod.ts";
 * assert.equal(MISSING_MARK, "—");
 * ```
 */
export const MISSING_MARK = "—";

/**
 * A symbol of the Government Statistical Service's standard for tables: `[c]` confidential,
 * `[x]` not available, `[z]` not applicable, `[e]` estimated, `[u]` low reliability.
 */
export type StatSymbol = "[c]" | "[x]" | "[z]" | "[e]" | "[u]";

/**
 * What each symbol means, in the order a key lists them: the words a table's key, a chart's note
 * and a spreadsheet's notes sheet print beside it.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { SYMBOLS } from "./mod.ts";
 * assert.equal(SYMBOLS["[c]"], "confidential (suppressed to protect people)");
 * assert.deepEqual(Object.keys(SYMBOLS), ["[c]", "[x]", "[z]", "[e]", "[u]"]);
 * ```
 */
export const SYMBOLS: Readonly<Record<StatSymbol, string>> = Object.freeze({
  "[c]": "confidential (suppressed to protect people)",
  "[x]": "not available",
  "[z]": "not applicable",
  "[e]": "estimated",
  "[u]": "low reliability",
});

// Reasons the toolkit and the documents give, by the symbol they take. A reason may also begin
// with its symbol ("[c] suppressed: …"); any reason not listed is [x], not available: the value
// exists but is not to hand (held by another body, not provided, an empty cell, TBC).
const CONFIDENTIAL = [/^suppressed\b/i, /^redacted\b/i];
const NOT_APPLICABLE = [
  /^n\/a$/i,
  /^not applicable\b/i,
  /^no earlier\b/i, // yoyChange(): the first year has nothing to compare with
  /\bis 0$/i, // a share of a whole or group total of 0
  /^no compound annual growth rate\b/i,
  /^no period to annualise over$/i,
  /^no stated total$/i,
];

/**
 * The symbol a missing value takes from its reason: `[c]` for a suppressed value (`Suppressed`,
 * `Redacted`, or a reason beginning `[c]`), `[z]` where no value could exist (`N/A`, a first year
 * with no earlier year to compare with, a share of a whole of 0), and `[x]`, not available, for
 * every other reason and for none (held by another body, not provided, an empty cell). A reason
 * that begins with a symbol takes that symbol.
 *
 * @param reason Why the value is missing (a row's `missing_reason`), or null.
 * @returns The symbol.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingSymbol } from "./mod.ts";
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt line 57
 * assert.equal(missingSymbol("Information held by NHSE"), "[x]");
 * assert.equal(missingSymbol("no earlier year to compare with"), "[z]");
 * assert.equal(missingSymbol("[c] suppressed: a count below 5"), "[c]");
 * assert.equal(missingSymbol(null), "[x]");
 * ```
 */
export function missingSymbol(reason: string | null | undefined): StatSymbol {
  const text = typeof reason === "string" ? reason.trim() : "";
  const leading = /^\[([cxzeu])\]/i.exec(text);
  if (leading !== null) return `[${leading[1].toLowerCase()}]` as StatSymbol;
  if (CONFIDENTIAL.some((pattern) => pattern.test(text))) return "[c]";
  if (NOT_APPLICABLE.some((pattern) => pattern.test(text))) return "[z]";
  return "[x]";
}

/** A missing value as written: its symbol, and why it is missing (for a tooltip), when known. */
export interface MissingCell {
  /** The text in the cell: the symbol. */
  text: StatSymbol;
  /** Why the value is missing, such as a row's `missing_reason`; null when not known. */
  reason: string | null;
}

/**
 * Writes a missing value in a table, a chart's summary or a spreadsheet: its statistical symbol
 * ({@linkcode missingSymbol}), with its reason kept beside it (a table shows the reason as the
 * cell's tooltip). Text that is empty or only spaces is no reason. The one place a missing
 * value's cell is written.
 *
 * @param reason Why the value is missing, or null.
 * @returns The cell's text and reason.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingCell } from "./mod.ts";
 * // seeds/llr_opcc_foi_0004_24_under18_services.txt line 57: "Information held by NHSE"
 * assert.deepEqual(missingCell("Information held by NHSE"), {
 *   text: "[x]",
 *   reason: "Information held by NHSE",
 * });
 * assert.deepEqual(missingCell(null), { text: "[x]", reason: null });
 * ```
 */
export function missingCell(reason: string | null | undefined): MissingCell {
  const known = typeof reason === "string" && reason.trim() !== "" ? reason : null;
  return { text: missingSymbol(known), reason: known };
}

/**
 * The key to the symbols a table or chart uses: `[c] = confidential…; [x] = not available`, in
 * the order of {@linkcode SYMBOLS}, each once; empty when none is used.
 *
 * @param used The symbols used, in any order, repeated or not.
 * @returns The key, such as `Symbols: [x] = not available; [e] = estimated`, or `""`.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { symbolKey } from "./mod.ts";
 * assert.equal(symbolKey(["[e]", "[x]", "[e]"]), "Symbols: [x] = not available; [e] = estimated");
 * assert.equal(symbolKey([]), "");
 * ```
 */
export function symbolKey(used: Iterable<StatSymbol>): string {
  const set = new Set(used);
  const entries = (Object.keys(SYMBOLS) as StatSymbol[]).filter((s) => set.has(s));
  if (entries.length === 0) return "";
  return `Symbols: ${entries.map((s) => `${s} = ${SYMBOLS[s]}`).join("; ")}`;
}

// Columns that hold a share of a group's total: unstable when the count behind them is small.
const SHARES = ["share", "share_known"];

/**
 * The qualifiers a known value takes from its row: `[e]` when the row is marked `approximate`
 * (the document's `c£…` or "roughly"), and, for a share (`share`, `share_known`), `[u]` when
 * the row's count is flagged `small` (below `breakdown()`'s threshold, so unstable as a share).
 *
 * @param column The column's name.
 * @param row The row, with its `approximate` and `small` columns when it has them.
 * @returns The symbols to write after the value, possibly none.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { qualifierSymbols } from "./mod.ts";
 * // seeds/nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt: "c£800,000"
 * assert.deepEqual(qualifierSymbols("value", { value: 800000, approximate: true }), ["[e]"]);
 * assert.deepEqual(qualifierSymbols("share", { share: 2.1, small: true }), ["[u]"]);
 * assert.deepEqual(qualifierSymbols("value", { value: 4, small: true }), []);
 * ```
 */
export function qualifierSymbols(column: string, row: Record<string, unknown>): StatSymbol[] {
  const out: StatSymbol[] = [];
  if (row.approximate === true) out.push("[e]");
  if (row.small === true && SHARES.includes(column)) out.push("[u]");
  return out;
}

/**
 * Writes a missing figure of a row in a table: {@linkcode missingCell} of the row's
 * `missing_reason`, except a `share_known` of an unknown category (breakdown()'s `unknown` row),
 * which has no share of the known total by definition and is `[z]`, not applicable.
 *
 * @param column The column's name.
 * @param row The row, with its `missing_reason` and `unknown` columns when it has them.
 * @returns The cell's text and reason.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { missingFigure } from "./mod.ts";
 * assert.equal(missingFigure("share_known", { unknown: true, missing_reason: null }).text, "[z]");
 * assert.equal(missingFigure("value", { missing_reason: "Empty cell" }).text, "[x]");
 * ```
 */
export function missingFigure(column: string, row: Record<string, unknown>): MissingCell {
  if (column === "share_known" && row.unknown === true) {
    return { text: "[z]", reason: "an unknown category has no share of the known total" };
  }
  const reason = row.missing_reason;
  return missingCell(typeof reason === "string" ? reason : null);
}
