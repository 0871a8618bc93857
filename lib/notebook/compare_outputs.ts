import { unifiedDiff } from "./_line_diff.ts";
import type { CodeCell, Notebook } from "./nbformat.ts";
import { type NormalizedOutput, normalizeOutputs } from "./normalize_outputs.ts";
import { type VolatileRules, volatileRules } from "./volatile_rules.ts";

/** One way a fresh run's outputs differ from the stored ones. */
export interface OutputDifference {
  /** The cell's index in the fresh notebook (in the stored one for a cell only it has). */
  cellIndex: number;
  /** The cell's id; cells are paired by id. */
  cellId: string;
  /** The output's index, or null when the difference is about the whole cell. */
  outputIndex: number | null;
  /** The output key (a MIME type, `stream/stdout`, `error/value`…), or null. */
  mimeType: string | null;
  /** What differs, in one line. */
  message: string;
  /** A unified line diff from stored to fresh; "" when a diff would not help. */
  diff: string;
}

/** Options for {@linkcode compareOutputs}. */
export interface CompareOutputsOptions {
  /** Name of the stored side in diffs. Default `stored`. */
  from?: string;
  /** Name of the fresh side in diffs. Default `fresh`. */
  to?: string;
}

/**
 * Compares the outputs of a freshly executed notebook with the stored ones, nbval-style, for
 * `--check`. Code cells are paired by id; only what is declared volatile is left out (see
 * {@linkcode volatileRules}; declarations of either notebook count). Execution counts and output
 * metadata are not compared.
 *
 * @param expected The stored notebook.
 * @param actual The freshly executed notebook.
 * @param options Labels for the two sides in diffs.
 * @returns The differences, stored cells first; empty when the outputs match.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { compareOutputs } from "./mod.ts";
 * const run = (text: string) => ({
 *   nbformat: 4 as const,
 *   nbformat_minor: 5,
 *   metadata: {},
 *   cells: [{
 *     id: "total",
 *     cell_type: "code" as const,
 *     metadata: {},
 *     source: "console.log(total)",
 *     execution_count: 1,
 *     outputs: [{ output_type: "stream" as const, name: "stdout" as const, text }],
 *   }],
 * });
 * assert.deepEqual(compareOutputs(run("12\n"), run("12\n")), []);
 * const [difference] = compareOutputs(run("12\n"), run("13\n"));
 * assert.equal(difference.message, "stream/stdout differs");
 * assert.equal(difference.diff, "--- stored cells[0].outputs[0] stream/stdout\n+++ fresh cells[0].outputs[0] stream/stdout\n@@ -1 +1 @@\n-12\n+13");
 * ```
 */
export function compareOutputs(
  expected: Notebook,
  actual: Notebook,
  options: CompareOutputsOptions = {},
): OutputDifference[] {
  const labels = { from: options.from ?? "stored", to: options.to ?? "fresh" };
  const actualIndex = new Map(actual.cells.map((cell, index) => [cell.id, index]));
  const expectedIds = new Set(expected.cells.map((cell) => cell.id));
  const differences: OutputDifference[] = [];
  const whole = (cellIndex: number, cellId: string, message: string): OutputDifference => ({
    cellIndex,
    cellId,
    outputIndex: null,
    mimeType: null,
    message,
    diff: "",
  });
  for (const [index, cell] of expected.cells.entries()) {
    if (cell.cell_type !== "code") continue;
    const match = actualIndex.get(cell.id);
    const other = match === undefined ? undefined : actual.cells[match];
    if (match === undefined || other?.cell_type !== "code") {
      differences.push(whole(index, cell.id, `code cell is in the ${labels.from} notebook only`));
      continue;
    }
    const rules = mergeRules(volatileRules(expected, index), volatileRules(actual, match));
    differences.push(...compareCell(cell, other, match, rules, labels));
  }
  for (const [index, cell] of actual.cells.entries()) {
    if (cell.cell_type === "code" && !expectedIds.has(cell.id)) {
      differences.push(whole(index, cell.id, `code cell is in the ${labels.to} notebook only`));
    }
  }
  return differences;
}

function mergeRules(a: VolatileRules, b: VolatileRules): VolatileRules {
  const names = new Set(a.normalize.map((rule) => rule.name));
  return {
    ignoreOutputs: a.ignoreOutputs || b.ignoreOutputs,
    volatile: [...new Set([...a.volatile, ...b.volatile])],
    normalize: [...a.normalize, ...b.normalize.filter((rule) => !names.has(rule.name))],
  };
}

function compareCell(
  stored: CodeCell,
  fresh: CodeCell,
  cellIndex: number,
  rules: VolatileRules,
  labels: { from: string; to: string },
): OutputDifference[] {
  const a = normalizeOutputs(stored.outputs, rules);
  const b = normalizeOutputs(fresh.outputs, rules);
  const base = { cellIndex, cellId: fresh.id };
  const where = `cells[${cellIndex}]`;
  if (a.length !== b.length || a.some((output, i) => output.outputType !== b[i].outputType)) {
    return [{
      ...base,
      outputIndex: null,
      mimeType: null,
      message: `outputs differ: ${labels.from} ${summary(a)}, ${labels.to} ${summary(b)}`,
      diff: unifiedDiff(render(a), render(b), {
        from: `${labels.from} ${where}.outputs`,
        to: `${labels.to} ${where}.outputs`,
      }),
    }];
  }
  return a.flatMap((output, outputIndex) =>
    compareParts(output.parts, b[outputIndex].parts, labels, `${where}.outputs[${outputIndex}]`)
      .map((difference) => ({ ...base, outputIndex, ...difference }))
  );
}

function compareParts(
  a: Record<string, string>,
  b: Record<string, string>,
  labels: { from: string; to: string },
  where: string,
): { mimeType: string; message: string; diff: string }[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return keys.flatMap((key) => {
    if (!(key in b)) {
      return [{ mimeType: key, message: `${key} is in the ${labels.from} output only`, diff: "" }];
    }
    if (!(key in a)) {
      return [{ mimeType: key, message: `${key} is in the ${labels.to} output only`, diff: "" }];
    }
    if (a[key] === b[key]) return [];
    if (key.startsWith("image/") && key !== "image/svg+xml") {
      const sizes = `${labels.from} ${a[key].length} characters, ${labels.to} ${b[key].length}`;
      return [{ mimeType: key, message: `${key} differs (${sizes})`, diff: "" }];
    }
    const diff = unifiedDiff(a[key], b[key], {
      from: `${labels.from} ${where} ${key}`,
      to: `${labels.to} ${where} ${key}`,
    });
    return [{ mimeType: key, message: `${key} differs`, diff }];
  });
}

function summary(outputs: NormalizedOutput[]): string {
  const types = outputs.map((output) => output.outputType).join(", ");
  return outputs.length === 1
    ? `has 1 output (${types})`
    : `has ${outputs.length} outputs (${types || "none"})`;
}

function render(outputs: NormalizedOutput[]): string {
  return outputs.map((output, index) =>
    `[${index}] ${output.outputType}\n` +
    Object.entries(output.parts).map(([key, text]) =>
      `${key}:\n${text.endsWith("\n") || text === "" ? text : `${text}\n`}`
    ).join("")
  ).join("");
}
