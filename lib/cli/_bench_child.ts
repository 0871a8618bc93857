// Private to lib/cli: one phase of `deno task bench` in a process of its own, so each phase's peak
// memory is its own. Run as `deno run -A lib/cli/_bench_child.ts PHASE STEM RUNS`; prints one
// JSON object: the timings (milliseconds, every run) and the process's peak resident memory.
//   prepare  generate the extract (seed 1), write STEM.csv, convert it to STEM.arrow and
//            STEM.parquet as `deno task convert` does (no Parquet above 1M rows)
//   csv-only generate the extract and write STEM.csv only
//   convert  convert STEM.csv to STEM-converted.arrow and .parquet (deleted after), timed once
//   csv | arrow | parquet   load STEM.<format> RUNS times
//   ops      load STEM.arrow, then the three operations RUNS times (after one untimed run)
//   plain    plain Arquero: read STEM.csv with fromCSV, then the three operations RUNS times
import { aq } from "../data/arquero.ts";
import {
  convertReferrals,
  generateReferrals,
  loadReferrals,
  referralBreakdowns,
  referralBudget,
  referralChanges,
  writeReferrals,
} from "../scale/mod.ts";
import { plainBreakdowns, plainBudget, plainChanges } from "./_bench_plain.ts";

const [phase, stem, runsText, rowsText] = Deno.args;
const runs = Number(runsText);
const result: Record<string, unknown> = { phase };

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

// Linux keeps the process's high-water mark of resident memory; elsewhere, the current RSS.
function peakMiB(): number {
  try {
    const status = Deno.readTextFileSync("/proc/self/status");
    const kib = /VmHWM:\s+(\d+) kB/.exec(status);
    if (kib !== null) return Number(kib[1]) / 1024;
  } catch { /* not Linux */ }
  return Deno.memoryUsage().rss / 2 ** 20;
}

function operations(t: aq.ColumnTable, ops: [string, (t: aq.ColumnTable) => unknown][]) {
  for (const [, op] of ops) op(t); // warm up the compiled code once, untimed
  const times: Record<string, number[]> = { total: [] };
  for (let run = 0; run < runs; run++) {
    let total = 0;
    for (const [name, op] of ops) {
      const ms = time(() => op(t));
      (times[name] ??= []).push(ms);
      total += ms;
    }
    times.total.push(total);
  }
  return times;
}

if (phase === "prepare" || phase === "csv-only") {
  await writeReferrals(`${stem}.csv`, generateReferrals(Number(rowsText), { seed: 1 }));
  if (phase === "prepare") {
    const parquet = Number(rowsText) <= 1_000_000 ? undefined : null;
    await convertReferrals(`${stem}.csv`, { parquet });
  }
} else if (phase === "convert") {
  const out = { arrow: `${stem}-converted.arrow`, parquet: `${stem}-converted.parquet` };
  const [ms, done] = await timeAsync(() => convertReferrals(`${stem}.csv`, out));
  result.rows = done.rows;
  result.load = [ms];
  for (const file of done.files) {
    result[file.endsWith(".arrow") ? "arrow_mib" : "parquet_mib"] = (await Deno.stat(file)).size /
      2 ** 20;
    await Deno.remove(file);
  }
} else if (phase === "csv" || phase === "arrow" || phase === "parquet") {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const [ms, table] = await timeAsync(() => loadReferrals(`${stem}.${phase}`));
    times.push(ms);
    result.rows = table.numRows();
  }
  result.load = times;
} else if (phase === "ops") {
  const table = await loadReferrals(`${stem}.arrow`);
  result.rows = table.numRows();
  result.ops = operations(table, [
    ["changes", (t) => referralChanges(t)],
    ["breakdowns", (t) => referralBreakdowns(t)],
    ["budget", (t) => referralBudget(t)],
  ]);
} else if (phase === "plain") {
  const [ms, table] = await timeAsync(async () =>
    aq.fromCSV(await Deno.readTextFile(`${stem}.csv`))
  );
  result.load = [ms];
  result.rows = table.numRows();
  result.ops = operations(table, [
    ["changes", plainChanges],
    ["breakdowns", plainBreakdowns],
    ["budget", plainBudget],
  ]);
} else {
  throw new RangeError(`Cannot run benchmark phase ${JSON.stringify(phase)}: no such phase`);
}
result.peak_rss_mib = peakMiB();
console.log(JSON.stringify(result));
