// Renders one code-cell output for the notebook pages. Text from outputs is escaped; HTML
// outputs go into a sandboxed iframe; Plotly figures become JSON data blocks drawn by site.js.
import { Buffer } from "node:buffer";
import { PLOTLY_MIME_TYPE } from "../display/chart.ts";
import { escapeHtml } from "../display/escape_html.ts";
import type { Output } from "../notebook/nbformat.ts";
import { ansiToHtml } from "./ansi_to_html.ts";
import { chooseMimeType } from "./choose_mime_type.ts";
import { imageDataUrl, mimeText } from "../display/safe_html.ts";
import { jsonForScript } from "./_html.ts";
import { renderMarkdown } from "../display/render_markdown.ts";

/** What rendering an output needs from its page. */
export interface OutputContext {
  /** The style sheet inlined into HTML outputs' frames. */
  frameCss: string;
  /** Returns the next figure number of the page (1, 2, …). */
  nextFigure(): number;
}

export function renderOutput(output: Output, context: OutputContext): string {
  switch (output.output_type) {
    case "stream": {
      const text = mimeText(output.text) ?? "";
      return `<div class="output stream ${output.name === "stderr" ? "stderr" : "stdout"}">` +
        `<pre>${ansiToHtml(text)}</pre></div>`;
    }
    case "execute_result":
    case "display_data": {
      const prompt = output.output_type === "execute_result"
        ? `<div class="prompt out-prompt">Out[${output.execution_count ?? " "}]:</div>`
        : "";
      const metadata = (output.metadata ?? {}) as Record<string, unknown>;
      return `<div class="output rich">${prompt}${
        renderBundle(output.data, metadata, context)
      }</div>`;
    }
    case "error":
      return renderError(output.ename, output.evalue, output.traceback);
    default:
      return `<div class="output note">Output of type "${
        escapeHtml(String((output as { output_type?: unknown }).output_type))
      }" not shown</div>`;
  }
}

export function renderError(ename: string, evalue: string, traceback: readonly string[]): string {
  const trace = traceback.length === 0
    ? ""
    : `<pre class="traceback">${ansiToHtml(traceback.join("\n"))}</pre>`;
  return `<div class="output error"><p class="error-name"><strong>${ansiToHtml(ename)}</strong>: ` +
    `${ansiToHtml(evalue)}</p>${trace}</div>`;
}

function renderBundle(
  bundle: Record<string, unknown>,
  metadata: Record<string, unknown>,
  context: OutputContext,
): string {
  const mime = chooseMimeType(bundle);
  const value = mime === null ? undefined : bundle[mime];
  const text = mimeText(value) ?? "";
  switch (mime) {
    case PLOTLY_MIME_TYPE: {
      const id = `fig-${context.nextFigure()}`;
      return `<div class="plotly-figure" id="${id}"></div>` +
        `<script type="application/json" class="plotly-data" data-figure="${id}">` +
        `${jsonForScript(value)}</script>`;
    }
    case "text/html":
      return htmlFrame(text, context.frameCss);
    case "image/png":
    case "image/jpeg":
      return image(imageDataUrl(mime, text), metadata[mime]);
    case "image/svg+xml":
      return image(
        `data:image/svg+xml;base64,${Buffer.from(text).toString("base64")}`,
        metadata[mime],
      );
    case "text/markdown":
      return `<div class="markdown">${renderMarkdown(text)}</div>`;
    case "application/json":
      return `<pre class="json">${escapeHtml(JSON.stringify(value, null, 2) ?? "")}</pre>`;
    case "text/plain":
      return `<pre class="plain">${ansiToHtml(text)}</pre>`;
    default:
      return `<p class="note">Output of type ${
        escapeHtml(Object.keys(bundle).join(", ") || "(none)")
      } not shown</p>`;
  }
}

// A sandbox without allow-scripts (nor allow-same-origin): the browser itself refuses to run
// anything in the output, however the HTML is written. The frame cannot report its height
// without a script, so the height is estimated from the rows and blocks, and CSS lets the reader
// resize it.
function htmlFrame(html: string, frameCss: string): string {
  const doc = `<!DOCTYPE html><html><head><meta charset="utf-8"><style>${frameCss}</style>` +
    `</head><body>${html}</body></html>`;
  return `<iframe class="html-output" sandbox="" title="HTML output" height="${
    frameHeight(html)
  }" srcdoc="${escapeHtml(doc)}"></iframe>`;
}

function frameHeight(html: string): number {
  const rows = html.match(/<tr[\s>]/gi)?.length ?? 0;
  const blocks = html.match(/<(?:p|li|h[1-6]|br|div|caption|figcaption|pre)[\s>/]/gi)?.length ?? 0;
  const lines = html.split("\n").length;
  const estimate = 24 + rows * 27 + blocks * 22 + (rows + blocks === 0 ? lines * 20 : 0);
  return Math.min(560, Math.max(48, estimate));
}

function image(src: string | null, metadata: unknown): string {
  if (src === null) return `<p class="note">Image output not shown: its data is not base64</p>`;
  const size = (typeof metadata === "object" && metadata !== null ? metadata : {}) as Record<
    string,
    unknown
  >;
  const dims = ["width", "height"]
    .filter((key) => typeof size[key] === "number" && Number.isFinite(size[key]))
    .map((key) => ` ${key}="${Math.round(size[key] as number)}"`)
    .join("");
  return `<img class="image-output" src="${escapeHtml(src)}" alt="Image output"${dims}>`;
}
