import assert from "node:assert/strict";
import { KernelError } from "../../lib/notebook/errors.ts";
import { executeNotebook } from "../../lib/notebook/execute_notebook.ts";
import type { CodeCell } from "../../lib/notebook/nbformat.ts";
import { startKernel } from "../../lib/notebook/start_kernel.ts";
import { requireTool } from "../_tools.ts";
import { pythonHas } from "../notebook/_peers.ts";
import { childProcesses, code, goneWithin, isAlive, notebookOf, PYTHON } from "./_kernel_tools.ts";

/** Runs `fn`, expecting a KernelError; returns it for more checks. */
async function kernelError(fn: () => Promise<unknown>): Promise<KernelError> {
  try {
    await fn();
  } catch (error) {
    assert.ok(error instanceof KernelError, `expected a KernelError, got ${error}`);
    return error;
  }
  assert.fail("expected a KernelError");
}

/** A shell script standing in for the Deno executable. */
async function fakeDeno(script: string): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "fake-deno-" });
  const path = `${dir}/deno`;
  await Deno.writeTextFile(path, `#!/bin/sh\n${script}\n`, { mode: 0o755 });
  return path;
}

Deno.test("executeNotebook() reports a kernel that exits mid-run, with the outputs so far", async () => {
  const notebook = notebookOf(
    code('console.log("first"); await new Promise((r) => setTimeout(r, 50));'),
    code("Deno.exit(1)"),
    code("3"),
  );
  const error = await kernelError(() => executeNotebook(notebook, { cwd: Deno.cwd() }));
  assert.equal(error.kind, "died");
  assert.equal(error.message, "Cannot execute notebook cell 1: the kernel exited with code 1");
  assert.equal(error.cellIndex, 1);
  const [first, second] = error.notebook!.cells as CodeCell[];
  assert.deepEqual(first.outputs, [{ name: "stdout", output_type: "stream", text: ["first\n"] }]);
  assert.equal(second.execution_count, 2);
  assert.deepEqual(await childProcesses(), []);
});

Deno.test("executeNotebook() kills a kernel whose cell awaits past its timeout", async () => {
  const notebook = notebookOf(code("await new Promise((resolve) => setTimeout(resolve, 60_000))"));
  const started = performance.now();
  const error = await kernelError(() => executeNotebook(notebook, { cwd: Deno.cwd(), timeout: 2 }));
  // Deno 2.9.6 cannot interrupt a pending await: the interrupt is answered but the cell goes on.
  assert.equal(error.kind, "timeout");
  assert.equal(
    error.message,
    "Cannot execute notebook cell 0: it ran past its 2 s timeout and did not stop within 5 s of an interrupt, so the kernel was killed",
  );
  // 2 s timeout + 5 s grace, not the cell's 60 s.
  assert.ok(performance.now() - started < 12_000);
  assert.equal((error.notebook!.cells[0] as CodeCell).execution_count, 1);
  assert.deepEqual(await childProcesses(), []);
});

Deno.test("executeNotebook() interrupts a busy loop past its timeout, and the run stops there", async () => {
  const notebook = notebookOf(code("while (true) {}"), code("2"));
  const error = await kernelError(() => executeNotebook(notebook, { cwd: Deno.cwd(), timeout: 1 }));
  assert.equal(error.kind, "timeout");
  assert.equal(
    error.message,
    "Cannot execute notebook cell 0: it ran past its 1 s timeout and was interrupted",
  );
  assert.deepEqual((error.notebook!.cells[1] as CodeCell).outputs, []);
  assert.deepEqual(await childProcesses(), []);
});

Deno.test("startKernel() names an executable that does not exist", async () => {
  const error = await kernelError(() =>
    startKernel({ cwd: Deno.cwd(), executable: "/no/such/deno" })
  );
  assert.equal(error.kind, "start");
  assert.equal(
    error.message,
    `Cannot start the Deno kernel in "${Deno.cwd()}": executable "/no/such/deno" was not found`,
  );
});

Deno.test("startKernel() names a working folder that does not exist", async () => {
  const error = await kernelError(() => startKernel({ cwd: "/no/such/folder" }));
  assert.equal(error.kind, "start");
  assert.equal(error.message, 'Cannot start the Deno kernel in "/no/such/folder": no such folder');
});

Deno.test("startKernel() quotes the stderr of a kernel that exits before it is ready", async () => {
  const executable = await fakeDeno('echo "error: unknown subcommand jupyter" >&2\nexit 3');
  const error = await kernelError(() => startKernel({ cwd: Deno.cwd(), executable }));
  assert.equal(error.kind, "start");
  assert.equal(
    error.message,
    `Cannot start the Deno kernel in "${Deno.cwd()}": it exited with code 3 before it was ready: "error: unknown subcommand jupyter"`,
  );
  assert.deepEqual(await childProcesses(), []);
  await Deno.remove(executable.replace(/\/deno$/, ""), { recursive: true });
});

Deno.test("startKernel() gives up on a kernel that never answers, and kills it", async () => {
  const executable = await fakeDeno("exec sleep 60");
  const error = await kernelError(() =>
    startKernel({ cwd: Deno.cwd(), executable, startTimeout: 1 })
  );
  assert.equal(error.kind, "start");
  assert.equal(
    error.message,
    `Cannot start the Deno kernel in "${Deno.cwd()}": it was not ready within 1 s`,
  );
  assert.deepEqual(await childProcesses(), []);
  await Deno.remove(executable.replace(/\/deno$/, ""), { recursive: true });
});

