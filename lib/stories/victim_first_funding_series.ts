import { aq } from "../data/arquero.ts";
import type { TypedTable } from "../data/typed_table.ts";
import { describeValue } from "../format/describe_value.ts";
import { checkTable } from "../format/check_table.ts";
import { checkOptions, choices, stringOption } from "../format/options.ts";

/** The three tables {@linkcode victimFirstFundingSeries} joins, as `load()` returns them. */
export interface VictimFirstFundingSources {
  /** `load("victim_first_under18")`: FOI 0004-24, funding for 2021-22 and 2022-23. */
  victim_first_under18: aq.ColumnTable;
  /** `load("victim_first_contract")`: FOI 0017/24, payments up to, 2024-25 to 2028-29. */
  victim_first_contract: aq.ColumnTable;
  /** `load("commissioning_spend")`: the Commissioning Framework 2024-25, Table 1. */
  commissioning_spend: aq.ColumnTable;
}

/** Options for {@linkcode victimFirstFundingSeries}. */
export interface VictimFirstFundingSeriesOptions {
  /** The service's name in the tables; default `"Victim First"`. */
  service?: string;
}

/** A row of {@linkcode victimFirstFundingSeries}' result. */
export interface FundingSeriesRow {
  /** The financial year. */
  financial_year: string;
  /** `"Victim First"` for the service itself, or a grant row's project. */
  component: string;
  /** The document the figure comes from. */
  source: string;
  /** What the document's figure is: `funding`, `contract payments up to, … period`, `24/25 spend`. */
  basis: string;
  /** The figure; null when the document gives none. */
  value: number | null;
  /** `upper` for a maximum ("£ up to"); else null. */
  bound: string | null;
  /** Whether the figure is approximate. */
  approximate: boolean;
  /** How many documents give this year and component. */
  sources: number;
  /** `agree`, `differ` or `single source`. */
  agreement: string;
  /** The dataset the row comes from. */
  dataset: string;
  /** The source document's file in `seeds/`. */
  seed: string;
  /** The line of the figure in it. */
  line: number;
}

const COLUMNS = [
  "financial_year",
  "component",
  "source",
  "basis",
  "value",
  "bound",
  "approximate",
  "sources",
  "agreement",
  "dataset",
  "seed",
  "line",
];

/**
 * Joins every document that gives Victim First's funding into one series: one row per financial
 * year, component and source, saying whether the sources for a year agree.
 *
 * Components: `"Victim First"` is the service itself (FOI 0004-24's "Funding", FOI 0017/24's
 * contract payments "£ up to" — `bound: "upper"` — and Table 1's "24/25 Spend"); the framework's
 * grant rows whose project names the service (e.g. `"Qwell Service (Kooth), Victim First"`) are
 * separate components, never added to it. `sources` counts the documents giving that year and
 * component; `agreement` is `"agree"` (same value), `"differ"` or `"single source"`. `basis` says
 * what the document's figure is; `dataset`, `seed` and `line` say where it comes from. Years no
 * document covers (2023-24) are absent: pass the core rows of one source per year to
 * `yoyChange()` to see the gap.
 *
 * @param sources The three loaded tables.
 * @param options The service's name.
 * @returns A new table sorted by year, component (the service first) and source.
 * @throws {TypeError} When a table is missing or lacks a column the join reads.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { load } from "../mod.ts";
 * import { victimFirstFundingSeries } from "./mod.ts";
 *
 * const series = victimFirstFundingSeries({
 *   victim_first_under18: await load("victim_first_under18"),
 *   victim_first_contract: await load("victim_first_contract"),
 *   commissioning_spend: await load("commissioning_spend"),
 * });
 * const y2024 = series.filter((d) => d.financial_year === "2024-25" && d.component === "Victim First");
 * assert.deepEqual(y2024.array("value"), [500000, 500000]);
 * assert.deepEqual(y2024.array("agreement"), ["agree", "agree"]);
 * ```
 */
