// Hand-made executed notebooks for the report tests: charts, tables, images, ANSI text, an error,
// a run that never started, and script payloads in every place text can come from.
import type { Cell, Notebook, Output } from "../../lib/notebook/nbformat.ts";
import type { NotebookRun, SiteFindings } from "../../lib/report/mod.ts";

/** Text that would run script if it reached a page unescaped; each sets `__pwned`. */
export const PAYLOAD = `<script>window.__pwned=1;alert(1)</script></script>` +
  `"><img src=x onerror="window.__pwned=1;alert(1)"><a href="javascript:window.__pwned=1">j</a>`;

/** HTML meant to run script inside an HTML output's frame (no network needed to fire). */
export const HTML_PAYLOAD = `<p>payload</p><script>window.__pwned=1;alert(1)</script>` +
  `<img id="bad-img" src="data:," onerror="window.__pwned=1;alert(1)">` +
  `"></iframe><script>window.__pwned=1</script>`;

/** A 4×4 red PNG. */
export const PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGM4IScHRwzEcQCxYxBBO0tjggAAAABJRU5ErkJggg==";

const PLOTLY = "application/vnd.plotly.v1+json";

let ids = 0;
function md(source: string): Cell {
  return { cell_type: "markdown", id: `md-${ids++}`, metadata: {}, source };
}
function code(n: number, source: string, outputs: Output[]): Cell {
  return {
    cell_type: "code",
    id: `code-${ids++}`,
    metadata: {},
    source,
    execution_count: n,
    outputs,
  };
}
function notebook(cells: Cell[]): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
}
function result(n: number, data: Record<string, unknown>): Output {
  return { output_type: "execute_result", execution_count: n, data, metadata: {} };
}
function display(data: Record<string, unknown>, metadata: Record<string, unknown> = {}): Output {
  return { output_type: "display_data", data, metadata };
}

/** Victim First funding by year (llr_opcc_foi_0004_24_under18_services.txt lines 79-80). */
export const BAR_FIGURE = {
  data: [{ type: "bar", x: ["2021/22", "2022/23"], y: [561813, 572798], name: "Victim First" }],
  layout: { title: { text: "Victim First funding" }, yaxis: { tickprefix: "£" } },
  config: { displaylogo: true, responsive: true, showLink: true },
};

// Under-18 referrals to Victim First by quarter, 2021/22 (same document, line 79).
const SCATTER_FIGURE = {
  data: [{ type: "scatter", mode: "lines+markers", x: [1, 2, 3, 4], y: [352, 284, 331, 384] }],
  layout: { title: { text: PAYLOAD }, xaxis: { title: { text: "Quarter" } } },
};

const TABLE_HTML = `<div class="vc-out vc-table"><style>.vc-out table{border-collapse:collapse}
.vc-out th,.vc-out td{padding:2px 10px}</style><table><thead><tr><th>year</th>
<th class="n">value</th></tr></thead><tbody>
<tr><td>2021/22</td><td class="n">£561,813</td></tr>
<tr><td>2022/23</td><td class="n">£572,798</td></tr>
</tbody></table><p>2 rows × 2 columns</p></div>`;

