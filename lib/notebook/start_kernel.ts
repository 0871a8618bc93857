/**
 * Starting the Deno Jupyter kernel headless and talking to it over the Jupyter messaging protocol
 * 5.3, without Python or the zeromq addon.
 *
 * @module
 */
import { KernelError } from "./errors.ts";
import { RunningKernel } from "./_kernel.ts";
import { waitUntilReady } from "./_kernel_start.ts";
import type { ZmtpSocket } from "./connect_zmtp.ts";
import type { ErrorOutput } from "./nbformat.ts";
import { delay, TIMED_OUT, within } from "./_async.ts";

/** Options for {@linkcode startKernel}. */
export interface StartKernelOptions {
  /** The working folder of the kernel (the notebook's folder, so `deno.json` is found upward). */
  cwd: string;
  /** Seconds the kernel may take to become ready; default 60. */
  startTimeout?: number;
  /** The kernel's environment; default this process's. `NO_COLOR=1` is always added. */
  env?: Record<string, string>;
  /** The Deno executable; default the one running this program (`Deno.execPath()`). */
  executable?: string;
  /** Seconds without a heartbeat echo after which the kernel counts as dead; default 30. */
  heartbeatTimeout?: number;
  /** Aborts the start (the kernel is killed). */
  signal?: AbortSignal;
}

/** Options for {@linkcode Kernel.execute}. */
export interface ExecuteOptions {
  /** Seconds the code may run; past it the kernel is interrupted, then killed. Default: none. */
  timeout?: number;
  /** Seconds to wait after an interrupt before killing the kernel; default 5. */
  interruptGrace?: number;
  /** Called with every iopub message the execution causes (streams, displays, status...). */
  onMessage?: (msgType: string, content: Record<string, unknown>) => void;
  /** Aborts the wait (the code keeps running in the kernel: shut it down or kill it). */
  signal?: AbortSignal;
  /**
   * Run the code silently, as the protocol's `silent`: no execute_input or result is published
   * and the execution count does not move (for the runner's own code between cells).
   */
  silent?: boolean;
}

/** The kernel's execute_reply; for `error`, the error's class name, message and traceback. */
export interface ExecuteReply extends Partial<Omit<ErrorOutput, "output_type">> {
  /** `ok`, `error` (the code raised, or was interrupted), or `aborted`. */
  status: "ok" | "error" | "aborted";
  /** The execution count the kernel gave the code. */
  executionCount: number | null;
}

/** How a kernel process ended. */
export interface KernelExit {
  /** The exit code (128 + signal number when killed by a signal). */
  code: number;
  /** The signal that killed it, or null. */
  signal: Deno.Signal | null;
  /** The last few kilobytes it wrote to stdout and stderr. */
  output: string;
}

/** A running kernel. Every method that waits fails with a `KernelError` if the kernel dies. */
export interface Kernel {
  /** The kernel's process id. */
  readonly pid: number;
  /** The kernel_info_reply content (`language_info`, `implementation_version`, ...). */
  readonly info: Record<string, unknown>;
  /** Runs code; resolves when the reply and all its outputs have arrived. */
  execute(code: string, options?: ExecuteOptions): Promise<ExecuteReply>;
  /** Sends interrupt_request on control; resolves true if the kernel replied within `timeout` s. */
  interrupt(timeout?: number): Promise<boolean>;
  /** Asks the kernel to shut down, then SIGTERM, then SIGKILL; resolves when it has exited. */
  shutdown(): Promise<KernelExit>;
  /** Kills the kernel (SIGKILL) and resolves when it has exited. */
  kill(): Promise<KernelExit>;
  /** Resolves when the kernel process has exited, for whatever reason. */
  readonly exited: Promise<KernelExit>;
}

/**
 * Starts `deno jupyter --kernel` in `cwd` and waits until it answers kernel_info_request on
 * shell and publishes on iopub, as jupyter_client's `wait_for_ready` does.
 *
 * @param options The working folder, timeouts, environment and executable.
 * @returns The ready kernel. Shut it down (or kill it) when done.
 * @throws {KernelError} kind "start", when the executable or folder is missing, the process exits
 * before it is ready (the message quotes its stderr), or it is not ready in time.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { startKernel } from "./start_kernel.ts";
 * const kernel = await startKernel({ cwd: Deno.cwd() });
 * try {
 *   const messages: string[] = [];
 *   const reply = await kernel.execute("6 * 7", { onMessage: (type) => messages.push(type) });
 *   assert.equal(reply.status, "ok");
 *   assert.ok(messages.includes("execute_result"));
 * } finally {
 *   await kernel.shutdown();
 * }
 * ```
 */
export async function startKernel(options: StartKernelOptions): Promise<Kernel> {
  const { cwd } = options;
  const isFolder = await Deno.stat(cwd).then((info) => info.isDirectory, () => false);
  if (!isFolder) {
    throw new KernelError("start", `Cannot start the Deno kernel in "${cwd}": no such folder`);
  }
  const { process, channels, info, setFailureHandler } = await waitUntilReady({
    cwd,
    executable: options.executable ?? Deno.execPath(),
    env: options.env ?? Deno.env.toObject(),
    startTimeout: options.startTimeout ?? 60,
    signal: options.signal,
  });
  const kernel = new RunningKernel(process, channels, info);
  setFailureHandler((error) => kernel.channelFailed(error));
  const heartbeatTimeout = (options.heartbeatTimeout ?? 30) * 1000;
  kernel.watch((onSilent) => watchHeartbeat(channels.heartbeat, heartbeatTimeout, onSilent));
  return kernel;
}

//
// The heartbeat channel (REQ to the kernel's REP): a ping every few seconds must come back
// unchanged. A kernel process that is alive but silent (stopped, wedged) is caught this way.
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Pings until stopped. Calls `onSilent` (once) when an echo is late or wrong, or the channel fails.
 *
 * @param timeout Milliseconds an echo may take.
 * @returns A function that stops pinging and resolves once the loop has ended.
 */
function watchHeartbeat(
  socket: ZmtpSocket,
  timeout: number,
  onSilent: (why: string) => void,
): () => Promise<void> {
  const interval = Math.min(3000, timeout / 3);
  const stop = new AbortController();
  const loop = (async () => {
    for (let n = 0; !stop.signal.aborted; n++) {
      const ping = `ping ${n}`;
      await socket.send([encoder.encode(ping)]);
      const received = socket.receive({ signal: stop.signal });
      received.catch(() => {}); // a late echo may be cut off by close(); that is not news
      const echo = await within(received, timeout);
      if (stop.signal.aborted) return;
      if (echo === TIMED_OUT) return onSilent(`no heartbeat for ${timeout / 1000} s`);
      if (echo.length !== 1 || decoder.decode(echo[0]) !== ping) {
        return onSilent(`the heartbeat echoed "${echo.map((f) => decoder.decode(f)).join("|")}"`);
      }
      await delay(interval, stop.signal);
    }
  })().catch((error) => {
    if (!stop.signal.aborted) onSilent(`the heartbeat channel failed (${error.message})`);
  });
  return async () => {
    stop.abort();
    await loop;
  };
}
