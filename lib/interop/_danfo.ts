// Private to lib/interop: danfojs is loaded here, on first use only, because it brings
// TensorFlow.js with it; lib/mod.ts must never reach this module.
import type { aq } from "../data/arquero.ts";

/** A danfojs DataFrame (the type only: danfojs itself loads on first use). */
export type DanfoDataFrame = InstanceType<typeof import("npm:danfojs@1.1.2")["DataFrame"]>;

let loading: Promise<typeof import("npm:danfojs@1.1.2")> | null = null;

/** The danfojs module, imported on the first call and shared after it. */
export function loadDanfo(): Promise<typeof import("npm:danfojs@1.1.2")> {
  loading ??= import("npm:danfojs@1.1.2");
  return loading;
}

/**
 * Whether a value is an Arquero table: by its methods, not `instanceof`, because a table from
 * `import * as aq from "arquero"` (the package's module build, not the toolkit's single-file one)
 * is another class and converts the same.
 */
export function isArqueroTable(value: unknown): value is aq.ColumnTable {
  const t = value as aq.ColumnTable | null;
  return typeof t?.columnNames === "function" && typeof t.numRows === "function" &&
    typeof t.array === "function";
}

/** What a value that is not the table or frame asked for is, for an error message. */
export function describe(value: unknown): string {
  if (isArqueroTable(value)) return "an Arquero table (use toDanfo() to convert it)";
  return Array.isArray(value) ? "an array" : value === null ? "null" : typeof value;
}
