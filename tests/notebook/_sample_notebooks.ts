/**
 * Notebooks built in code for the notebook tests: one holds every output type nbformat knows,
 * with the awkward values a serialiser must get right (non-ASCII text, astral-plane keys, tiny
 * floats, CRLF line ends, ANSI escapes).
 *
 * @module
 */
import type { Notebook } from "../../lib/notebook/nbformat.ts";

/** A 1×1 transparent PNG, base64-encoded. */
export const PNG_1X1 =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=";

/**
 * Builds a notebook with a stream, display_data (HTML, Plotly JSON, PNG), execute_result and
 * error output, a markdown cell with an attachment and a raw cell.
 *
 * @returns A fresh notebook each call.
 */
export function everyOutputNotebook(): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: "deno", display_name: "Deno", language: "typescript" },
      language_info: { name: "typescript", file_extension: ".ts" },
      runner: { parameters: { year: 2024, region: "North East" } },
      "Zebra": 1,
      "apple": 2,
      "😀 émoji": 3,
      "\uff61": 4,
    },
    cells: [
      {
        id: "intro",
        cell_type: "markdown",
        metadata: {},
        source: "# Victims' services — £ funding\r\n\r\n![chart](attachment:chart.png)",
        attachments: { "chart.png": { "image/png": PNG_1X1 } },
      },
      {
        id: "params",
        cell_type: "code",
        metadata: { tags: ["parameters"] },
        source: 'const year = 2023;\nconst region = "London";',
        execution_count: 1,
        outputs: [],
      },
      {
        id: "outputs",
        cell_type: "code",
        metadata: { collapsed: false, execution: { "iopub.status.busy": "2024-01-01T00:00:00Z" } },
        source: ["console.log(1);\n", "display(chart);\n", "value\n"],
        execution_count: 2,
        outputs: [
          { output_type: "stream", name: "stdout", text: "1\nsecond line\n" },
          { output_type: "stream", name: "stderr", text: ["warn\n", "no newline"] },
          {
            output_type: "display_data",
            data: {
              "text/html": "<table>\n<tr><td>£12</td></tr>\n</table>",
              "application/vnd.plotly.v1+json": {
                data: [{
                  type: "bar",
                  x: ["2022-23", "2023-24"],
                  y: [0.1, 1e-7, 0.00001, -0.0001],
                }],
                layout: { title: { text: "Funding" }, width: 640, margin: {}, shapes: [] },
                config: { responsive: true, scale: 1.5e300, big: 1e21, tiny: 123456.789 },
              },
              "image/png": PNG_1X1,
              "text/plain": "<Figure>",
            },
            metadata: { "image/png": { width: 1, height: 1 } },
            transient: { display_id: "chart-1" },
          },
          {
            output_type: "execute_result",
            execution_count: 2,
            data: { "text/plain": "{ a: 1 }", "application/json": { b: [true, null], a: 1 } },
            metadata: {},
          },
        ],
      },
      {
        id: "failing",
        cell_type: "code",
        metadata: {},
        source: "throw new TypeError('bad \"value\"');",
        execution_count: 3,
        outputs: [
          {
            output_type: "error",
            ename: "TypeError",
            evalue: 'bad "value"',
            traceback: ['\u001b[31mTypeError\u001b[0m: bad "value"', "    at <anonymous>:1:7"],
          },
        ],
      },
      { id: "raw-1", cell_type: "raw", metadata: { format: "text/plain" }, source: "" },
    ],
  };
}