/** The runs: charts, tables and images; script payloads; a cell error; a run that never ran. */
export function fixtureRuns(): NotebookRun[] {
  return [
    {
      name: "charts.ipynb",
      path: "notebooks/charts.ipynb",
      status: "ok",
      durationMs: 2300,
      notebook: notebook([
        md("# Charts\n\nFunding *by year*, from [the FOI](https://example.org/foi)."),
        code(1, "chart(fundingBars)", [
          result(1, { [PLOTLY]: BAR_FIGURE, "text/html": TABLE_HTML, "text/plain": "Chart" }),
        ]),
        code(2, "console.log(colours)", [
          { output_type: "stream", name: "stdout", text: ["\u001b[1;32mok\u001b[0m 3 rows\n"] },
          { output_type: "stream", name: "stderr", text: "\u001b[33mwarning\u001b[0m: approx\n" },
          display({ [PLOTLY]: SCATTER_FIGURE, "text/plain": "Chart" }),
        ]),
      ]),
    },
    {
      name: "tables.ipynb",
      path: "notebooks/tables.ipynb",
      status: "ok",
      durationMs: 640,
      notebook: notebook([
        md("## Tables and images\n\n| year | £ |\n|---|---|\n| 2021/22 | 561,813 |"),
        code(1, "show(funding)", [result(1, { "text/html": TABLE_HTML, "text/plain": "year …" })]),
        code(2, "png", [display({ "image/png": PNG, "text/plain": "<Image>" })]),
        code(3, "svg", [
          display({
            "image/svg+xml":
              `<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="#36c"/></svg>`,
          }),
        ]),
        code(4, "json", [display({ "application/json": { total: 1134611, unit: "GBP" } })]),
        code(5, "md", [display({ "text/markdown": "**Total**: £1,134,611" })]),
      ]),
    },
    {
      name: "payloads.ipynb",
      path: "notebooks/payloads.ipynb",
      status: "ok",
      durationMs: 12,
      notebook: notebook([
        md(
          `# Payloads\n\n${PAYLOAD}\n\n[click](javascript:window.__pwned=1) ` +
            `[tab](java\tscript:window.__pwned=1) <JAVASCRIPT:window.__pwned=1>\n\n` +
            `![img](javascript:window.__pwned=1)`,
        ),
        code(1, PAYLOAD, [
          { output_type: "stream", name: "stdout", text: PAYLOAD },
          result(1, { "text/plain": PAYLOAD }),
          display({ "text/html": HTML_PAYLOAD, "text/plain": PAYLOAD }),
          display({ "text/markdown": PAYLOAD }),
          display({ "application/json": { text: PAYLOAD } }),
          display({
            [PLOTLY]: {
              data: [{ type: "bar", x: [PAYLOAD], y: [1], name: PAYLOAD }],
              layout: { title: { text: PAYLOAD } },
            },
          }),
        ]),
        code(2, "throw new Error()", [
          { output_type: "error", ename: PAYLOAD, evalue: PAYLOAD, traceback: [PAYLOAD] },
        ]),
      ]),
    },
    {
      name: "broken.ipynb",
      path: "notebooks/broken.ipynb",
      status: "error",
      durationMs: 480,
      notebook: notebook([
        code(1, "const rows = 1;", []),
        code(2, "rows.map()", [{
          output_type: "error",
          ename: "TypeError",
          evalue: "rows.map is not a function",
          traceback: [
            "\u001b[31mTypeError\u001b[0m: rows.map is not a function",
            "    at \u001b[38;5;208m<anonymous>\u001b[0m:1:6",
          ],
        }]),
      ]),
      error: {
        cellIndex: 1,
        ename: "TypeError",
        evalue: "rows.map is not a function",
        traceback: ["\u001b[31mTypeError\u001b[0m: rows.map is not a function"],
      },
    },
    {
      name: "never.ipynb",
      path: "notebooks/never.ipynb",
      status: "failed-to-run",
      durationMs: 30,
      notebook: null,
      error: { message: `Cannot read notebook "notebooks/never.ipynb": ${PAYLOAD}` },
    },
  ];
}

/** Findings in the registry's shape; one claim carries a payload. */
export const FINDINGS: SiteFindings = {
  counts: { reproduced: 1, discrepancy: 1, coverage: 1, bounded: 1, "not-computable": 1 },
  items: [
    {
      // Line 79: 1351 under-18 referrals in 2021/22; its quarters 352 + 284 + 331 + 384 = 1351.
      id: "foi-0004-24-referrals-2021-22",
      claim: "Under-18 referrals to Victim First in 2021/22 add up by quarter",
      status: "reproduced",
      stated: 1351,
      computed: 1351,
      unit: "count",
      source: { seed: "llr_opcc_foi_0004_24_under18_services.txt", line: 79 },
    },
    {
      // Framework line 81 states £639,675; its Table 1 rows add to £639,676 (the findings module).
      id: "framework-csp-spend",
      claim: "Community safety partnership spend",
      status: "discrepancy",
      stated: 639675,
      computed: 639676,
      unit: "GBP",
      source: { seed: "llr_opcc_commissioning_framework_2024_25.txt", line: 81 },
      note: PAYLOAD,
    },
    {
      // Leicester FOI line 56: CYPFS 356; its ages (lines 108-176) add to 339: 339 / 356 = 95.2%.
      id: "leicester-coverage-age-cypfs",
      claim: "The age breakdown of CYPFS child victims against their count",
      status: "coverage",
      stated: 356,
      computed: 339,
      unit: "count",
      coverage: 339 / 356 * 100,
      source: { seed: "leicester_council_foi_child_victims_2020_21.txt", line: 56 },
    },
    {
      // Leicester FOI line 48 warns of double counting; question B's counts (lines 56-72) give at
      // least the largest, 1,171, and at most their sum, 2,153.
      id: "leicester-distinct-child-victims-domestic-abuse",
      claim: "Distinct child victims of domestic abuse",
      status: "bounded",
      stated: null,
      computed: null,
      unit: "count",
      bounds: { low: 1171, high: 356 + 204 + 258 + 1171 + 164 },
      source: { seed: "leicester_council_foi_child_victims_2020_21.txt", line: 48 },
    },
    {
      id: "payload",
      claim: PAYLOAD,
      status: "not-computable",
      stated: null,
      computed: null,
      unit: "percent",
      source: { seed: "not_a_seed.txt", line: 3 },
    },
  ],
};
