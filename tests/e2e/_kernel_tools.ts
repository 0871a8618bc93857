/** Helpers for the kernel end-to-end tests: processes we started, notebooks, and nbclient. */
import type { CodeCell, Notebook } from "../../lib/notebook/nbformat.ts";

export const PYTHON = "/usr/bin/python3";

/** The processes whose parent is this test process (from /proc), other than zombies. */
export async function childProcesses(): Promise<{ pid: number; command: string }[]> {
  const found: { pid: number; command: string }[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    const stat = await Deno.readTextFile(`/proc/${entry.name}/stat`).catch(() => "");
    // Fields after the command name (which is in parentheses and may hold spaces).
    const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(ppid) !== Deno.pid || state === "Z") continue;
    const command = await Deno.readTextFile(`/proc/${entry.name}/cmdline`).catch(() => "");
    found.push({ pid: Number(entry.name), command: command.replaceAll("\0", " ").trim() });
  }
  return found;
}

/** Whether a process id is alive (not gone, not a zombie). */
export async function isAlive(pid: number): Promise<boolean> {
  const stat = await Deno.readTextFile(`/proc/${pid}/stat`).catch(() => null);
  return stat !== null && stat.slice(stat.lastIndexOf(")") + 2, stat.lastIndexOf(")") + 3) !== "Z";
}

let counter = 0;

/** A code cell with a fixed id (ids must be stable for comparisons). */
export function code(source: string): CodeCell {
  return {
    cell_type: "code",
    id: `cell-${counter++}`,
    metadata: {},
    source,
    execution_count: null,
    outputs: [],
  };
}

/** A notebook holding the cells given. */
export function notebookOf(...cells: Notebook["cells"]): Notebook {
  return { nbformat: 4, nbformat_minor: 5, metadata: {}, cells };
}

/**
 * Executes a notebook file with `jupyter nbconvert --to notebook --execute --allow-errors`
 * (nbclient plus nbconvert's coalesce_streams), using the Deno kernelspec that
 * `deno jupyter --install` writes into a temporary data folder.
 */
export async function nbconvertExecute(notebook: Notebook, dir: string): Promise<Notebook> {
  const dataHome = `${dir}/xdg`;
  const env = {
    ...Deno.env.toObject(),
    XDG_DATA_HOME: dataHome,
    JUPYTER_PATH: `${dataHome}/jupyter`,
    JUPYTER_CONFIG_DIR: `${dir}/jupyter-config`,
    NO_COLOR: "1",
  };
  const install = await new Deno.Command(Deno.execPath(), {
    args: ["jupyter", "--install", "--force"],
    env,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (!install.success) throw new Error(new TextDecoder().decode(install.stderr));
  await Deno.writeTextFile(`${dir}/in.ipynb`, JSON.stringify(notebook));
  const run = await new Deno.Command(PYTHON, {
    args: ["-m", "jupyter", "nbconvert", "--to", "notebook", "--execute", "--allow-errors"]
      .concat(["in.ipynb", "--output", "out.ipynb"]),
    cwd: dir,
    env,
    stdout: "null",
    stderr: "piped",
  }).output();
  if (!run.success) throw new Error(new TextDecoder().decode(run.stderr));
  return JSON.parse(await Deno.readTextFile(`${dir}/out.ipynb`));
}

/** Whether a process is gone within `ms` (a killed process takes a moment to disappear). */
export async function goneWithin(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end;) {
    if (!(await isAlive(pid))) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return !(await isAlive(pid));
}
