/**
 * One execute_request: wait for its execute_reply (shell) and its idle status (iopub), then for
 * the kernel's output queue to drain, with a timeout that interrupts and then kills.
 *
 * @module
 */
import { deferred, TIMED_OUT, within } from "./_async.ts";
import type { JupyterMessage } from "./_jupyter_wire.ts";
import type { RunningKernel } from "./_kernel.ts";
import { KernelError } from "./errors.ts";
import type { ExecuteOptions, ExecuteReply } from "./start_kernel.ts";

/** Milliseconds the output flush may take before we stop waiting for late output. */
const FLUSH_LIMIT = 10_000;

/** The message type of the marker that flushes the kernel's output queue. */
const FLUSH_MARKER = "deno_notebook_flush";

/** Sends `code` and waits until the kernel has finished it and published its outputs. */
export async function executeCode(
  kernel: RunningKernel,
  code: string,
  options: ExecuteOptions,
  stop: Promise<never>,
): Promise<ExecuteReply> {
  const { channels } = kernel;
  const idle = deferred<void>();
  const { msgId, reply } = channels.request("shell", "execute_request", {
    code,
    silent: options.silent === true,
    store_history: options.silent !== true,
    user_expressions: {},
    allow_stdin: false,
    stop_on_error: true,
  });
  const forward = (message: JupyterMessage) =>
    options.onMessage?.(message.header.msg_type, message.content);
  const unlisten = channels.listen(msgId, (message) => {
    if (isIdle(message)) idle.resolve();
    forward(message);
  });
  try {
    const done = Promise.all([kernel.guard(reply), idle.promise]);
    const running = Promise.race([done, kernel.death, stop]);
    const finished = options.timeout === undefined
      ? await running
      : await within(running, options.timeout * 1000);
    if (finished === TIMED_OUT) return await timedOut(kernel, done, options);
    await flushOutputs(kernel, stop, forward);
    return toReply(finished[0].content);
  } finally {
    unlisten();
    channels.forget(msgId);
  }
}

/**
 * The Deno kernel publishes outputs through a queue that may still hold some after it reports
 * idle (nbclient then loses them). A silent request that puts a marker message on the same queue
 * flushes it: once the marker arrives, every output of the cell has. Outputs published meanwhile
 * carry the marker request as parent (the kernel's current one), so they are passed on too.
 */
async function flushOutputs(
  kernel: RunningKernel,
  stop: Promise<never>,
  forward: (message: JupyterMessage) => void,
): Promise<void> {
  const { channels } = kernel;
  const marker = deferred<void>();
  const { msgId, reply } = channels.request("shell", "execute_request", {
    code: `Deno.jupyter.broadcast("${FLUSH_MARKER}", {})`,
    silent: true,
    store_history: false,
    user_expressions: {},
    allow_stdin: false,
    stop_on_error: false,
  });
  const unlisten = channels.listen(msgId, (message) => {
    const type = message.header.msg_type;
    if (type === FLUSH_MARKER) marker.resolve();
    else if (type !== "status" && type !== "execute_input") forward(message);
  });
  // A kernel without Deno.jupyter.broadcast answers with an error: there is nothing to wait for.
  const flushed = kernel.guard(reply).then((answer) =>
    answer.content.status === "error" ? undefined : marker.promise
  );
  try {
    await within(Promise.race([flushed, kernel.death, stop]), FLUSH_LIMIT);
  } finally {
    unlisten();
    channels.forget(msgId);
  }
}

async function timedOut(
  kernel: RunningKernel,
  done: Promise<unknown>,
  options: ExecuteOptions,
): Promise<never> {
  const grace = options.interruptGrace ?? 5;
  await kernel.interrupt(grace);
  const settled = await within(Promise.race([done, kernel.death]).catch(() => null), grace * 1000);
  const stopped = settled !== TIMED_OUT && settled !== null;
  const exit = stopped ? undefined : await kernel.kill();
  const what = stopped
    ? "was interrupted"
    : `did not stop within ${grace} s of an interrupt, so the kernel was killed`;
  throw new KernelError(
    "timeout",
    `Cannot execute code: it ran past its ${options.timeout} s timeout and ${what}`,
    { stderr: exit?.output },
  );
}

function isIdle(message: JupyterMessage): boolean {
  return message.header.msg_type === "status" && message.content.execution_state === "idle";
}

function toReply(content: Record<string, unknown>): ExecuteReply {
  const status = content.status as ExecuteReply["status"];
  const executionCount = typeof content.execution_count === "number"
    ? content.execution_count
    : null;
  if (status !== "error") return { status, executionCount };
  return {
    status,
    executionCount,
    ename: String(content.ename ?? ""),
    evalue: String(content.evalue ?? ""),
    traceback: Array.isArray(content.traceback) ? content.traceback.map(String) : [],
  };
}
