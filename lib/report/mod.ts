/**
 * The report site: executed notebooks as static, offline HTML pages with their outputs (text
 * with ANSI colours, Markdown through lib/display's `renderMarkdown`, HTML in sandboxed frames, images, Plotly charts drawn by the site's own
 * plotly.js), an index with each run's status and the findings, and the source documents with
 * their attribution. Nothing from a notebook or its data can run script on the site.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { ansiToHtml, chooseMimeType } from "./mod.ts";
 * assert.equal(ansiToHtml("\u001b[32mok\u001b[0m"), '<span class="ansi-green-fg">ok</span>');
 * assert.equal(chooseMimeType({ "text/plain": "1", "image/png": "iVBORw0KGgo=" }), "image/png");
 * ```
 *
 * @module
 */
export * from "./types.ts";
export * from "./ansi_to_html.ts";
export * from "./choose_mime_type.ts";
export * from "./write_site.ts";
export * from "./site_summary.ts";
export * from "./publish_together.ts";
export type {
  Cell,
  CellMetadata,
  CodeCell,
  DisplayDataOutput,
  ErrorOutput,
  ExecuteResultOutput,
  MarkdownCell,
  MimeBundle,
  MultilineString,
  Notebook,
  NotebookMetadata,
  Output,
  RawCell,
  StreamOutput,
} from "../notebook/mod.ts";
