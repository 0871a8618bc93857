// Private to lib/cli: `pandas.read_csv` on the same referral CSV, for `deno task bench` to set the
// toolkit's CSV load beside the tool analysts compare it with. Timed inside Python (the
// interpreter's start and `import pandas` are not counted, as Deno's start is not counted for
// ours), with the dtypes the schema implies: text as `category`, whole numbers as pandas' nullable
// integer of the schema's range (`Int8` for age), other numbers as `float64`. pandas' own default
// for a whole-number column with gaps is `float64`, which it reads faster than `Int8`, so that
// variant is timed too, and the toolkit is held to the faster of the two.
import { REFERRAL_SCHEMA, type ReferralColumn } from "../scale/mod.ts";
import { outputOf } from "./_bench_report.ts";

/** The timings of one pandas variant, as a benchmark phase (times in ms, peak in MiB). */
export interface PandasPhase {
  load: number[];
  rows: number;
  peak_rss_mib: number;
  dtypes: Record<string, string>;
}

/** Both variants: the schema's dtypes, and every number as float64. */
export interface PandasResult {
  version: string;
  schema: PandasPhase;
  float64: PandasPhase;
}

const SCRIPT = `
import json, resource, sys, time
import pandas
path, runs, dtypes = sys.argv[1], int(sys.argv[2]), json.loads(sys.argv[3])
times = []
for _ in range(runs):
    start = time.perf_counter()
    frame = pandas.read_csv(path, dtype=dtypes)
    times.append((time.perf_counter() - start) * 1000)
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"load": times, "rows": len(frame), "peak_rss_mib": peak,
                  "version": pandas.__version__}))
`;

/** The Python that has pandas, or null. Debian's python3-pandas is for /usr/bin/python3. */
export async function findPandas(): Promise<string | null> {
  for (const python of ["python3", "/usr/bin/python3"]) {
    try {
      const { success } = await new Deno.Command(python, {
        args: ["-c", "import pandas"],
        stdout: "null",
        stderr: "null",
      }).output();
      if (success) return python;
    } catch (error) {
      if (!(error instanceof Deno.errors.NotFound)) throw error;
    }
  }
  return null;
}

function dtype(column: ReferralColumn, floats: boolean): string {
  if (column.kind === "category") return "category";
  if (column.kind === "number" || floats) return "float64";
  const [min, max] = [column.min ?? -Infinity, column.max ?? Infinity];
  const bits = [8, 16, 32].find((b) => min >= -(2 ** (b - 1)) && max < 2 ** (b - 1)) ?? 64;
  return `Int${bits}`;
}

async function run(python: string, csv: string, runs: number, floats: boolean) {
  const dtypes = Object.fromEntries(REFERRAL_SCHEMA.map((c) => [c.name, dtype(c, floats)]));
  const out = JSON.parse(
    await outputOf("time pandas.read_csv", python, {
      args: ["-c", SCRIPT, csv, String(runs), JSON.stringify(dtypes)],
    }),
  );
  return { ...out, dtypes } as PandasPhase & { version: string };
}

/** Times `pandas.read_csv(csv)` `runs` times in each variant, schema dtypes first. */
export async function timePandas(python: string, csv: string, runs: number): Promise<PandasResult> {
  const { version, ...schema } = await run(python, csv, runs, false);
  const { version: _, ...float64 } = await run(python, csv, runs, true);
  return { version, schema, float64 };
}
