// `deno task convert FILE.csv [--no-parquet]`: checks a referral extract and writes its columnar
// copies beside it, FILE.arrow (the fast one to load) and FILE.parquet (for other tools), each
// written whole or not at all. Exit status: 0 when written; 1 when the file is not a valid
// extract (the message names the file, line, column and value); 2 for a usage mistake.
import { formatValue } from "../format/format_value.ts";
import { loadReferrals, writeReferrals } from "../scale/mod.ts";

const USAGE = "Usage: deno task convert FILE.csv [--no-parquet]";
const args = Deno.args.filter((a) => a !== "--no-parquet");
const parquet = !Deno.args.includes("--no-parquet");
if (args.length !== 1 || args[0].startsWith("-") || !args[0].toLowerCase().endsWith(".csv")) {
  if (args.length === 1) console.error(`Cannot convert "${args[0]}": expected a .csv file`);
  console.error(USAGE);
  Deno.exit(2);
}
const csv = args[0];
const stem = csv.slice(0, -".csv".length);
try {
  let started = performance.now();
  const table = await loadReferrals(csv);
  console.log(
    `Read ${formatValue(table.numRows(), "count")} referrals from ${csv} in ${since(started)}`,
  );
  for (const path of [`${stem}.arrow`, ...(parquet ? [`${stem}.parquet`] : [])]) {
    started = performance.now();
    await writeReferrals(path, table);
    const size = (await Deno.stat(path)).size / 2 ** 20;
    console.log(`Wrote ${path} (${size.toFixed(1)} MiB) in ${since(started)}`);
  }
} catch (error) {
  if (error instanceof Deno.errors.NotFound) {
    console.error(`Cannot convert "${csv}": no such file`);
  } else console.error(error instanceof Error ? error.message : String(error));
  Deno.exit(1);
}

function since(start: number): string {
  return `${((performance.now() - start) / 1000).toFixed(2)} s`;
}
