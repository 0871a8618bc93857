import { join } from "node:path";
import { writeFileAtomic } from "../io/write_file_atomic.ts";

/** Options for {@linkcode registerKernel}. */
export interface RegisterKernelOptions {
  /**
   * Jupyter's data folder, which holds `kernels/`; default `$JUPYTER_DATA_DIR`, else what
   * `jupyter --data-dir` prints, else the platform's default (`~/.local/share/jupyter` on Linux).
   */
  dataDir?: string;
  /** The Deno executable the kernel runs; default the one running this code. */
  deno?: string;
  /**
   * Where to keep a stable copy of a Deno that lives in a temporary cache (npx's); default
   * `$XDG_DATA_HOME/victim-services-toolkit/deno-<version>` (`~/.local/share/...`).
   */
  stableDir?: string;
}

/** What {@linkcode registerKernel} did. */
export interface RegisteredKernel {
  /** The kernelspec folder written, `<dataDir>/kernels/deno`. */
  kernelDir: string;
  /** The Deno executable the kernelspec runs. */
  deno: string;
  /** Its version, as it reports it. */
  version: string;
  /** True when the Deno given lived in a temporary cache and was copied to a stable place. */
  copied: boolean;
}

/**
 * Registers the Deno Jupyter kernel so the classic Notebook, JupyterLab and VS Code can run the
 * toolkit's notebooks: it runs Deno's own `deno jupyter --install --force` into Jupyter's data
 * folder (replacing an existing `deno` kernelspec) and checks that the kernelspec names a Deno
 * that will still be there tomorrow. A Deno run through `npx -y deno@…` lives in npx's cache,
 * which npm may clear at any time; such a Deno is first copied to a stable folder of its own.
 * Unlike `deno jupyter --install`, it honours `JUPYTER_DATA_DIR`.
 *
 * @param options Jupyter's data folder, the Deno to run, and where to keep a stable copy.
 * @returns The kernelspec folder and the Deno it runs.
 * @throws {Error} When the Deno cannot run, or Deno's installer fails; the message says which.
 * @example
 * ```ts ignore
 * import { registerKernel } from "./mod.ts";
 * const { kernelDir, deno } = await registerKernel();
 * console.log(`Registered ${kernelDir}, running ${deno}`);
 * ```
 */
export async function registerKernel(
  options: RegisterKernelOptions = {},
): Promise<RegisteredKernel> {
  const dataDir = options.dataDir ?? Deno.env.get("JUPYTER_DATA_DIR") ?? await jupyterDataDir();
  const given = options.deno ?? Deno.execPath();
  const version = await denoVersion(given);
  const copied = isTransient(given);
  const deno = copied
    ? await stableCopy(given, options.stableDir ?? defaultStableDir(version), version)
    : given;
  const install = await new Deno.Command(deno, {
    args: ["jupyter", "--install", "--force"],
    env: { DENO_TEST_JUPYTER_PATH: dataDir, NO_COLOR: "1" },
    stdout: "piped",
    stderr: "piped",
  }).output();
  if (!install.success) {
    const said = new TextDecoder().decode(install.stderr).trim();
    throw new Error(`Cannot register the Deno kernel: "${deno} jupyter --install" failed: ${said}`);
  }
  const kernelDir = join(dataDir, "kernels", "deno");
  await pointAt(join(kernelDir, "kernel.json"), deno);
  return { kernelDir, deno, version, copied };
}

// npx keeps the packages it runs in `<npm cache>/_npx/<hash>/node_modules`, which npm clears
// as it likes.
function isTransient(path: string): boolean {
  return /[\\/]_npx[\\/]/.test(path);
}

async function denoVersion(deno: string): Promise<string> {
  let output: Deno.CommandOutput;
  try {
    output = await new Deno.Command(deno, { args: ["--version"], stdout: "piped", stderr: "piped" })
      .output();
  } catch (error) {
    throw new Error(`Cannot register the Deno kernel: "${deno}" does not run (${error})`);
  }
  const version = /^deno (\S+)/.exec(new TextDecoder().decode(output.stdout))?.[1];
  if (!output.success || version === undefined) {
    throw new Error(`Cannot register the Deno kernel: "${deno} --version" did not say its version`);
  }
  return version;
}

function defaultStableDir(version: string): string {
  const home = Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE") ?? ".";
  const data = Deno.env.get("XDG_DATA_HOME") ?? join(home, ".local", "share");
  return join(data, "victim-services-toolkit", `deno-${version}`);
}

// Copies the executable beside its final name and renames it into place, so a kernel never
// starts a half-copied binary; an earlier copy of the same version is kept as it is.
async function stableCopy(from: string, dir: string, version: string): Promise<string> {
  const target = join(dir, Deno.build.os === "windows" ? "deno.exe" : "deno");
  try {
    if (await denoVersion(target) === version) return target;
  } catch {
    // No usable copy yet.
  }
  await Deno.mkdir(dir, { recursive: true });
  const partial = `${target}.${Deno.pid}.partial`;
  await Deno.copyFile(from, partial);
  if (Deno.build.os !== "windows") await Deno.chmod(partial, 0o755);
  await Deno.rename(partial, target);
  return target;
}

// Deno's installer writes the path it was started by; make sure the kernelspec runs `deno`.
async function pointAt(kernelJson: string, deno: string): Promise<void> {
  const spec = JSON.parse(await Deno.readTextFile(kernelJson)) as { argv: string[] };
  if (spec.argv[0] === deno) return;
  spec.argv[0] = deno;
  await writeFileAtomic(kernelJson, JSON.stringify(spec, null, 2) + "\n");
}

async function jupyterDataDir(): Promise<string> {
  try {
    const output = await new Deno.Command("jupyter", {
      args: ["--data-dir"],
      stdout: "piped",
      stderr: "null",
    }).output();
    const dir = new TextDecoder().decode(output.stdout).trim().split("\n").pop() ?? "";
    if (output.success && dir !== "") return dir;
  } catch {
    // Jupyter is not on PATH: use its default for this platform.
  }
  const home = Deno.env.get("HOME") ?? Deno.env.get("USERPROFILE") ?? ".";
  if (Deno.build.os === "darwin") return join(home, "Library", "Jupyter");
  if (Deno.build.os === "windows") {
    return join(Deno.env.get("APPDATA") ?? join(home, "AppData", "Roaming"), "jupyter");
  }
  return join(Deno.env.get("XDG_DATA_HOME") ?? join(home, ".local", "share"), "jupyter");
}