export function victimFirstFundingSeries(
  sources: VictimFirstFundingSources,
  options: VictimFirstFundingSeriesOptions = {},
): TypedTable<FundingSeriesRow> {
  const fn = "compute victimFirstFundingSeries()";
  checkOptions(fn, options, ["service"]);
  const service = stringOption(fn, "service", options.service, "Victim First");
  checkSources(fn, sources);
  const [first, ...rest] = SOURCES.map((from, rank) => {
    const { source, dataset } = from;
    const params = { service, suffix: `, ${service}`, rank, source, dataset };
    return sources[from.dataset].params(params).filter(from.rows).derive({
      component: from.component,
      source: "(d, $) => $.source",
      basis: from.basis,
      dataset: "(d, $) => $.dataset",
      __service: "(d, $) => $.service",
      __rank: "(d, $) => $.rank",
    }).select([
      ...COLUMNS.filter((c) => c !== "sources" && c !== "agreement"),
      "__service",
      "__rank",
    ]);
  });
  return first.concat(...rest)
    .groupby("financial_year", "component")
    .derive({
      sources: "d => op.count()",
      agreement: "d => op.count() === 1 ? 'single source' : " +
        "op.distinct(d.value) === 1 ? 'agree' : 'differ'",
      __core: "d => d.component === d.__service ? 0 : 1",
    })
    .ungroup()
    .orderby("financial_year", "__core", "component", "__rank")
    .select(COLUMNS)
    .reify() as TypedTable<FundingSeriesRow>;
}

// What each source gives: the columns the join reads, its rows of the service, and what they are.
// Sources are ranked by date: FOI 0004-24 (Feb 2024), FOI 0017/24 (Nov 2024), the framework.
const SOURCES: readonly {
  dataset: keyof VictimFirstFundingSources;
  needed: string[];
  rows: string;
  component: string;
  source: string;
  basis: string;
}[] = [
  {
    dataset: "victim_first_under18",
    needed: ["service", "financial_year", "quarter", "measure", "value"],
    rows: "(d, $) => d.service === $.service && d.measure === 'funding' && d.quarter == null",
    component: "(d, $) => $.service",
    source: "LLR OPCC FOI 0004-24",
    basis: "() => 'funding'",
  },
  {
    dataset: "victim_first_contract",
    needed: ["service", "financial_year", "period", "role", "value"],
    rows: "(d, $) => d.service === $.service && d.role === 'observation'",
    component: "(d, $) => $.service",
    source: "LLR OPCC FOI 0017/24",
    basis: "d => 'contract payments up to, ' + d.period + ' period'",
  },
  {
    // The service's own row, and grant rows whose project ends ", <service>".
    dataset: "commissioning_spend",
    needed: ["section", "project", "financial_year", "role", "value"],
    rows: "(d, $) => d.role === 'observation' && " +
      "(d.project === $.service || op.endswith(d.project, $.suffix))",
    component: "d => d.project",
    source: "LLR OPCC Commissioning Framework 2024-25, Table 1",
    basis: "d => d.section === 'grants' ? '24/25 spend (grant)' : '24/25 spend'",
  },
];
const SHARED = ["approximate", "bound", "seed", "line"];

function checkSources(fn: string, sources: unknown): void {
  if (sources === null || typeof sources !== "object") {
    throw new TypeError(
      `Cannot ${fn}: expected an object of tables, got ${describeValue(sources)}`,
    );
  }
  for (const { dataset: name, needed } of SOURCES) {
    const table = (sources as Record<string, unknown>)[name];
    checkTable(table, fn, { argument: `sources.${name} (load(${describeValue(name)}))` });
    const has = (table as aq.ColumnTable).columnNames();
    const missing = [...needed, ...SHARED].filter((col) => !has.includes(col));
    if (missing.length > 0) {
      throw new TypeError(
        `Cannot ${fn}: column${missing.length > 1 ? "s" : ""} ${
          choices(missing, "and")
        } missing from ` +
          `sources.${name}, which has ${choices(has, "and")}`,
      );
    }
  }
}
