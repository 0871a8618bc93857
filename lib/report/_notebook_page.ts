// The page of one notebook: its status, then every cell with its outputs, in order.
import { type Cell, joinSource } from "../notebook/nbformat.ts";
import type { NotebookRun } from "./types.ts";
import { escapeHtml } from "../display/escape_html.ts";
import { formatDuration } from "../format/format_duration.ts";
import { type OutputContext, renderError, renderOutput } from "./_outputs.ts";
import { renderMarkdown } from "../display/render_markdown.ts";
import { disclosureSection, suppressedTables } from "./_disclosure.ts";
import { statusBadge } from "./_html.ts";

/** The body of a notebook page and how many Plotly figures it draws. */
export interface NotebookBody {
  /** The content of `<main>`. */
  html: string;
  /** The number of Plotly figures on the page. */
  figures: number;
}

export function notebookBody(run: NotebookRun, frameCss: string): NotebookBody {
  let figures = 0;
  const context: OutputContext = { frameCss, nextFigure: () => ++figures };
  const cells = (run.notebook?.cells ?? []).map((cell, index) => renderCell(cell, index, context));
  const html = [
    `<h1>${escapeHtml(run.name)}</h1>`,
    runLine(run),
    errorBanner(run),
    disclosureSection(suppressedTables(run.notebook?.cells ?? [])),
    ...cells,
  ].filter((part) => part !== "").join("\n");
  return { html, figures };
}

function runLine(run: NotebookRun): string {
  const how = run.cache === undefined
    ? `ran in ${escapeHtml(formatDuration(run.durationMs))}`
    : run.cache.ran
    ? `ran in ${escapeHtml(formatDuration(run.durationMs))} (${escapeHtml(run.cache.reason)})`
    : "up to date: outputs of an earlier run with the same code, data, modules and Deno reused";
  return `<p class="run-line">${statusBadge(run.status)} · ${how} · source ` +
    `<code>${escapeHtml(run.path)}</code></p>`;
}

function errorBanner(run: NotebookRun): string {
  const error = run.error;
  if (error === undefined) return "";
  if ("message" in error) {
    return `<div class="banner banner-error"><p><strong>The notebook did not run:</strong> ${
      escapeHtml(error.message)
    }</p></div>`;
  }
  return `<div class="banner banner-error"><p><strong>The notebook stopped at an error</strong> ` +
    `in <a href="#cell-${error.cellIndex}">cell ${error.cellIndex + 1}</a>.</p>` +
    `${renderError(error.ename, error.evalue, error.traceback)}</div>`;
}

function renderCell(
  cell: Cell,
  index: number,
  context: OutputContext,
): string {
  const source = joinSource(cell.source);
  const open = `<section class="cell cell-${escapeHtml(cell.cell_type)}" id="cell-${index}">`;
  if (cell.cell_type === "markdown") {
    return `${open}\n${renderMarkdown(source, { attachments: cell.attachments })}</section>`;
  }
  if (cell.cell_type === "code") {
    const prompt = `In [${cell.execution_count ?? " "}]:`;
    const outputs = cell.outputs.map((output) => renderOutput(output, context)).join("\n");
    return `${open}\n<div class="input"><div class="prompt">${prompt}</div>` +
      `<pre><code>${escapeHtml(source)}</code></pre></div>\n` +
      (outputs === "" ? "" : `<div class="outputs">\n${outputs}\n</div>\n`) + `</section>`;
  }
  return `${open}\n<pre class="raw">${escapeHtml(source)}</pre></section>`;
}
