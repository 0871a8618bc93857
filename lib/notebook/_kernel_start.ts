/**
 * Kernel start-up: spawn, connect while the kernel binds its ports, then the readiness handshake
 * (kernel_info_reply on shell and a message on iopub, which proves our subscription has landed).
 * Every failure path kills the process and waits for it.
 *
 * @module
 */
import { aborted, deferred, delay, TIMED_OUT, within } from "./_async.ts";
import { Channels } from "./_kernel_channels.ts";
import { type KernelProcess, newConnectionInfo, spawnKernel } from "./_kernel_process.ts";
import { describeExit } from "./_kernel.ts";
import { Signer } from "./_jupyter_wire.ts";
import { KernelError } from "./errors.ts";
import type { StartKernelOptions } from "./start_kernel.ts";

/** Attempts before giving up when another program took one of our ports first. */
const PORT_ATTEMPTS = 3;

type StartOptions =
  & Required<Pick<StartKernelOptions, "cwd" | "executable" | "env" | "startTimeout">>
  & Pick<StartKernelOptions, "signal">;

/** What a ready kernel is made of. */
export interface Started {
  process: KernelProcess;
  channels: Channels;
  info: Record<string, unknown>;
  /** Routes channel failures from now on (and replays one that happened during start-up). */
  setFailureHandler(handler: (error: unknown) => void): void;
}

/** Starts the kernel and waits until it is ready, retrying if its ports were taken. */
export async function waitUntilReady(options: StartOptions): Promise<Started> {
  const deadline = Date.now() + options.startTimeout * 1000;
  const [stop, dispose] = aborted(options.signal);
  try {
    for (let attempt = 1;; attempt++) {
      const process = await spawn(options);
      try {
        return await Promise.race([readyOrExit(process, deadline, options), stop]);
      } catch (error) {
        process.kill("SIGKILL");
        await process.exited;
        const clash = /AddrInUse|Address already in use/.test(process.output());
        if (!clash || attempt === PORT_ATTEMPTS || Date.now() > deadline) throw error;
      }
    }
  } finally {
    dispose();
  }
}

async function spawn(options: StartOptions): Promise<KernelProcess> {
  try {
    return await spawnKernel({ ...options, info: newConnectionInfo() });
  } catch (error) {
    const why = error instanceof Deno.errors.NotFound
      ? `executable "${options.executable}" was not found`
      : `executable "${options.executable}" could not run (${(error as Error).message})`;
    throw new KernelError("start", `Cannot start the Deno kernel in "${options.cwd}": ${why}`, {
      cause: error,
    });
  }
}

async function readyOrExit(
  process: KernelProcess,
  deadline: number,
  options: StartOptions,
): Promise<Started> {
  let failure: unknown = null;
  let forward: (error: unknown) => void = (error) => void (failure ??= error);
  const handler = (error: unknown) => forward(error);
  const session = { signer: new Signer(process.info.key), id: crypto.randomUUID() };
  const fail = (why: string) =>
    new KernelError("start", `Cannot start the Deno kernel in "${options.cwd}": ${why}`, {
      stderr: process.output(),
    });
  let gone = false;
  const exited = process.exited.then((status) => {
    gone = true;
    throw fail(`it exited ${describeExit(status)} before it was ready${quote(process.output())}`);
  });
  exited.catch(() => {});
  const connecting = connect(process, session, () => gone || Date.now() > deadline, handler);
  // If the process exits while a connection is being made, close whatever got made.
  exited.catch(() => connecting.then((channels) => channels?.close()));
  const channels = await Promise.race([connecting, exited]);
  if (channels === null) throw fail(`it was not ready within ${options.startTimeout} s`);
  try {
    const info = await Promise.race([handshake(channels, deadline), exited]);
    if (info === null) throw fail(`it was not ready within ${options.startTimeout} s`);
    await process.removeConnectionFile();
    return {
      process,
      channels,
      info,
      setFailureHandler(next) {
        forward = next;
        if (failure !== null) next(failure);
      },
    };
  } catch (error) {
    await channels.close();
    throw error;
  }
}

/** Connects all channels, retrying while the kernel has not bound its ports yet. */
async function connect(
  process: KernelProcess,
  session: { signer: Signer; id: string },
  giveUp: () => boolean,
  onFailure: (error: unknown) => void,
): Promise<Channels | null> {
  while (!giveUp()) {
    try {
      return await Channels.connect(process.info, session, (error) => onFailure(error));
    } catch {
      // Not listening yet (connection refused), or closed us off mid-handshake while starting.
      await delay(50);
    }
  }
  return null;
}

/** Sends kernel_info_request until both its reply and an iopub message have arrived. */
async function handshake(channels: Channels, deadline: number) {
  const heard = deferred<void>();
  const unlisten = channels.listenAll(() => heard.resolve());
  try {
    while (Date.now() < deadline) {
      const { msgId, reply } = channels.request("shell", "kernel_info_request", {});
      const answer = await within(reply, Math.min(1000, deadline - Date.now()));
      channels.forget(msgId);
      if (answer === TIMED_OUT) continue;
      if ((await within(heard.promise, 500)) !== TIMED_OUT) return answer.content;
    }
    return null;
  } finally {
    unlisten();
  }
}

function quote(output: string): string {
  const lines = output.trim().split("\n").filter((line) => !line.startsWith("Warning"));
  return lines.length ? `: "${lines.slice(-5).join("\n")}"` : "";
}
