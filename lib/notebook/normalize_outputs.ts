import { PLOTLY_MIME_TYPE } from "../display/chart_picture.ts";
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

/**
 * The text that stands for the bytes of a chart's picture: in an output holding a Plotly figure,
 * its `image/png` and the PNG data of the `<img>` in its HTML.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { PICTURE_PLACEHOLDER } from "./mod.ts";
 * assert.equal(PICTURE_PLACEHOLDER, "<picture>");
 * ```
 */
export const PICTURE_PLACEHOLDER = "<picture>";

function rawParts(output: Output): Record<string, string> {
  switch (output.output_type) {
    case "stream":
      return { [`stream/${output.name}`]: joinSource(output.text) };
    case "error":
      return {
        "error/value": `${output.ename}: ${output.evalue}`,
        "error/traceback": output.traceback.join("\n"),
      };
    default: {
      const parts = Object.fromEntries(
        Object.entries(output.data).map(([mime, value]) => [
          mime,
          isJsonMime(mime) ? pythonJson(value) : joinSource(value as MultilineString),
        ]),
      );
      return PLOTLY_MIME_TYPE in output.data ? withoutPictureBytes(parts) : parts;
    }
  }
}

// A chart's picture is drawn from its figure, which is compared as JSON; the PNG's bytes may
// differ between runs and machines (fonts, Chromium), so only its presence is compared.
function withoutPictureBytes(parts: Record<string, string>): Record<string, string> {
  const out = { ...parts };
  if ("image/png" in out) out["image/png"] = PICTURE_PLACEHOLDER;
  if ("text/html" in out) {
    out["text/html"] = out["text/html"].replace(
      /data:image\/png;base64,[A-Za-z0-9+/=\s]*/g,
      `data:image/png;base64,${PICTURE_PLACEHOLDER}`,
    );
  }
  return out;
}

/**
 * Reduces a cell's outputs to the text `--check` compares, leaving out what the rules declare
 * volatile (see {@linkcode volatileRules}) and applying the declared substitutions. Execution
 * counts and output metadata are not part of the result: they are not output content. A chart's
 * picture is compared by its figure: in an output holding a Plotly figure, the PNG bytes (of
 * `image/png` and of the `<img>` in the HTML) become {@linkcode PICTURE_PLACEHOLDER}.
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