Deno.test("startKernel() retries when another program takes a kernel port first", async () => {
  // The ports a start will pick cannot be known in advance, so a stand-in kernel reports the
  // clash the real one prints on its first start, then hands over to the real executable.
  const flag = await Deno.makeTempFile();
  const executable = await fakeDeno(
    `if [ -s "${flag}" ]; then exec "${Deno.execPath()}" "$@"; fi\necho once > "${flag}"\n` +
      `echo "error: Uncaught (in promise) AddrInUse: Address already in use (os error 98)" >&2\nexit 1`,
  );
  const kernel = await startKernel({ cwd: Deno.cwd(), executable });
  assert.equal((await kernel.execute("1 + 1")).status, "ok");
  await kernel.shutdown();
  await Deno.remove(flag);
  await Deno.remove(executable.replace(/\/deno$/, ""), { recursive: true });
});

Deno.test({
  name: "startKernel() refuses a kernel whose replies are not signed with the connection key",
  ...requireTool("/usr/bin/python3 with pyzmq (apt-get install python3-zmq)", pythonHas("zmq")),
  async fn() {
    const kernel = new URL("../fixtures/bad_signature_kernel.py", import.meta.url).pathname;
    const executable = await fakeDeno(`exec ${PYTHON} "${kernel}" "$4"`);
    const error = await kernelError(() => startKernel({ cwd: Deno.cwd(), executable }));
    assert.equal(error.kind, "protocol");
    assert.equal(
      error.message,
      "Cannot accept a kernel message on shell: its HMAC signature does not match the connection key",
    );
    assert.deepEqual(await childProcesses(), []);
    await Deno.remove(executable.replace(/\/deno$/, ""), { recursive: true });
  },
});

Deno.test("Kernel.execute() fails with kind died when the kernel stops answering heartbeats", async () => {
  const kernel = await startKernel({ cwd: Deno.cwd(), heartbeatTimeout: 1 });
  Deno.kill(kernel.pid, "SIGSTOP");
  const error = await kernelError(() => kernel.execute("1"));
  assert.equal(error.kind, "died");
  assert.equal(
    error.message,
    "Cannot use the kernel: the kernel stopped answering: no heartbeat for 1 s",
  );
  const exit = await kernel.shutdown();
  assert.equal(exit.signal, "SIGKILL");
  assert.equal(await isAlive(kernel.pid), false);
});

Deno.test("Kernel.execute() keeps a healthy kernel alive past several heartbeat timeouts", async () => {
  // Pings go out every timeout/3 s; a wrong or missing echo would kill the kernel within 1 s.
  const kernel = await startKernel({ cwd: Deno.cwd(), heartbeatTimeout: 1 });
  try {
    const reply = await kernel.execute(
      "await new Promise((resolve) => setTimeout(resolve, 3000)); 7",
    );
    assert.deepEqual([reply.status, reply.executionCount], ["ok", 1]);
  } finally {
    await kernel.shutdown();
  }
});

Deno.test("Kernel.shutdown() asks politely and the kernel exits with code 0", async () => {
  const kernel = await startKernel({ cwd: Deno.cwd() });
  const exit = await kernel.shutdown();
  assert.deepEqual([exit.code, exit.signal], [0, null]);
  assert.equal(await isAlive(kernel.pid), false);
  // A second shutdown is harmless.
  assert.deepEqual(await kernel.shutdown(), exit);
});

Deno.test("executeNotebook() stops a run when its signal aborts, leaving no kernel behind", async () => {
  const controller = new AbortController();
  const notebook = notebookOf(code("await new Promise((resolve) => setTimeout(resolve, 60_000))"));
  setTimeout(() => controller.abort(new Error("stopped by the user")), 500);
  const error = await kernelError(() =>
    executeNotebook(notebook, { cwd: Deno.cwd(), signal: controller.signal })
  );
  assert.equal(error.kind, "aborted");
  assert.equal(error.message, "Cannot execute notebook cell 0: aborted (stopped by the user)");
  assert.deepEqual(await childProcesses(), []);
});

/** Runs tests/fixtures/kernel_owner.ts and returns it with the pid of the kernel it started. */
async function kernelOwner(mode: "wait" | "exit") {
  const owner = new Deno.Command(Deno.execPath(), {
    args: ["run", "-A", new URL("../fixtures/kernel_owner.ts", import.meta.url).pathname, mode],
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const lines = owner.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!/KERNEL \d+\n/.test(text)) {
    const { value, done } = await lines.read();
    if (done) break;
    text += value;
  }
  const kernelPid = Number(/KERNEL (\d+)/.exec(text)?.[1]);
  const drained = (async () => {
    while (!(await lines.read()).done) { /* drain */ }
  })();
  return { owner, kernelPid, drained };
}

// SIGINT, SIGTERM and SIGHUP reach the exit guard; SIGKILL (the OOM killer) reaches nothing, and
// the kernel's watchdog, which sees the program's pipe close, kills it.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGKILL"] as const) {
  Deno.test(`startKernel() leaves no kernel behind when its program gets ${signal}`, async () => {
    const { owner, kernelPid, drained } = await kernelOwner("wait");
    assert.equal(await isAlive(kernelPid), true);
    owner.kill(signal);
    const status = await owner.status;
    await drained;
    // The program still ends as the signal would have ended it.
    assert.equal(status.signal, signal);
    assert.equal(await goneWithin(kernelPid, 2000), true);
  });
}

Deno.test("startKernel() leaves no kernel behind when its program calls Deno.exit()", async () => {
  const { owner, kernelPid, drained } = await kernelOwner("exit");
  assert.equal((await owner.status).code, 0);
  await drained;
  assert.equal(await goneWithin(kernelPid, 2000), true);
});
