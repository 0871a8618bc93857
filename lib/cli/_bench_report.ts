// Private to lib/cli: the shape of `deno task bench`'s results, its targets and its table.
import { formatValue } from "../format/format_value.ts";
import type { PandasResult } from "./_bench_pandas.ts";

/** One child phase's output: times in ms (every run), peak memory in MiB. */
export interface Phase {
  rows: number;
  load?: number[];
  ops?: Record<string, number[]>;
  peak_rss_mib: number;
}

/** Everything measured at one size. */
export interface SizeResult {
  rows: number;
  csv: Phase;
  /** pandas.read_csv on the same file, or null where pandas is not installed. */
  pandas: PandasResult | null;
  arrow: Phase;
  parquet: Phase | null;
  ops: Phase;
  plain: Phase;
}

/** A target of the performance issue and whether this run met it (null: not measured). */
export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean | null;
}

/** The whole run, as written to out/bench.json. */
export interface Bench {
  date: string;
  machine: { cores: number; os: string; deno: string; v8: string };
  runs: number;
  sizes: SizeResult[];
  /** Converting a large CSV to Arrow and Parquet (with --large), or null. */
  convert: {
    rows: number;
    seconds: number;
    peak_rss_mib: number;
    csv_mib: number;
    arrow_mib: number;
    parquet_mib: number;
  } | null;
  import: { bare_ms: number; lib_mod_ms: number; added_ms: number; runs: number };
  datasets: { count: number; median_ms: number; runs: number };
  targets: Target[];
}

/**
 * Runs a program of the benchmark to its end and returns what it printed; when it fails, the
 * error says what could not be done (`action`) and quotes the program's stderr.
 */
export async function outputOf(
  action: string,
  program: string,
  options: Omit<Deno.CommandOptions, "stdout" | "stderr">,
): Promise<string> {
  const command = new Deno.Command(program, { ...options, stdout: "piped", stderr: "piped" });
  const { success, stdout, stderr } = await command.output();
  const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  if (!success) throw new Error(`Cannot ${action}: ${text(stderr).trim()}`);
  return text(stdout);
}

/** The median of some numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`;

/** The targets of the performance issue, checked against the run. */
export function targets(bench: Bench): Target[] {
  const at = (rows: number) => bench.sizes.find((s) => s.rows === rows);
  const million = at(1_000_000);
  const five = at(5_000_000);
  const ops = million ? median(million.ops.ops!.total) : NaN;
  const arrow = million ? median(million.arrow.load!) : NaN;
  const csv = million ? csvRatios(million) : null;
  return [
    {
      name: "load 1M rows from CSV, against pandas.read_csv",
      limit: "<= 1x the faster pandas variant",
      value: csv === null
        ? "pandas not installed"
        : `${csv.pandas.toFixed(2)}x (${ms(csv.ours)} against ${ms(csv.fastest)})`,
      met: csv === null ? null : csv.pandas <= 1,
    },
    { name: "three operations, 1M rows", limit: "< 300 ms", value: ms(ops), met: ops < 300 },
    { name: "load 1M rows from Arrow", limit: "< 150 ms", value: ms(arrow), met: arrow < 150 },
    five === undefined
      ? {
        name: "5M rows processed (load + operations)",
        limit: "< 2 GiB",
        value: "run with --large",
        met: null,
      }
      : {
        name: "5M rows processed (load + operations)",
        limit: "< 2 GiB",
        value: `${Math.round(five.ops.peak_rss_mib)} MiB peak`,
        met: five.ops.peak_rss_mib < 2048,
      },
    bench.convert === null
      ? {
        name: "convert 10M rows, CSV to Arrow and Parquet",
        limit: "< 1 GiB peak",
        value: "run with --large",
        met: null,
      }
      : {
        name: `convert ${formatValue(bench.convert.rows, "count")} rows, CSV to Arrow and Parquet`,
        limit: "< 1 GiB peak",
        value: `${Math.round(bench.convert.peak_rss_mib)} MiB peak`,
        met: bench.convert.peak_rss_mib < 1024,
      },
    {
      name: "import lib/mod.ts over a bare deno run",
      limit: "< 100 ms",
      value: ms(bench.import.added_ms),
      met: bench.import.added_ms < 100,
    },
  ];
}

