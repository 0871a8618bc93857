/**
 * The kernel process: a connection file with free ports and a fresh key, `deno jupyter --kernel`
 * started in the notebook's folder, its output kept (the tail) to explain failures, and its exit.
 *
 * @module
 */
import { guard, release } from "./_exit_guard.ts";

/** The connection file's contents (Jupyter's kernel connection info). */
export interface ConnectionInfo {
  ip: string;
  transport: "tcp";
  shell_port: number;
  iopub_port: number;
  stdin_port: number;
  control_port: number;
  hb_port: number;
  key: string;
  signature_scheme: "hmac-sha256";
  kernel_name: string;
}

/** A started kernel process. */
export interface KernelProcess {
  readonly pid: number;
  readonly info: ConnectionInfo;
  /** Resolves when the process has exited and its output has been read. */
  readonly exited: Promise<Deno.CommandStatus>;
  /** The last few kilobytes the process wrote to stdout and stderr. */
  output(): string;
  /** Sends a signal unless the process has already exited. */
  kill(signal: Deno.Signal): void;
  /** Removes the connection file (the kernel reads it only at start). */
  removeConnectionFile(): Promise<void>;
}

const KEEP = 16 * 1024;

/**
 * Free TCP ports on `hostname`: bound together so they differ, then released for the kernel.
 * Another program may take one before the kernel binds it; the caller retries the start then.
 */
function freePorts(hostname: string, count: number): number[] {
  const listeners = Array.from({ length: count }, () => Deno.listen({ hostname, port: 0 }));
  const ports = listeners.map((listener) => listener.addr.port);
  for (const listener of listeners) listener.close();
  return ports;
}

function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** Builds connection info with free ports and a fresh key. */
export function newConnectionInfo(): ConnectionInfo {
  const ip = "127.0.0.1";
  const [shell_port, iopub_port, stdin_port, control_port, hb_port] = freePorts(ip, 5);
  return {
    ip,
    transport: "tcp",
    shell_port,
    iopub_port,
    stdin_port,
    control_port,
    hb_port,
    key: newKey(),
    signature_scheme: "hmac-sha256",
    kernel_name: "deno",
  };
}

/**
 * A watchdog for a kernel: a `/bin/sh` that waits for end of file on a pipe from this program and
 * then kills the kernel. The pipe closes however this program ends, even by SIGKILL (the OOM
 * killer) or a SIGHUP to it alone, which no exit handler sees; the shell ignores the signals a
 * terminal sends its whole group, so it outlives this program by the moment it takes to act. It
 * is stopped (killed) as soon as the kernel exits, so it never signals a process id reused since.
 * A shell starts in about a millisecond and holds under a megabyte, where a Deno watchdog would
 * cost tens of megabytes per kernel. None on Windows (no SIGKILL to miss) or without `/bin/sh`.
 */
function startWatchdog(pid: number): { stop(): void } | null {
  if (Deno.build.os === "windows") return null;
  let shell: Deno.ChildProcess;
  try {
    shell = new Deno.Command("/bin/sh", {
      args: [
        "-c",
        `trap '' HUP INT TERM QUIT; read -r _; kill -KILL "$1" 2>/dev/null`,
        "sh",
        String(pid),
      ],
      stdin: "piped",
      stdout: "null",
      stderr: "null",
    }).spawn();
  } catch {
    return null;
  }
  // Neither the shell nor its pipe keeps this program alive.
  shell.unref();
  shell.status.catch(() => {});
  return {
    stop() {
      try {
        shell.kill("SIGKILL");
      } catch {
        // Already gone.
      }
    },
  };
}

/**
 * Writes the connection file to a new temporary folder and starts the kernel.
 *
 * @throws {Deno.errors.NotFound} When the executable or the working folder does not exist.
 */
export async function spawnKernel(options: {
  executable: string;
  cwd: string;
  env: Record<string, string>;
  info: ConnectionInfo;
}): Promise<KernelProcess> {
  const { executable, cwd, env, info } = options;
  const dir = await Deno.makeTempDir({ prefix: "deno-notebook-" });
  const file = `${dir}/kernel.json`;
  await Deno.writeTextFile(file, JSON.stringify(info));
  const removeConnectionFile = () => Deno.remove(dir, { recursive: true }).catch(() => {});
  let child: Deno.ChildProcess;
  try {
    child = new Deno.Command(executable, {
      args: ["jupyter", "--kernel", "--conn", file],
      cwd,
      env: { ...env, NO_COLOR: "1" },
      stdin: "null",
      stdout: "piped",
      stderr: "piped",
    }).spawn();
  } catch (error) {
    await removeConnectionFile();
    throw error;
  }
  guard(child);
  const watchdog = startWatchdog(child.pid);
  let tail = "";
  const keep = (text: string) => {
    tail = (tail + text).slice(-KEEP);
  };
  const stopReading = new AbortController();
  const pumps = [child.stdout, child.stderr].map((stream) =>
    stream.pipeThrough(new TextDecoderStream())
      .pipeTo(new WritableStream({ write: keep }), { signal: stopReading.signal })
      .catch(() => {})
  );
  const exited = child.status.then(async (status) => {
    release(child);
    watchdog?.stop();
    // A process the kernel started may still hold the pipes open; stop reading after a second.
    const timer = setTimeout(() => stopReading.abort(), 1000);
    await Promise.all(pumps);
    clearTimeout(timer);
    await removeConnectionFile();
    return status;
  });
  let done = false;
  exited.then(() => (done = true));
  return {
    pid: child.pid,
    info,
    exited,
    output: () => tail,
    kill(signal) {
      if (done) return;
      try {
        child.kill(signal);
      } catch {
        // It exited between the check and the signal.
      }
    },
    removeConnectionFile,
  };
}
