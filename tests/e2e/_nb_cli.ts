/** Running the project's CLIs as subprocesses, and finding any process they left behind. */

export const ROOT = new URL("../../", import.meta.url).pathname;
export const FIXTURES = new URL("../fixtures/notebooks/", import.meta.url).pathname;

/** What a CLI run printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The most kernels started by this run that were alive at once (sampled every 20 ms). */
  mostKernels: number;
  /** Processes started by this run that were still alive after it ended. */
  leftBehind: { pid: number; command: string }[];
}

/**
 * Runs `deno run -A lib/cli/<script> ...args` from the project's root (or `options.cwd`, a copy
 * of the project). Every process it starts
 * inherits a marker in its environment, which is how its kernels are found in /proc (they are
 * grandchildren of this test, and other programs may run kernels at the same time).
 */
export async function runCli(
  script: string,
  args: string[],
  options: { env?: Record<string, string>; cwd?: string } = {},
): Promise<CliRun> {
  const marker = crypto.randomUUID();
  // Each run has an execution cache of its own, so no test reuses another's outputs, unless the
  // test shares one (NB_CACHE_DIR in options.env).
  const cache = options.env?.NB_CACHE_DIR === undefined
    ? await Deno.makeTempDir({ prefix: "nb-cache-" })
    : null;
  const child = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", `lib/cli/${script}`, ...args],
    cwd: options.cwd ?? ROOT,
    env: {
      ...(cache === null ? {} : { NB_CACHE_DIR: cache }),
      ...options.env,
      NO_COLOR: "1",
      NB_TEST_MARKER: marker,
    },
    stdout: "piped",
    stderr: "piped",
  }).spawn();
  const output = child.output();
  let mostKernels = 0;
  let done = false;
  output.finally(() => (done = true));
  while (!done) {
    const kernels = (await marked(marker)).filter((p) => p.command.includes("jupyter --kernel"));
    mostKernels = Math.max(mostKernels, kernels.length);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const { code, stdout, stderr } = await output;
  if (cache !== null) await Deno.remove(cache, { recursive: true });
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  // A killed process may take a moment to disappear from /proc.
  let leftBehind = await marked(marker);
  for (let wait = 0; leftBehind.length > 0 && wait < 2000; wait += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    leftBehind = await marked(marker);
  }
  // Deno's own notices, when it fetches packages for a new lockfile or waits for another deno
  // process (another test run) to release node_modules, are not the CLI's output.
  const notices = /^(Download|Initialize|Blocking waiting for file lock) .*\n/gm;
  const errors = decode(stderr).replace(notices, "");
  return { code, stdout: decode(stdout), stderr: errors, mostKernels, leftBehind };
}

/** Live (not zombie) processes whose environment holds `NB_TEST_MARKER=<marker>`. */
export async function marked(marker: string): Promise<{ pid: number; command: string }[]> {
  const found: { pid: number; command: string }[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    const environ = await Deno.readTextFile(`/proc/${entry.name}/environ`).catch(() => "");
    if (!environ.split("\0").includes(`NB_TEST_MARKER=${marker}`)) continue;
    const stat = await Deno.readTextFile(`/proc/${entry.name}/stat`).catch(() => "");
    if (stat === "" || stat.slice(stat.lastIndexOf(")") + 2).startsWith("Z")) continue;
    const command = await Deno.readTextFile(`/proc/${entry.name}/cmdline`).catch(() => "");
    found.push({ pid: Number(entry.name), command: command.replaceAll("\0", " ").trim() });
  }
  return found;
}

/** `deno task nb ...` as a subprocess. */
export function nb(...args: string[]): Promise<CliRun> {
  return runCli("nb.ts", args);
}

/** Runs `fn` with a new temporary folder, removed afterwards whatever happens. */
export async function withTempDir(
  prefix: string,
  fn: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = await Deno.makeTempDir({ prefix });
  try {
    await fn(dir);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
}

/** The lines of `text` that start with `prefix`. */
export function linesStarting(text: string, prefix: string): string[] {
  return text.split("\n").filter((line) => line.startsWith(prefix));
}

/**
 * Copies the project (every file git tracks or would track, as they are in the working tree) into
 * `dir`, with a link to its node_modules, so a test can change data or code and run the main job
 * there without touching the project.
 */
export async function copyProject(dir: string): Promise<void> {
  const listed = await new Deno.Command("git", {
    args: ["ls-files", "-z", "--cached", "--others", "--exclude-standard"],
    cwd: ROOT,
    stdout: "piped",
  }).output();
  const files = new TextDecoder().decode(listed.stdout).split("\0").filter((f) => f !== "");
  for (const file of files) {
    const from = `${ROOT}${file}`;
    if (!(await Deno.stat(from).then((info) => info.isFile, () => false))) continue;
    await Deno.mkdir(`${dir}/${file}`.replace(/\/[^/]*$/, ""), { recursive: true });
    await Deno.copyFile(from, `${dir}/${file}`);
  }
  await Deno.symlink(`${ROOT}node_modules`, `${dir}/node_modules`);
}