/** The CSV load beside pandas (its faster variant) and plain Arquero's fromCSV, as ratios. */
function csvRatios(s: SizeResult): {
  ours: number;
  fastest: number;
  pandas: number;
  arquero: number;
} | null {
  if (s.pandas === null) return null;
  const ours = median(s.csv.load!);
  const fastest = Math.min(median(s.pandas.schema.load), median(s.pandas.float64.load));
  return { ours, fastest, pandas: ours / fastest, arquero: ours / median(s.plain.load!) };
}

function row(cells: string[]): string {
  const widths = [11, 36, 10, 13, 10];
  return cells.map((c, i) => i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i])).join(" ");
}

function rate(rows: number, time: number): string {
  return `${(rows / time / 1000).toFixed(2)} M/s`;
}

function sizeLines(s: SizeResult): string[] {
  const lines: string[] = [];
  const add = (label: string, times: number[] | undefined, peak: number | null) => {
    if (times === undefined) return;
    const t = median(times);
    lines.push(row([
      lines.length === 0 ? formatValue(s.rows, "count") : "",
      label,
      ms(t),
      rate(s.rows, t),
      peak === null ? "" : `${Math.round(peak)} MiB`,
    ]));
  };
  add("load CSV", s.csv.load, s.csv.peak_rss_mib);
  if (s.pandas) {
    add("pandas.read_csv, schema dtypes", s.pandas.schema.load, s.pandas.schema.peak_rss_mib);
    add(
      "pandas.read_csv, numbers as float64",
      s.pandas.float64.load,
      s.pandas.float64.peak_rss_mib,
    );
  }
  add("load Arrow (columnar copy)", s.arrow.load, s.arrow.peak_rss_mib);
  if (s.parquet) add("load Parquet", s.parquet.load, s.parquet.peak_rss_mib);
  add("year-on-year change (year, quarter)", s.ops.ops!.changes, null);
  add("breakdowns (age, sex, ethnicity)", s.ops.ops!.breakdowns, null);
  add("budget shares by service", s.ops.ops!.budget, null);
  add("three operations together", s.ops.ops!.total, s.ops.peak_rss_mib);
  add("plain Arquero: fromCSV", s.plain.load, null);
  add("plain Arquero: three operations", s.plain.ops!.total, s.plain.peak_rss_mib);
  return lines;
}

function csvLine(s: SizeResult): string {
  const rows = formatValue(s.rows, "count");
  const r = csvRatios(s);
  if (r === null) {
    return `CSV load, ${rows} rows: ${(median(s.csv.load!) / median(s.plain.load!)).toFixed(2)}x ` +
      "plain Arquero's fromCSV (pandas not installed)";
  }
  return `CSV load, ${rows} rows: ${r.pandas.toFixed(2)}x pandas ${s.pandas!.version}'s ` +
    `read_csv (the faster variant), ${r.arquero.toFixed(2)}x plain Arquero's fromCSV`;
}

/** The run as a readable table, then the targets. */
export function formatBench(b: Bench): string {
  const lines = [
    `Referral extract benchmarks: median of ${b.runs} runs (at most 3 for CSV, pandas and plain ` +
    `Arquero above 1M rows; plain Arquero's fromCSV once; no Parquet above 1M rows); ` +
    `${b.machine.cores} cores, ${b.machine.os}, Deno ${b.machine.deno}`,
    "",
    row(["rows", "step", "median", "rows/s", "peak RSS"]),
    ...b.sizes.flatMap(sizeLines),
    "",
    ...b.sizes.map(csvLine),
    ...(b.convert === null ? [] : [
      `Convert ${formatValue(b.convert.rows, "count")} rows (CSV, ` +
      `${Math.round(b.convert.csv_mib)} MiB) to Arrow (${Math.round(b.convert.arrow_mib)} MiB) ` +
      `and Parquet (${Math.round(b.convert.parquet_mib)} MiB), a million rows at a time: ` +
      `${b.convert.seconds.toFixed(1)} s, peak RSS ${Math.round(b.convert.peak_rss_mib)} MiB`,
    ]),
    `Import lib/mod.ts: ${ms(b.import.added_ms)} over a bare deno run (${ms(b.import.bare_ms)} ` +
    `bare, ${ms(b.import.lib_mod_ms)} with the import; median of ${b.import.runs})`,
    `Load every published dataset (${b.datasets.count}): ${ms(b.datasets.median_ms)}`,
    "",
    "Targets:",
    ...b.targets.map((t) =>
      `  ${t.met === null ? "-" : t.met ? "met " : "MISSED"} ${t.name}: ${t.value} (${t.limit})`
    ),
  ];
  return lines.join("\n");
}
