/** A cell that holds no value, and why. */
export interface Missing {
  /** Always true, so a cell can be tested with `"missing" in value`. */
  missing: true;
  /** The canonical wording of the marker, e.g. `"Information held by NHSE"` or `"Empty cell"`. */
  reason: string;
  /** The text as given (`""` for null or undefined). */
  raw: string;
  /** True when the value exists but was withheld to protect people (`*`, `<5`, `[c]`). */
  suppressed?: boolean;
}

/**
 * The reason {@linkcode parseMissing} gives an empty cell: a table cell with no figure, kept as a
 * missing value (never 0, never dropped).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { EMPTY_CELL, parseMissing } from "./mod.ts";
 * assert.equal(parseMissing("  ")?.reason, EMPTY_CELL);
 * ```
 */
export const EMPTY_CELL = "Empty cell";

/** One way a document writes "no value here". */
export interface MissingMarker {
  /** The marker, lower case with single spaces, or a pattern tested against that form. */
  match: string | RegExp;
  /** The canonical reason reported for it. */
  reason: string;
  /** True for statistical suppression. */
  suppressed?: boolean;
}

/**
 * The missing-value markers {@linkcode parseMissing} recognises. `Unknown` is deliberately absent:
 * in a breakdown by sex or ethnicity it is a category with a count (Leicester City Council FOI,
 * 2020-21, line 189), not a missing value. `-` follows the GSS convention (nil or too small to
 * show), so it is missing here rather than read as 0.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { MISSING_MARKERS, parseMissing } from "./mod.ts";
 * assert.ok(MISSING_MARKERS.some((m) => m.reason === "Information held by NHSE"));
 * assert.equal(parseMissing("TBC")?.reason, "TBC");
 * ```
 */
export const MISSING_MARKERS: readonly MissingMarker[] = Object.freeze([
  { match: "information held by nhse", reason: "Information held by NHSE" },
  { match: "not provided", reason: "Not provided" },
  { match: "tbc", reason: "TBC" },
  { match: "to be confirmed", reason: "TBC" },
  { match: "not held", reason: "Not held" },
  { match: "information not held", reason: "Not held" },
  { match: "not known", reason: "Not known" },
  { match: "not recorded", reason: "Not recorded" },
  { match: "not available", reason: "Not available" },
  { match: "..", reason: "Not available" },
  { match: "n/a", reason: "N/A" },
  { match: "na", reason: "N/A" },
  { match: "not applicable", reason: "N/A" },
  { match: /^[-\u2010-\u2015\u2212]$/, reason: "Dash" },
  { match: "*", reason: "Suppressed", suppressed: true },
  { match: "[c]", reason: "Suppressed", suppressed: true },
  { match: "[x]", reason: "Suppressed", suppressed: true },
  { match: "redacted", reason: "Suppressed", suppressed: true },
  { match: /^(?:<|fewer than )\s*\d+$/, reason: "Suppressed", suppressed: true },
]);

/**
 * Says whether a cell is a missing-value marker (`Information held by NHSE`, `Not provided`,
 * `TBC`, `N/A`, `-`, `..`, an empty cell, or a suppression marker such as `*`, `<5`, `[c]`), and
 * why. Matching ignores case, surrounding whitespace, repeated spaces and a final full stop.
 *
 * @param text The text of one cell; null and undefined count as empty cells.
 * @returns The reason the cell holds no value, or null when it holds a value.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { parseMissing } from "./mod.ts";
 *
 * assert.deepEqual(parseMissing("Information held by NHSE"), {
 *   missing: true, reason: "Information held by NHSE", raw: "Information held by NHSE",
 * });
 * assert.equal(parseMissing("<5")?.suppressed, true);
 * assert.equal(parseMissing("Unknown"), null);
 * assert.equal(parseMissing("£20,000"), null);
 * ```
 */
export function parseMissing(text: string | null | undefined): Missing | null {
  if (text === null || text === undefined) return { missing: true, reason: EMPTY_CELL, raw: "" };
  if (typeof text !== "string") {
    throw new TypeError(`Cannot check for a missing value in ${String(text)}: expected a string`);
  }
  const key = text.trim().replace(/\s+/g, " ").toLowerCase().replace(/(?<=[a-z])\.$/, "");
  if (key === "") return { missing: true, reason: EMPTY_CELL, raw: text };
  const marker = MISSING_MARKERS.find(({ match }) =>
    typeof match === "string" ? match === key : match.test(key)
  );
  if (marker === undefined) return null;
  return marker.suppressed
    ? { missing: true, reason: marker.reason, raw: text, suppressed: true }
    : { missing: true, reason: marker.reason, raw: text };
}
