import assert from "node:assert/strict";
import { startKernel } from "../../lib/notebook/start_kernel.ts";
import { childProcesses, isAlive } from "./_kernel_tools.ts";

const CYCLES = 100;

Deno.test(`startKernel() survives ${CYCLES} start, execute, shutdown cycles with no kernel left behind`, async () => {
  for (let cycle = 0; cycle < CYCLES; cycle++) {
    const kernel = await startKernel({ cwd: Deno.cwd() });
    const streams: string[] = [];
    const onMessage = (type: string, content: Record<string, unknown>) => {
      if (type === "stream") streams.push(String(content.text));
    };
    assert.equal((await kernel.execute(`const cycle = ${cycle};`)).status, "ok");
    assert.equal(
      (await kernel.execute("console.log(`cycle ${cycle}`)", { onMessage })).status,
      "ok",
    );
    const reply = await kernel.execute("cycle * 2", { timeout: 30 });
    assert.deepEqual([reply.status, reply.executionCount], ["ok", 3]);
    assert.deepEqual(streams, [`cycle ${cycle}\n`]);
    const exit = await kernel.shutdown();
    assert.deepEqual([exit.code, exit.signal], [0, null], `cycle ${cycle}: ${exit.output}`);
    assert.equal(await isAlive(kernel.pid), false);
  }
  assert.deepEqual(await childProcesses(), []);
});
