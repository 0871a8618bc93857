/**
 * The analyst's toolkit for public data on how services for victims of crime are commissioned and
 * funded in England: tidy datasets extracted from Freedom of Information responses and a
 * commissioning framework, every figure traceable to its document and line; the analysis verbs;
 * Plotly charts; and display for Jupyter notebooks.
 *
 * ```ts
 * import assert from "node:assert/strict";
 * import { catalog, load } from "./mod.ts";
 *
 * assert.ok(catalog().some((d) => d.name === "commissioning_spend"));
 * const spend = await load("commissioning_spend", { stated: true });
 * assert.equal(spend.filter((d) => d.role === "total").numRows(), 2);
 * ```
 *
 * Import it by path from a notebook or script in any folder (`import { load } from
 * "/path/to/clone/lib/mod.ts"`): its npm packages are pinned in lib/deps.ts, so Deno resolves them
 * without this project's deno.json.
 *
 * Other entry modules, kept out of this one so a notebook loads only what it uses:
 * `lib/findings/mod.ts` (the findings registry: stated figures re-checked), `lib/notebook/mod.ts` (the headless runner),
 * `lib/report/mod.ts` (the report site), `lib/ingest/mod.ts` (reading unseen FOI responses),
 * `lib/extract/mod.ts` (the extractors), `lib/scale/mod.ts` (referral-level extracts),
 * `lib/parse/mod.ts` (the figure parsers), `lib/interop/mod.ts` (danfojs), `lib/sources/mod.ts`
 * (your own documents: `deno task add`).
 *
 * The layers run one way, each importing only those below it (held by tests/layers_test.ts):
 *
 * ```text
 * io → parse → format → datasets → data → analysis → findings / charts / stories / publish
 *   → picture → display
 * ```
 *
 * `io` is the bottom (project folders, whole-file writes, CSV), `data` loads the `datasets` into
 * tables, `findings`, `charts`, `stories` and `publish` are siblings over `analysis`, and
 * `display` shows what they make. The runner (`notebook`), `report`, `ingest`, `extract`, `scale`,
 * `interop`, `sources` and `cli` stand apart: no layer imports them, and this entry does not reach
 * them.
 *
 * The source documents are published under the Open Government Licence v3.0 by the Office of the
 * Police and Crime Commissioner for Leicester, Leicestershire and Rutland, Leicester City
 * Council, and the Nottinghamshire Office of the Police and Crime Commissioner.
 *
 * @module
 */

// Loading
export { aq, type ColumnTable } from "./data/arquero.ts";
export { load, type LoadableName, type LoadedRow, type LoadOptions } from "./data/load.ts";
export type { UserDatasetName } from "./datasets/user_dataset_names.ts";
export type { RowExpr, RowObject, TypedMethods, TypedTable } from "./data/typed_table.ts";
export { catalog, type CatalogOptions, type ColumnInfo, type DatasetInfo } from "./data/catalog.ts";
export { DatasetError, type DatasetIssue } from "./data/dataset_error.ts";
export { readManifest, type SeedInfo } from "./data/manifest.ts";
export { cite, type Cited, type CiteOptions } from "./data/cite.ts";
export { readSeeds } from "./data/read_seeds.ts";
export { type SeedLine, seedLine, type SeedLineOptions } from "./data/seed_line.ts";
// Each dataset's row type, DatasetName, DatasetRows (and DATASETS as a type, which they are read from).
export type * from "./datasets/row_types.ts";

// Periods and figures
export { type FinancialYear, parseFinancialYear } from "./parse/financial_year.ts";
export { financialYearOf } from "./parse/financial_year_of.ts";
export { compareFinancialYears } from "./parse/compare_financial_years.ts";

// Analysis
export {
  type AgeBand,
  ageBands,
  type AgeBandsOptions,
  aggregateBy,
  type AggregateByOptions,
  annualise,
  type AnnualiseOptions,
  breakdown,
  type BreakdownOptions,
  budgetShares,
  type BudgetSharesOptions,
  type BudgetSharesResult,
  coverage,
  type CoverageOptions,
  type GrimCheck,
  grimCheck,
  type GrimCheckOptions,
  reconcile,
  type ReconcileOptions,
  type ShareBounds,
  shareBounds,
  shareOf,
  type ShareOfOptions,
  type StatedTolerance,
  statedTolerance,
  type StatedToleranceOptions,
  yoyChange,
  type YoyChangeOptions,
} from "./analysis/mod.ts";

// Publishing safely: disclosure control for counts from case-level records
export {
  type DisclosedCell,
  disclosedCells,
  type DisclosedCellsOptions,
  type SpreadsheetTable,
  suppress,
  suppressionReason,
  type SuppressOptions,
  toSpreadsheet,
  type ToSpreadsheetOptions,
} from "./publish/mod.ts";

// Stories: series across particular datasets
export {
  type FundingSeriesRow,
  victimFirstFundingSeries,
  type VictimFirstFundingSeriesOptions,
  type VictimFirstFundingSources,
} from "./stories/mod.ts";

// Charts
export {
  barChart,
  type BarChartOptions,
  contrastRatio,
  type Figure,
  lineChart,
  type LineChartOptions,
  PALETTE,
  paletteContrastProblems,
  stackedBar,
  type StackedBarOptions,
  sunburst,
  treemap,
  waterfall,
  type WaterfallOptions,
} from "./charts/mod.ts";

// Display and the narrative
export {
  altText,
  chart,
  type ChartOptions,
  citeSources,
  count,
  display,
  type Displayable,
  gbp,
  type Markdown,
  md,
  num,
  pct,
  show,
  type ShowOptions,
  toDisplayable,
} from "./display/mod.ts";

// Formatting: one rule for every table, chart, sentence and finding
export {
  formatUnit,
  type FormatUnitOptions,
  formatValue,
  type FormatValueOptions,
  plural,
  type ValueFormat,
} from "./format/mod.ts";

// Types the exports above refer to
export type {
  AgeBandRow,
  Annualised,
  AnnualisedColumns,
  AnnualiseValueOptions,
  BreakdownRow,
  BudgetShareRow,
  CheckStatus,
  CountColumnOptions,
  CoverageKind,
  CoverageRow,
  FigureColumnOptions,
  FigurePrecision,
  ReconcileRow,
  ReconcileStatus,
  RoleOptions,
  ShareOfRow,
  YoyChangeRow,
} from "./analysis/mod.ts";
export type {
  BaseChartOptions,
  HierarchyOptions,
  JsonObject,
  JsonValue,
  SourceInfo,
  Trace,
  XYChartOptions,
} from "./charts/mod.ts";
export {
  type CellFormat,
  type CitedSource,
  type CountOptions,
  type GbpOptions,
  JUPYTER_DISPLAY,
  type MarkdownValue,
  type MimeBundle,
  type NumOptions,
  type PctOptions,
} from "./display/mod.ts";
