// `deno task bench [--large] [--runs N]`: times loading a referral-level extract (CSV, Arrow,
// Parquet) and the three everyday operations on it at 100,000 and 1,000,000 rows (and 5,000,000
// with --large), each phase in a process of its own for its peak memory; pandas.read_csv and
// plain Arquero on the same file and work for comparison; with --large, converting a
// 10,000,000-row CSV to Arrow and Parquet and the converting process's peak memory; the time
// importing lib/mod.ts adds to a bare `deno run`; loading every published dataset; and `deno task
// reproduce` cold and warm beside nbconvert (_bench_reproduce.ts). Prints a table and the
// targets, writes out/bench.json. The extracts are generated (seed 1) into
// .cache/bench/ on first use and reused after. Exit status 0, or 1 when a target is missed.
import { datasetNames } from "../datasets/registry.ts";
import { load } from "../data/load.ts";
import { OUT_DIR, PROJECT_ROOT } from "../io/paths.ts";
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import { formatValue } from "../format/format_value.ts";
import {
  type Bench,
  formatBench,
  median,
  outputOf,
  type Phase,
  type SizeResult,
  targets,
} from "./_bench_report.ts";
import { findPandas, type PandasResult, timePandas } from "./_bench_pandas.ts";
import { benchReproduce, formatReproduceBench } from "./_bench_reproduce.ts";

const args = parseArgs(Deno.args);
const CACHE = `${PROJECT_ROOT}.cache/bench`;
const CHILD = new URL("./_bench_child.ts", import.meta.url).pathname;
// Bump when the generator's or the writers' output changes, so stale extracts are not reused.
const VERSION = "v3";
const CONVERT_ROWS = 10_000_000;

function parseArgs(list: string[]): { large: boolean; runs: number } {
  const runsAt = list.indexOf("--runs");
  const runs = runsAt < 0 ? 5 : Number(list[runsAt + 1]);
  const known = list.every((a, i) => a === "--large" || a === "--runs" || list[i - 1] === "--runs");
  if (!known || !Number.isInteger(runs) || runs < 1) {
    console.error("Usage: deno task bench [--large] [--runs N]   (N a whole number, default 5)");
    Deno.exit(2);
  }
  return { large: list.includes("--large"), runs };
}

async function child(phase: string, stem: string, runs: number, rows = 0) {
  const out = await outputOf(`run benchmark phase ${phase}`, Deno.execPath(), {
    args: ["run", "-A", CHILD, phase, stem, String(runs), String(rows)],
  });
  return JSON.parse(out.trim().split("\n").pop()!);
}

async function exists(path: string): Promise<boolean> {
  return await Deno.stat(path).then(() => true, () => false);
}

async function measureSize(rows: number): Promise<SizeResult> {
  const stem = `${CACHE}/referrals-${VERSION}-${rows}`;
  if (!(await exists(`${stem}.arrow`)) || !(await exists(`${stem}.csv`))) {
    console.error(`Generating ${formatValue(rows, "count")} referrals in ${stem}.* …`);
    await child("prepare", stem, 1, rows);
  }
  const few = rows > 1_000_000 ? Math.min(args.runs, 3) : args.runs;
  console.error(`Timing ${formatValue(rows, "count")} rows …`);
  const parquet = await exists(`${stem}.parquet`) ? await child("parquet", stem, few) : null;
  const { csv, pandas } = await csvAgainstPandas(stem, few);
  return {
    rows,
    csv,
    pandas,
    arrow: await child("arrow", stem, args.runs),
    parquet,
    ops: await child("ops", stem, args.runs),
    plain: await child("plain", stem, few),
  };
}

// The CSV load and pandas.read_csv in turns, half the runs each time, so a spell of load on a
// shared machine falls on both rather than on one.
async function csvAgainstPandas(stem: string, runs: number) {
  const halves = [Math.ceil(runs / 2), Math.floor(runs / 2)].filter((n) => n > 0);
  const ours: Phase[] = [];
  const theirs: PandasResult[] = [];
  for (const n of halves) {
    ours.push(await child("csv", stem, n));
    if (PYTHON !== null) theirs.push(await timePandas(PYTHON, `${stem}.csv`, n));
  }
  const pandas = theirs.length === 0 ? null : {
    version: theirs[0].version,
    schema: theirs.map((t) => t.schema).reduce(merge),
    float64: theirs.map((t) => t.float64).reduce(merge),
  };
  return { csv: ours.reduce(merge), pandas };
}

function merge<T extends { load?: number[]; peak_rss_mib: number }>(a: T, b: T): T {
  return {
    ...a,
    load: [...a.load!, ...b.load!],
    peak_rss_mib: Math.max(a.peak_rss_mib, b.peak_rss_mib),
  };
}

