// `deno task ingest FILE... [--out DIR] [--format csv|json] [--check]`: reads FOI responses (text,
// markdown or HTML), writes each one's figures and tables to DIR (default out/ingest/), and
// prints a summary per file: figures, tables, warnings, and with --check whether the stated
// totals reconcile. Outputs are named after each file (see outputStems(): two files named alike
// get names that tell them apart, never one overwriting the other). Exit status: 0 when every
// file was read (a discrepancy is a result, not a failure); 1 when a file could not be read (the
// others are still written); 2 for bad arguments, nothing written.
import { OUT_DIR } from "../io/paths.ts";
import { plural } from "../format/plural.ts";
import {
  checkTotals,
  ingest,
  type IngestResult,
  outputStems,
  readDocument,
  type TotalCheck,
  writeIngest,
} from "../ingest/mod.ts";
import { commandLine } from "./_args.ts";

const USAGE = "Usage: deno task ingest FILE... [--out DIR] [--format csv|json] [--check]";

interface Options {
  files: string[];
  stems: string[];
  out: string;
  format: "csv" | "json";
  check: boolean;
}

const flags = {
  out: { type: "string", short: "o" },
  format: { type: "string", short: "f", default: "csv" },
  check: { type: "boolean", default: false },
  help: { type: "boolean", short: "h" },
} as const;
// A bad argument is printed above the usage, which is one line here.
const parsed = commandLine(
  USAGE,
  { options: flags, allowPositionals: true },
  ({ values, positionals }): Options => {
    if (values.format !== "csv" && values.format !== "json") {
      throw new RangeError(`Cannot use --format "${values.format}": expected csv or json`);
    }
    if (positionals.length === 0) throw new TypeError("Cannot ingest: no FILE given");
    return {
      files: positionals,
      stems: outputStems(positionals),
      out: values.out ?? `${OUT_DIR}ingest`,
      format: values.format,
      check: values.check,
    };
  },
  "\n",
);

function summary(file: string, result: IngestResult, paths: string[]): string {
  const { figures, tables, warnings } = result;
  const counts = [[figures, "figure"], [tables, "table"], [warnings, "warning"]] as const;
  const lines = [
    `${file}: ${counts.map(([list, noun]) => plural(list.length, noun)).join(", ")} → ` +
    paths.join(", "),
  ];
  for (const w of warnings) lines.push(`  warning, line ${w.line}: ${w.message}`);
  return lines.join("\n");
}

function checkLines(checks: readonly TotalCheck[]): string {
  if (checks.length === 0) return "  check: no stated totals";
  return checks.map((c) => {
    const parts = `${c.parts.length} parts`;
    return `  check, line ${c.line} (${c.role}) ${c.label}: stated ${c.stated}, ` +
      `computed ${c.computed} from ${parts}: ${c.status}`;
  }).join("\n");
}

async function ingestFile(file: string, basename: string, options: Options) {
  const text = await readDocument(file);
  const result = ingest(text, { source: file.split(/[/\\]/).pop() });
  const checks = options.check ? checkTotals(result) : undefined;
  const { out, format } = options;
  const paths = await writeIngest(result, out, { format, checks, basename });
  console.log(summary(file, result, paths));
  if (checks) console.log(checkLines(checks));
}

let failed = 0;
for (const [i, file] of parsed.files.entries()) {
  try {
    await ingestFile(file, parsed.stems[i], parsed);
  } catch (error) {
    failed++;
    const message = error instanceof Error ? error.message : String(error);
    console.error(message.includes(`"${file}"`) ? message : `Cannot ingest "${file}": ${message}`);
  }
}
if (failed > 0) Deno.exit(1);
