// A source document's page: its attribution, then its text with one anchor per line (`#L12`),
// the target of the findings' source links.
import type { SiteSource } from "./types.ts";
import { escapeHtml } from "../display/escape_html.ts";
import { licenceLink } from "./_html.ts";

export function sourceBody(source: SiteSource, text: string): string {
  const lines = text.replace(/\r?\n$/, "").split(/\r?\n/).map((line, i) =>
    `<li id="L${i + 1}">${escapeHtml(line) || " "}</li>`
  );
  return `<h1>${escapeHtml(source.title)}</h1>
<dl class="attribution">
<dt>Publisher</dt><dd>${escapeHtml(source.publisher)}</dd>
<dt>Reference</dt><dd>${escapeHtml(source.reference)}</dd>
<dt>Date</dt><dd>${escapeHtml(source.date ?? "undated")}</dd>
<dt>Licence</dt><dd>${licenceLink(source)}</dd>
<dt>File</dt><dd><code>${escapeHtml(source.file)}</code></dd>
</dl>
<ol class="source-text">
${lines.join("\n")}
</ol>`;
}