// Converting a CSV larger than the others (about 540 MB) in a process of its own, for its peak
// memory: the streaming conversion must stay under 1 GiB.
async function measureConvert(): Promise<Bench["convert"]> {
  const stem = `${CACHE}/referrals-${VERSION}-${CONVERT_ROWS}`;
  if (!(await exists(`${stem}.csv`))) {
    console.error(`Generating ${formatValue(CONVERT_ROWS, "count")} referrals in ${stem}.csv …`);
    await child("csv-only", stem, 1, CONVERT_ROWS);
  }
  console.error(`Converting ${formatValue(CONVERT_ROWS, "count")} rows to Arrow and Parquet …`);
  const phase = await child("convert", stem, 1);
  return {
    rows: phase.rows,
    seconds: phase.load[0] / 1000,
    peak_rss_mib: phase.peak_rss_mib,
    csv_mib: (await Deno.stat(`${stem}.csv`)).size / 2 ** 20,
    arrow_mib: phase.arrow_mib,
    parquet_mib: phase.parquet_mib,
  };
}

// Wall time of `deno run` on a file that imports lib/mod.ts, and on one that imports nothing.
async function importTime(): Promise<Bench["import"]> {
  const bare = `${CACHE}/bare.ts`;
  const withMod = `${CACHE}/import_mod.ts`;
  await Deno.writeTextFile(bare, "export {};\n");
  // By absolute URL: the file sits in .cache/bench/, and a relative path is easy to get wrong.
  const mod = new URL("lib/mod.ts", `file://${PROJECT_ROOT}`).href;
  await Deno.writeTextFile(withMod, `import ${JSON.stringify(mod)};\n`);
  const run = async (file: string) => {
    const start = performance.now();
    // A run that fails (a module not found) throws, rather than being timed as a fast import.
    await outputOf(`time importing ${file}`, Deno.execPath(), { args: ["run", "-A", file] });
    return performance.now() - start;
  };
  const times: Record<string, number[]> = { bare: [], mod: [] };
  for (let i = 0; i < 13; i++) {
    const b = await run(bare);
    const m = await run(withMod);
    if (i < 2) continue; // the first runs fill caches
    times.bare.push(b);
    times.mod.push(m);
  }
  const bareMs = median(times.bare);
  const modMs = median(times.mod);
  return { bare_ms: bareMs, lib_mod_ms: modMs, added_ms: modMs - bareMs, runs: times.mod.length };
}

async function datasetsTime(): Promise<Bench["datasets"]> {
  const names = datasetNames();
  const times: number[] = [];
  for (let run = 0; run < args.runs; run++) {
    const start = performance.now();
    for (const name of names) await load(name);
    times.push(performance.now() - start);
  }
  return { count: names.length, median_ms: median(times), runs: times.length };
}

// pandas.read_csv is the yardstick for the CSV load; under CI its absence is a failure.
const PYTHON = await findPandas();
if (PYTHON === null) {
  const message = "pandas is not installed (apt-get install python3-pandas)";
  if (Deno.env.get("CI") === "true") throw new Error(`Cannot benchmark: ${message}`);
  console.error(`${message}: the CSV load is not compared with pandas.read_csv`);
}
await Deno.mkdir(CACHE, { recursive: true });
const sizes = [100_000, 1_000_000, ...(args.large ? [5_000_000] : [])];
const measured: SizeResult[] = [];
for (const rows of sizes) measured.push(await measureSize(rows));
const bench: Bench = {
  date: new Date().toISOString(),
  machine: {
    cores: navigator.hardwareConcurrency,
    os: `${Deno.build.os} ${Deno.build.arch}`,
    deno: Deno.version.deno,
    v8: Deno.version.v8,
  },
  runs: args.runs,
  sizes: measured,
  convert: args.large ? await measureConvert() : null,
  import: await importTime(),
  datasets: await datasetsTime(),
  targets: [],
};
bench.targets = targets(bench);
console.log(formatBench(bench));
const reproduce = await benchReproduce(Math.min(args.runs, 3));
console.log(formatReproduceBench(reproduce));
await writeFileAtomic(
  `${OUT_DIR}bench.json`,
  JSON.stringify({ ...bench, reproduce }, null, 2) + "\n",
);
console.log(`Wrote out/bench.json`);
const reproduceMissed = (reproduce.cold_to_nbconvert ?? 0) >= 1 / 3;
if (bench.targets.some((t) => t.met === false) || reproduceMissed) Deno.exit(1);
