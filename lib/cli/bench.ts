// `deno task bench [--large] [--runs N]`: times loading a referral-level extract (CSV, Arrow,
// Parquet) and the three everyday operations on it at 100,000 and 1,000,000 rows (and 5,000,000
// with --large), each phase in a process of its own for its peak memory; plain Arquero on the
// same work for comparison; the time importing lib/mod.ts adds to a bare `deno run`; and loading
// every published dataset. Prints a table and the targets, writes out/bench.json. The extracts
// are generated (seed 1) into .cache/bench/ on first use and reused after. Exit status 0, or 1
// when a target is missed.
import { datasetNames } from "../datasets/registry.ts";
import { load } from "../data/load.ts";
import { OUT_DIR, PROJECT_ROOT } from "../data/paths.ts";
import { writeFileAtomic } from "../data/write_file_atomic.ts";
import { formatValue } from "../display/format_value.ts";
import { type Bench, formatBench, median, type SizeResult, targets } from "./_bench_report.ts";
import { findPandas, timePandas } from "./_bench_pandas.ts";

const args = parseArgs(Deno.args);
const CACHE = `${PROJECT_ROOT}.cache/bench`;
const CHILD = new URL("./_bench_child.ts", import.meta.url).pathname;
// Bump when the generator's output changes, so stale extracts are not reused.
const VERSION = "v1";

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
  const { success, stdout, stderr } = await new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", CHILD, phase, stem, String(runs), String(rows)],
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!success) {
    throw new Error(`Benchmark phase ${phase} failed: ${new TextDecoder().decode(stderr)}`);
  }
  return JSON.parse(new TextDecoder().decode(stdout).trim().split("\n").pop()!);
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
  return {
    rows,
    csv: await child("csv", stem, few),
    pandas: PYTHON === null ? null : await timePandas(PYTHON, `${stem}.csv`, few),
    arrow: await child("arrow", stem, args.runs),
    parquet,
    ops: await child("ops", stem, args.runs),
    plain: await child("plain", stem, few),
  };
}

// Wall time of `deno run` on a file that imports lib/mod.ts, and on one that imports nothing.
async function importTime(): Promise<Bench["import"]> {
  const bare = `${CACHE}/bare.ts`;
  const withMod = `${CACHE}/import_mod.ts`;
  await Deno.writeTextFile(bare, "export {};\n");
  await Deno.writeTextFile(withMod, 'import "../../lib/mod.ts";\n');
  const run = async (file: string) => {
    const start = performance.now();
    await new Deno.Command(Deno.execPath(), { args: ["run", "-A", file] }).output();
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
  import: await importTime(),
  datasets: await datasetsTime(),
  targets: [],
};
bench.targets = targets(bench);
console.log(formatBench(bench));
await writeFileAtomic(`${OUT_DIR}bench.json`, JSON.stringify(bench, null, 2) + "\n");
console.log(`Wrote out/bench.json`);
if (bench.targets.some((t) => t.met === false)) Deno.exit(1);
