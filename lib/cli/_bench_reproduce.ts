/**
 * The reproduce timings of `deno task bench`: the main job's wall time with a cold execution
 * cache (every notebook runs) and a warm one (every notebook up to date), beside `jupyter
 * nbconvert --to notebook --execute` on the same notebooks with Deno's kernelspec. Each run is a
 * process of its own writing to a temporary folder; the median of `runs` is kept.
 *
 * @module
 */
import { join } from "node:path";
import { PROJECT_ROOT } from "../io/paths.ts";
import { CHART_PICTURES_ENV } from "../display/chart_picture.ts";
import { median, outputOf } from "./_bench_report.ts";

/** What was measured. */
export interface ReproduceBench {
  /** Notebooks in notebooks/. */
  notebooks: number;
  /** Runs of each kind (the median is kept). */
  runs: number;
  /** `deno task reproduce` with an empty execution cache, in ms. */
  cold_ms: number;
  /** `deno task reproduce` again, every notebook up to date, in ms. */
  warm_ms: number;
  /** `jupyter nbconvert --execute` on the same notebooks, in ms; null without Jupyter. */
  nbconvert_ms: number | null;
  /** cold_ms / nbconvert_ms; the target is under 1/3. */
  cold_to_nbconvert: number | null;
  /**
   * nbconvert again with its kernels told to draw no chart pictures (`VC_CHART_PICTURES=runner`),
   * so their outputs lack the pictures ours have: shown beside the target, not held to it.
   */
  nbconvert_no_pictures_ms: number | null;
}

const PYTHON = "/usr/bin/python3";

/** Times reproduce cold and warm, and nbconvert, `runs` times each; prints progress to stderr. */
export async function benchReproduce(runs: number): Promise<ReproduceBench> {
  const notebooksDir = join(PROJECT_ROOT, "notebooks");
  const notebooks = [...Deno.readDirSync(notebooksDir)]
    .filter((entry) => entry.name.endsWith(".ipynb")).map((entry) => entry.name).sort();
  const dir = await Deno.makeTempDir({ prefix: "bench-reproduce-" });
  try {
    const cold: number[] = [];
    const warm: number[] = [];
    const convert: number[] = [];
    const bare: number[] = [];
    for (let run = 0; run < runs; run++) {
      console.error(`Timing deno task reproduce, cold and warm (${run + 1} of ${runs}) …`);
      const cache = join(dir, `cache-${run}`);
      cold.push(await timeReproduce(join(dir, `out-${run}`), cache));
      warm.push(await timeReproduce(join(dir, `out-${run}`), cache));
    }
    const jupyter = await installKernelspec(dir);
    for (let run = 0; jupyter !== null && run < runs; run++) {
      console.error(`Timing jupyter nbconvert --execute (${run + 1} of ${runs}) …`);
      const paths = notebooks.map((n) => join(notebooksDir, n));
      convert.push(await timeNbconvert(paths, dir, jupyter));
      bare.push(await timeNbconvert(paths, dir, { ...jupyter, [CHART_PICTURES_ENV]: "runner" }));
    }
    const nbconvert = convert.length === 0 ? null : median(convert);
    return {
      notebooks: notebooks.length,
      runs,
      cold_ms: median(cold),
      warm_ms: median(warm),
      nbconvert_ms: nbconvert,
      cold_to_nbconvert: nbconvert === null ? null : median(cold) / nbconvert,
      nbconvert_no_pictures_ms: bare.length === 0 ? null : median(bare),
    };
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The lines `deno task bench` prints for these timings. */
export function formatReproduceBench(bench: ReproduceBench): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const ratio = bench.cold_to_nbconvert === null
    ? "not measured (no Jupyter nbconvert)"
    : `${bench.cold_to_nbconvert.toFixed(2)} of nbconvert's time (target under 0.33): ` +
      (bench.cold_to_nbconvert < 1 / 3 ? "met" : "MISSED");
  return [
    `deno task reproduce, ${bench.notebooks} notebooks (median of ${bench.runs}):`,
    `  cold cache (every notebook runs)   ${s(bench.cold_ms)}`,
    `  warm cache (every one up to date)  ${s(bench.warm_ms)}`,
    `  jupyter nbconvert --execute        ${
      bench.nbconvert_ms === null ? "-" : s(bench.nbconvert_ms)
    }`,
    `  nbconvert, no chart pictures       ${
      bench.nbconvert_no_pictures_ms === null ? "-" : s(bench.nbconvert_no_pictures_ms)
    } (its outputs lack the pictures; not the target's comparison)`,
    `  cold reproduce: ${ratio}`,
  ].join("\n");
}

async function timeReproduce(out: string, cache: string): Promise<number> {
  const started = performance.now();
  await outputOf("time deno task reproduce", Deno.execPath(), {
    args: ["run", "-A", join(PROJECT_ROOT, "lib/cli/reproduce.ts"), "--out", out],
    cwd: PROJECT_ROOT,
    env: { NB_CACHE_DIR: cache, NO_COLOR: "1" },
  });
  return performance.now() - started;
}

/** Installs Deno's kernelspec where only this benchmark's Jupyter looks; null without Jupyter. */
async function installKernelspec(dir: string): Promise<Record<string, string> | null> {
  const has = await new Deno.Command(PYTHON, {
    args: ["-c", "import nbconvert, nbclient"],
    stdout: "null",
    stderr: "null",
  }).output().then((out) => out.success, () => false);
  if (!has) return null;
  const env = {
    XDG_DATA_HOME: join(dir, "xdg"),
    JUPYTER_PATH: join(dir, "xdg", "jupyter"),
    JUPYTER_CONFIG_DIR: join(dir, "jupyter-config"),
    NO_COLOR: "1",
  };
  await outputOf("install the Deno kernelspec", Deno.execPath(), {
    args: ["jupyter", "--install", "--force"],
    env,
  });
  return env;
}

async function timeNbconvert(
  paths: string[],
  dir: string,
  env: Record<string, string>,
): Promise<number> {
  const started = performance.now();
  await outputOf("time jupyter nbconvert", PYTHON, {
    args: ["-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", "--output-dir"]
      .concat([join(dir, "nbconvert"), ...paths]),
    env,
  });
  return performance.now() - started;
}
