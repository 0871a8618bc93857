// `deno task convert FILE.csv [--no-parquet]`: checks a referral extract and writes its columnar
// copies beside it, FILE.arrow (the fast one to load) and FILE.parquet (for other tools), a batch
// of rows at a time (memory holds one batch, whatever the file's size), each written whole or not
// at all and carrying its checksum. Exit status: 0 when written; 1 when the file is not a valid
// extract (the message names the file, line, column and value); 2 for a usage mistake.
import { formatValue } from "../format/format_value.ts";
import { convertReferrals } from "../scale/mod.ts";
import { orExit1 } from "./_args.ts";

const USAGE = "Usage: deno task convert FILE.csv [--no-parquet]";
const args = Deno.args.filter((a) => a !== "--no-parquet");
const parquet = !Deno.args.includes("--no-parquet");
if (args.length !== 1 || args[0].startsWith("-") || !args[0].toLowerCase().endsWith(".csv")) {
  if (args.length === 1) console.error(`Cannot convert "${args[0]}": expected a .csv file`);
  console.error(USAGE);
  Deno.exit(2);
}
const csv = args[0];
await orExit1(async () => {
  const started = performance.now();
  const { rows, files } = await convertReferrals(csv, parquet ? {} : { parquet: null });
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(`Converted ${formatValue(rows, "count")} referrals from ${csv} in ${seconds} s`);
  for (const path of files) {
    const size = (await Deno.stat(path)).size / 2 ** 20;
    console.log(`Wrote ${path} (${size.toFixed(1)} MiB)`);
  }
});
