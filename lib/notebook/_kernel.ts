/**
 * A running kernel: execute with timeout and interrupt, shutdown, kill, and death detection
 * (process exit, a broken channel, a silent heartbeat) that fails whatever is waiting.
 *
 * @module
 */
import { aborted, deferred, delay, TIMED_OUT, within } from "./_async.ts";
import type { Channels } from "./_kernel_channels.ts";
import type { KernelProcess } from "./_kernel_process.ts";
import { executeCode } from "./_execute_code.ts";
import { KernelError } from "./errors.ts";
import type { ExecuteOptions, ExecuteReply, Kernel, KernelExit } from "./start_kernel.ts";

/** Milliseconds to wait for each step of a polite shutdown before escalating. */
const SHUTDOWN_STEP = 3000;

/** The kernel behind the public `Kernel` interface. */
export class RunningKernel implements Kernel {
  readonly pid: number;
  readonly info: Record<string, unknown>;
  readonly exited: Promise<KernelExit>;
  #process: KernelProcess;
  #channels: Channels;
  #death = deferred<never>();
  #dead: KernelError | null = null;
  #stopping = false;
  #stopHeartbeat: () => Promise<void> = () => Promise.resolve();

  constructor(process: KernelProcess, channels: Channels, info: Record<string, unknown>) {
    this.pid = process.pid;
    this.info = info;
    this.#process = process;
    this.#channels = channels;
    this.exited = process.exited.then((status) => ({
      code: status.code,
      signal: status.signal,
      output: process.output(),
    }));
    this.exited.then((exit) => this.die(`the kernel exited ${describeExit(exit)}`));
  }

  /** Starts pinging the heartbeat channel; silence is death. */
  watch(start: (onSilent: (why: string) => void) => () => Promise<void>): void {
    this.#stopHeartbeat = start((why) => this.die(`the kernel stopped answering: ${why}`));
  }

  /** Marks the kernel dead (first reason wins) and kills it; waits fail with `KernelError`. */
  die(reason: string): void {
    this.#fail(
      new KernelError("died", `Cannot use the kernel: ${reason}`, {
        stderr: this.#process.output(),
      }),
    );
  }

  #fail(error: KernelError): void {
    if (this.#dead || this.#stopping) return;
    this.#dead = error;
    this.#death.reject(error);
    this.#process.kill("SIGKILL");
  }

  /**
   * A channel broke. The process exiting usually closes the channels a moment before its exit
   * status arrives, so wait briefly to report the exit rather than a lost connection.
   */
  async channelFailed(error: unknown): Promise<void> {
    if (error instanceof KernelError) return this.#fail(error);
    await within(this.exited, 1000);
    this.die(`lost the connection to the kernel (${(error as Error).message})`);
  }

  /**
   * Waits for a reply. When its channel broke because the kernel died, the death (which names
   * the exit) is the error reported, not the broken connection.
   */
  async guard<T>(reply: Promise<T>): Promise<T> {
    try {
      return await reply;
    } catch (error) {
      if (error instanceof KernelError) throw error;
      await within(this.death, 2000);
      throw error;
    }
  }

  /** Rejects once the kernel is dead. */
  get death(): Promise<never> {
    return this.#death.promise;
  }

  get channels(): Channels {
    return this.#channels;
  }

  async execute(code: string, options: ExecuteOptions = {}): Promise<ExecuteReply> {
    if (this.#dead) throw this.#dead;
    const [stop, dispose] = aborted(options.signal);
    try {
      return await executeCode(this, code, options, stop);
    } finally {
      dispose();
    }
  }

  async interrupt(timeout = 5): Promise<boolean> {
    if (this.#dead) return false;
    const { msgId, reply } = this.#channels.request("control", "interrupt_request", {});
    const answer = await within(
      Promise.race([reply, this.death]).catch(() => null),
      timeout * 1000,
    );
    this.#channels.forget(msgId);
    return answer !== TIMED_OUT && answer !== null;
  }

  async shutdown(): Promise<KernelExit> {
    if (this.#stopping) return await this.#finish();
    this.#stopping = true;
    await this.#stopHeartbeat();
    if (!this.#dead) {
      const { msgId, reply } = this.#channels.request("control", "shutdown_request", {
        restart: false,
      });
      await within(reply.catch(() => null), SHUTDOWN_STEP);
      this.#channels.forget(msgId);
    }
    for (const signal of ["SIGTERM", "SIGKILL"] as const) {
      if ((await within(this.exited, SHUTDOWN_STEP)) !== TIMED_OUT) break;
      this.#process.kill(signal);
    }
    return await this.#finish();
  }

  async kill(): Promise<KernelExit> {
    this.#stopping = true;
    await this.#stopHeartbeat();
    this.#process.kill("SIGKILL");
    return await this.#finish();
  }

  async #finish(): Promise<KernelExit> {
    const exit = await this.exited;
    await this.#channels.close();
    // Let the channel readers' rejections settle before callers (and test sanitizers) move on.
    await delay(0);
    return exit;
  }
}

/** "with code 1" or "from signal SIGKILL". */
export function describeExit(exit: { code: number; signal: Deno.Signal | null }): string {
  return exit.signal ? `from signal ${exit.signal}` : `with code ${exit.code}`;
}
