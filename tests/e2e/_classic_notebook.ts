/**
 * The classic Jupyter Notebook (Debian's `jupyter-notebook`, 6.4) as an analyst runs it, for the
 * browser tests: a server on 127.0.0.1 with private Jupyter folders (so nothing is trusted and
 * nothing touches ~), the Deno kernel registered by `registerKernel()`, a copy of the notebooks
 * beside links to the project (so a test may run and autosave them freely), and a stop that
 * shuts every kernel down and proves none is left behind.
 *
 * @module
 */
import assert from "node:assert/strict";
import { join } from "node:path";
import { registerKernel } from "../../lib/notebook/register_kernel.ts";
import { ROOT } from "./_nb_cli.ts";

/** Debian's launcher of the classic Notebook. */
export const JUPYTER_NOTEBOOK = "/usr/bin/jupyter-notebook";

/** A running classic Notebook server. */
export interface ClassicNotebook {
  /** `http://127.0.0.1:<port>`. */
  origin: string;
  /** The login token, for `?token=` on the first page. */
  token: string;
  /** The folder the server serves: `notebooks/` (copies) and links to lib/, data/, seeds/... */
  root: string;
  /** The URL that opens a notebook of `root`, with the token. */
  url(path: string): string;
  /** Calls the server's REST API with the token. */
  api(path: string, init?: RequestInit): Promise<Response>;
  /**
   * Shuts every kernel down through the API, stops the server, removes the folders, and
   * returns the command lines of kernel processes still alive (there should be none).
   */
  stop(): Promise<string[]>;
}

// Links, not copies: the kernel then imports the project's own lib/ (and load() reads its
// data/), and deno.json, deno.lock and node_modules/ resolve its packages as in the clone.
const LINKED = ["lib", "data", "seeds", "deno.json", "deno.lock", "node_modules"];

function freePort(): number {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const { port } = listener.addr as Deno.NetAddr;
  listener.close();
  return port;
}

/** Starts the classic Notebook on a copy of the project's notebooks. */
export async function startClassicNotebook(): Promise<ClassicNotebook> {
  const dir = await Deno.makeTempDir({ prefix: "classic-nb-" });
  const root = join(dir, "project");
  await Deno.mkdir(join(root, "notebooks"), { recursive: true });
  for (const name of LINKED) await Deno.symlink(join(ROOT, name), join(root, name));
  for await (const entry of Deno.readDir(join(ROOT, "notebooks"))) {
    if (entry.name.endsWith(".ipynb")) {
      await Deno.copyFile(join(ROOT, "notebooks", entry.name), join(root, "notebooks", entry.name));
    }
  }
  const data = join(dir, "jupyter-data");
  await registerKernel({ dataDir: data });
  const env = {
    JUPYTER_DATA_DIR: data,
    JUPYTER_PATH: data,
    JUPYTER_CONFIG_DIR: join(dir, "jupyter-config"),
    JUPYTER_RUNTIME_DIR: join(dir, "jupyter-runtime"),
    IPYTHONDIR: join(dir, "ipython"),
    NO_COLOR: "1",
  };
  const port = freePort();
  const token = crypto.randomUUID().replaceAll("-", "");
  const server = new Deno.Command(JUPYTER_NOTEBOOK, {
    args: [
      "--no-browser",
      "--allow-root",
      "--ip=127.0.0.1",
      `--port=${port}`,
      "--port-retries=0",
      `--notebook-dir=${root}`,
      `--NotebookApp.token=${token}`,
    ],
    env,
    stdout: "null",
    stderr: "piped",
  }).spawn();
  const log: string[] = [];
  const reading = (async () => {
    for await (const chunk of server.stderr.pipeThrough(new TextDecoderStream())) log.push(chunk);
  })();
  const origin = `http://127.0.0.1:${port}`;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${origin}/api/${path}`, {
      ...init,
      headers: { Authorization: `token ${token}`, ...(init.headers ?? {}) },
    });
  await waitFor(
    async () => {
      try {
        const response = await api("status");
        await response.body?.cancel();
        return response.ok;
      } catch {
        return false;
      }
    },
    60_000,
    () => `the classic Notebook did not start:\n${log.join("")}`,
  );
  return {
    origin,
    token,
    root,
    url: (path) => `${origin}/notebooks/${path}?token=${token}`,
    api,
    async stop() {
      const kernels = await (await api("kernels")).json() as { id: string }[];
      for (const { id } of kernels) {
        await (await api(`kernels/${id}`, { method: "DELETE" })).body?.cancel();
      }
      server.kill("SIGTERM");
      await server.status;
      await reading;
      const left = await kernelsUnder(env.JUPYTER_RUNTIME_DIR);
      for (const { pid } of left) Deno.kill(pid, "SIGKILL");
      await Deno.remove(dir, { recursive: true });
      return left.map((k) => k.command);
    },
  };
}

// Kernels this server started name a connection file in its runtime folder.
async function kernelsUnder(runtimeDir: string): Promise<{ pid: number; command: string }[]> {
  const found: { pid: number; command: string }[] = [];
  for await (const entry of Deno.readDir("/proc")) {
    if (!/^\d+$/.test(entry.name)) continue;
    try {
      const raw = await Deno.readTextFile(`/proc/${entry.name}/cmdline`);
      const command = raw.split("\0").join(" ").trim();
      if (command.includes(runtimeDir)) found.push({ pid: Number(entry.name), command });
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

/** Polls `done` every 200 ms until it is true, failing with `why()` after `ms`. */
export async function waitFor(
  done: () => Promise<boolean> | boolean,
  ms: number,
  why: () => string,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await done())) {
    assert.ok(Date.now() < until, why());
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
