import { stripAnsi } from "./terminal_text.ts";
import type { Notebook } from "./nbformat.ts";

/** A substitution applied to output text before comparing it. */
export interface NormalizeRule {
  /** A built-in's name, or the pattern's source for a declared one. */
  name: string;
  /** Rewrites the text. */
  apply: (text: string) => string;
}

/** What of one cell's outputs a `--check` comparison leaves out. */
export interface VolatileRules {
  /** True when the cell's outputs are not compared at all. */
  ignoreOutputs: boolean;
  /** Output keys whose content is not compared (their presence still is). */
  volatile: string[];
  /** Substitutions applied, in order, to the text of every other key. */
  normalize: NormalizeRule[];
}

/**
 * Cell tags that exclude a cell's outputs from comparison (nbval's name, and ours).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { IGNORE_OUTPUT_TAGS } from "./mod.ts";
 * assert.ok(IGNORE_OUTPUT_TAGS.includes("nbval-ignore-output"));
 * ```
 */
export const IGNORE_OUTPUT_TAGS: readonly string[] = ["nbval-ignore-output", "volatile"];

const BUILT_INS: Record<string, (text: string) => string> = {
  ansi: stripAnsi,
  datetime: (text) =>
    text.replace(
      /\b\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?/g,
      "<datetime>",
    ),
  duration: (text) =>
    text.replace(
      /\b\d+(\.\d+)?\s?(ns|µs|us|ms|s|sec|secs|seconds?|min|mins|minutes?)\b/g,
      "<duration>",
    ),
};

/**
 * Reads what a notebook declares volatile for one cell's outputs, for `--check` (nbval-style).
 * Nothing is ignored unless declared:
 *
 * - a cell tagged `nbval-ignore-output` or `volatile`: its outputs are not compared at all;
 * - `runner.volatile` in the notebook's or the cell's metadata: output keys whose content is not
 *   compared, e.g. `["image/png", "stream/stderr"]`. A key is a MIME type of a display or
 *   result, `stream/stdout` or `stream/stderr` for stream text, `error/value` for an error's
 *   `ename: evalue` and `error/traceback` for its traceback;
 * - `runner.normalize` in the notebook's or the cell's metadata: substitutions applied to the text
 *   of every other key, in order — built-ins by name (`"ansi"` strips colour codes, `"datetime"`
 *   turns ISO 8601 date-times into `<datetime>`, `"duration"` turns `12.5 ms`-style durations into
 *   `<duration>`) or `{ "pattern": "<JS regexp>", "replacement": "<text>" }`, applied globally.
 *
 * Notebook-level declarations come first, then the cell's.
 *
 * @param nb The notebook.
 * @param cellIndex The cell's index in `nb.cells`.
 * @returns The rules for that cell.
 * @throws {TypeError} When a declaration has the wrong shape (names the cell and the field).
 * @throws {RangeError} When a built-in normaliser name is unknown.
 * @throws {SyntaxError} When a declared pattern is not a valid regular expression.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { volatileRules } from "./mod.ts";
 * const nb = {
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: { runner: { volatile: ["image/png"], normalize: ["duration"] } },
 *   cells: [{ id: "t", cell_type: "code" as const, metadata: {}, source: "", execution_count: 1, outputs: [] }],
 * };
 * const rules = volatileRules(nb, 0);
 * assert.deepEqual(rules.volatile, ["image/png"]);
 * assert.equal(rules.normalize[0].apply("took 12.5 ms"), "took <duration>");
 * ```
 */
export function volatileRules(nb: Notebook, cellIndex: number): VolatileRules {
  const cell = nb.cells[cellIndex];
  const levels = [
    { metadata: nb.metadata, where: "the notebook metadata" },
    { metadata: cell.metadata, where: `the metadata of cells[${cellIndex}]` },
  ];
  const rules: VolatileRules = {
    ignoreOutputs: (cell.metadata.tags ?? []).some((tag) => IGNORE_OUTPUT_TAGS.includes(tag)),
    volatile: [],
    normalize: [],
  };
  for (const { metadata, where } of levels) {
    const runner = metadata.runner as Record<string, unknown> | undefined;
    if (runner === undefined) continue;
    if (typeof runner !== "object" || runner === null || Array.isArray(runner)) {
      throw new TypeError(
        `Cannot read runner in ${where}: expected an object, got ${JSON.stringify(runner)}`,
      );
    }
    const volatile = runner.volatile ?? [];
    if (!Array.isArray(volatile) || !volatile.every((key) => typeof key === "string")) {
      throw new TypeError(
        `Cannot read runner.volatile in ${where}: expected an array of strings, got ${
          JSON.stringify(volatile)
        }`,
      );
    }
    rules.volatile.push(...volatile.filter((key) => !rules.volatile.includes(key)));
    const normalize = runner.normalize ?? [];
    if (!Array.isArray(normalize)) {
      throw new TypeError(
        `Cannot read runner.normalize in ${where}: expected an array, got ${
          JSON.stringify(normalize)
        }`,
      );
    }
    rules.normalize.push(...normalize.map((entry) => normalizeRule(entry, where)));
  }
  return rules;
}

function normalizeRule(entry: unknown, where: string): NormalizeRule {
  if (typeof entry === "string") {
    if (!Object.hasOwn(BUILT_INS, entry)) {
      const known = Object.keys(BUILT_INS).map((name) => `"${name}"`).join(", ");
      throw new RangeError(
        `Unknown normaliser "${entry}" in runner.normalize in ${where}: known ones are ${known}`,
      );
    }
    return { name: entry, apply: BUILT_INS[entry] };
  }
  const { pattern, replacement } = (entry ?? {}) as Record<string, unknown>;
  if (typeof pattern !== "string" || typeof replacement !== "string") {
    throw new TypeError(
      `Cannot read runner.normalize in ${where}: expected a built-in name or ` +
        `{ "pattern": string, "replacement": string }, got ${JSON.stringify(entry)}`,
    );
  }
  let regexp: RegExp;
  try {
    regexp = new RegExp(pattern, "g");
  } catch (error) {
    throw new SyntaxError(
      `Cannot compile runner.normalize pattern "${pattern}" in ${where}: ${
        (error as Error).message
      }`,
    );
  }
  return {
    name: `${pattern} → ${replacement}`,
    apply: (text) => text.replace(regexp, replacement),
  };
}
