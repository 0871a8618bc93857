import { isJsonMime } from "./_mime.ts";
import { pythonJson } from "./_python_json.ts";
import { joinSource, type MultilineString, type Output } from "./nbformat.ts";
import type { VolatileRules } from "./volatile_rules.ts";

/** An output reduced to the text `--check` compares: one entry per output key. */
export interface NormalizedOutput {
  /** The output's type. */
  outputType: Output["output_type"];
  /**
   * Output key to text: MIME types of a display or result (JSON types as sorted, indented JSON),
   * `stream/stdout` or `stream/stderr`, `error/value` and `error/traceback`. A volatile key's
   * text is {@linkcode VOLATILE_PLACEHOLDER}.
   */
  parts: Record<string, string>;
}

/**
 * The text that stands for a volatile key's content.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { VOLATILE_PLACEHOLDER } from "./mod.ts";
 * assert.equal(VOLATILE_PLACEHOLDER, "<volatile>");
 * ```
 */
export const VOLATILE_PLACEHOLDER = "<volatile>";

function rawParts(output: Output): Record<string, string> {
  switch (output.output_type) {
    case "stream":
      return { [`stream/${output.name}`]: joinSource(output.text) };
    case "error":
      return {
        "error/value": `${output.ename}: ${output.evalue}`,
        "error/traceback": output.traceback.join("\n"),
      };
    default:
      return Object.fromEntries(
        Object.entries(output.data).map(([mime, value]) => [
          mime,
          isJsonMime(mime) ? pythonJson(value) : joinSource(value as MultilineString),
        ]),
      );
  }
}

/**
 * Reduces a cell's outputs to the text `--check` compares, leaving out what the rules declare
 * volatile (see {@linkcode volatileRules}) and applying the declared substitutions. Execution
 * counts and output metadata are not part of the result: they are not output content.
 *
 * @param outputs The cell's outputs.
 * @param rules The cell's rules.
 * @returns One entry per output; none when the cell's outputs are ignored.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { normalizeOutputs } from "./mod.ts";
 * const outputs = [
 *   { output_type: "stream" as const, name: "stdout" as const, text: ["loaded in 12 ms\n"] },
 *   { output_type: "display_data" as const, data: { "image/png": "iVBOR…" }, metadata: {} },
 * ];
 * const rules = { ignoreOutputs: false, volatile: ["image/png"], normalize: [] };
 * assert.deepEqual(normalizeOutputs(outputs, rules), [
 *   { outputType: "stream", parts: { "stream/stdout": "loaded in 12 ms\n" } },
 *   { outputType: "display_data", parts: { "image/png": "<volatile>" } },
 * ]);
 * ```
 */
export function normalizeOutputs(outputs: Output[], rules: VolatileRules): NormalizedOutput[] {
  if (rules.ignoreOutputs) return [];
  return outputs.map((output) => {
    const parts: Record<string, string> = {};
    for (const [key, text] of Object.entries(rawParts(output))) {
      parts[key] = rules.volatile.includes(key)
        ? VOLATILE_PLACEHOLDER
        : rules.normalize.reduce((current, rule) => rule.apply(current), text);
    }
    return { outputType: output.output_type, parts };
  });
}
