/**
 * The npm packages that lib/ imports when a module loads, each pinned to one exact version in this
 * one place. lib/ names them by `npm:` specifiers rather than through deno.json's import map, so
 * the toolkit can be imported by path or URL from a notebook or script in any folder: Deno then
 * resolves them without the project's configuration. Packages loaded only on first use (danfojs,
 * hyparquet, playwright-core, plotly.js, and unpdf and mammoth, which read PDF and Word files in
 * lib/ingest/read_pdf.ts and read_docx.ts) are named by the one module that loads each.
 *
 * @module
 */

// Arquero 8 asks for @uwdata/flechette ^2; 2.7 depends on a package the registry here does not
// have. Naming 2.6.0 first puts it in the module graph, and Deno's resolver reuses it for Arquero.
import "npm:@uwdata/flechette@2.6.0";

export * as arquero from "npm:arquero@8.0.3";
export { z } from "npm:zod@4.6.7";
export { Marked } from "npm:marked@17.0.6";
export type { RendererObject, Tokens } from "npm:marked@17.0.6";

// deno-std's CSV reader and writer: plain JavaScript, typed by the declarations beside this file.
// @ts-types="./_std_csv.d.ts"
export { parse as parseCsvRecords } from "npm:deno-std@1.4.0/csv/parse.js";
// @ts-types="./_std_csv.d.ts"
export { stringify as stringifyCsv } from "npm:deno-std@1.4.0/csv/stringify.js";
// deno-std's HTML escaping, typed likewise.
// @ts-types="./_std_html.d.ts"
export { escape as escapeHtmlText } from "npm:deno-std@1.4.0/html/entities.js";
