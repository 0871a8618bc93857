// The index page: every notebook with its status and run time, the findings, the sources.
import type { NotebookRun, SiteFinding, SiteFindings, SiteSource } from "./types.ts";
import { escapeHtml } from "../display/escape_html.ts";
import { formatFigure } from "../findings/format_figure.ts";
import { plural } from "../format/plural.ts";
import { formatDuration } from "../format/format_duration.ts";
import { sourcePagePath } from "./_paths.ts";
import { licenceLink, siteTable, statusBadge } from "./_html.ts";

/** What the index shows besides the runs. */
export interface IndexContent {
  /** The site's title. */
  title: string;
  /** Each run's page, relative to the site root, in run order. */
  pages: readonly string[];
  /** The findings, when they exist. */
  findings: SiteFindings | null;
  /** The source documents. */
  sources: readonly SiteSource[];
  /** The source documents that have a page (their text was given). */
  sourcePages: ReadonlySet<string>;
}

export function indexBody(runs: readonly NotebookRun[], content: IndexContent): string {
  const failed = runs.filter((run) => run.status !== "ok").length;
  return [
    `<h1>${escapeHtml(content.title)}</h1>`,
    `<p class="lede">${plural(runs.length, "notebook")} run: ${runs.length - failed} without ` +
    `error, ${failed} failed.</p>`,
    `<h2>Notebooks</h2>`,
    runsTable(runs, content.pages),
    content.findings === null ? "" : findingsSection(content.findings, content),
    content.sources.length === 0 ? "" : sourcesSection(content.sources, content.sourcePages),
  ].filter((part) => part !== "").join("\n");
}

function runsTable(runs: readonly NotebookRun[], pages: readonly string[]): string {
  const rows = runs.map((run, i) => {
    const error = run.error === undefined
      ? ""
      : "message" in run.error
      ? `<div class="why">${escapeHtml(run.error.message)}</div>`
      : `<div class="why">cell ${run.error.cellIndex + 1}: ${escapeHtml(run.error.ename)}: ${
        escapeHtml(run.error.evalue)
      }</div>`;
    return `<tr><td><a href="${escapeHtml(pages[i])}">${escapeHtml(run.name)}</a></td>` +
      `<td><code>${escapeHtml(run.path)}</code></td>` +
      `<td>${statusBadge(run.status)}${error}</td>` +
      `<td class="n">${
        run.cache?.ran === false ? "up to date" : escapeHtml(formatDuration(run.durationMs))
      }</td></tr>`;
  });
  const head = `<th>Notebook</th><th>Source</th><th>Status</th><th class="n">Run time</th>`;
  return siteTable("runs", head, rows);
}

function findingsSection(findings: SiteFindings, content: IndexContent): string {
  const counts = Object.entries(findings.counts)
    .map(([status, count]) => `<li>${statusBadge(status)} ${escapeHtml(String(count))}</li>`);
  const items = findings.items ?? [];
  const head = `<th>Finding</th><th>Claim</th><th class="n">Stated</th>` +
    `<th class="n">Computed</th><th>Status</th><th>Source</th>`;
  const table = items.length === 0
    ? ""
    : siteTable("findings", head, items.map((item) => findingRow(item, content)));
  return `<h2>Findings</h2>\n<ul class="counts">${counts.join("")}</ul>\n${table}`;
}

// A finding's source reads as the document's reference and line (`FOI 0004-24, line 79`) and
// links to that line of the document's page when the site has one.
function findingRow(item: SiteFinding, content: IndexContent): string {
  const { seed, line } = item.source;
  const known = content.sources.find((source) => source.file === seed);
  const where = known === undefined ? `${seed}:${line}` : `${known.reference}, line ${line}`;
  const source = content.sourcePages.has(seed)
    ? `<a href="${escapeHtml(sourcePagePath(seed))}#L${escapeHtml(String(line))}" title="${
      escapeHtml(seed)
    }">${escapeHtml(where)}</a>`
    : escapeHtml(where);
  const note = item.note ? `<div class="why">${escapeHtml(item.note)}</div>` : "";
  return `<tr id="finding-${escapeHtml(item.id)}"><td><code>${escapeHtml(item.id)}</code></td>` +
    `<td>${escapeHtml(item.claim)}${note}</td>` +
    `<td class="n">${escapeHtml(formatFigure(item.stated, item.unit))}</td>` +
    `<td class="n">${escapeHtml(computedText(item))}</td>` +
    `<td>${statusBadge(item.status)}${escapeHtml(coveredText(item))}</td><td>${source}</td></tr>`;
}

// A bounded finding has a range where others have a computed figure.
function computedText(item: SiteFinding): string {
  const range = item.bounds ?? null;
  const places = item.unit === "percent" ? { digits: 1 } : {};
  return range === null
    ? formatFigure(item.computed, item.unit)
    : `${formatFigure(range.low, item.unit, places)} to ${
      formatFigure(range.high, item.unit, places)
    }`;
}

// A coverage finding says how much of the headline it covers: " covers 95.2%".
function coveredText(item: SiteFinding): string {
  return item.coverage === undefined || item.coverage === null
    ? ""
    : ` covers ${formatFigure(item.coverage, "percent", { digits: 1 })}`;
}

function sourcesSection(sources: readonly SiteSource[], sourcePages: ReadonlySet<string>): string {
  const rows = sources.map((s) => {
    const title = sourcePages.has(s.file)
      ? `<a href="${escapeHtml(sourcePagePath(s.file))}">${escapeHtml(s.title)}</a>`
      : escapeHtml(s.title);
    return `<tr><td>${title}</td><td>${escapeHtml(s.publisher)}</td><td>${
      escapeHtml(s.reference)
    }</td><td>${escapeHtml(s.date ?? "undated")}</td><td>${licenceLink(s)}</td></tr>`;
  });
  const head = `<th>Document</th><th>Publisher</th><th>Reference</th><th>Date</th><th>Licence</th>`;
  return `<h2>Source documents</h2>\n${siteTable("sources", head, rows)}`;
}
