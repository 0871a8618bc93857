import type { OutputDifference } from "./compare_outputs.ts";

/**
 * Formats output differences for people: a count, then each difference with where it is, what
 * differs and its line diff.
 *
 * @param differences What {@linkcode compareOutputs} returned.
 * @returns The report; "" when there are no differences.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { formatDifferences } from "./mod.ts";
 * assert.equal(formatDifferences([]), "");
 * assert.equal(
 *   formatDifferences([{
 *     cellIndex: 2,
 *     cellId: "chart",
 *     outputIndex: 0,
 *     mimeType: "image/png",
 *     message: "image/png differs (stored 120 characters, fresh 124)",
 *     diff: "",
 *   }]),
 *   '1 output difference\n\ncells[2] (id "chart"), outputs[0]: image/png differs (stored 120 characters, fresh 124)\n',
 * );
 * ```
 */
export function formatDifferences(differences: OutputDifference[]): string {
  if (differences.length === 0) return "";
  const count = differences.length === 1
    ? "1 output difference"
    : `${differences.length} output differences`;
  const blocks = differences.map((difference) => {
    const output = difference.outputIndex === null ? "" : `, outputs[${difference.outputIndex}]`;
    const heading =
      `cells[${difference.cellIndex}] (id "${difference.cellId}")${output}: ${difference.message}`;
    return difference.diff === "" ? `${heading}\n` : `${heading}\n${difference.diff}\n`;
  });
  return `${count}\n\n${blocks.join("\n")}`;
}
