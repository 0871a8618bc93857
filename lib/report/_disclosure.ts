// Private to lib/report: which tables a notebook published with suppressed cells, and why (the
// threshold), read from the attribute show() puts on such a table (`data-suppressed`, the reasons
// of its [c] cells), so the report says what disclosure control was applied where.
import { type Cell, joinSource } from "../notebook/nbformat.ts";
import { escapeHtml } from "../display/escape_html.ts";

export interface SuppressedTable {
  cellIndex: number;
  title: string;
  reasons: string;
}

const TABLE =
  /<div class="vc-out vc-table" data-suppressed="([^"]*)">.*?(?:<caption>(.*?)<\/caption>)?<thead>/gs;

export function suppressedTables(cells: readonly Cell[]): SuppressedTable[] {
  return cells.flatMap((cell, cellIndex) => {
    if (cell.cell_type !== "code") return [];
    return cell.outputs.flatMap((output) => {
      if (!("data" in output) || output.data["text/html"] === undefined) return [];
      const html = joinSource(output.data["text/html"] as string | string[]);
      return [...html.matchAll(TABLE)].map((m) => ({
        cellIndex,
        title: unescape(m[2] ?? "an untitled table"),
        reasons: unescape(m[1]),
      }));
    });
  });
}

// The list on a notebook's page, linking each table's cell; empty when none was suppressed.
export function disclosureSection(tables: SuppressedTable[]): string {
  if (tables.length === 0) return "";
  const items = tables.map((t) =>
    `<li><a href="#cell-${t.cellIndex}">${escapeHtml(t.title)}</a>: ${escapeHtml(t.reasons)}</li>`
  );
  return `<div class="banner disclosure"><p><strong>Disclosure control.</strong> ` +
    `${tables.length === 1 ? "This table was" : "These tables were"} published with suppressed ` +
    `cells ([c]):</p><ul>${items.join("")}</ul></div>`;
}

function unescape(text: string): string {
  return text.replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&lt;", "<")
    .replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}
