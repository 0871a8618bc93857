import assert from "node:assert/strict";
import { progressPrinter } from "../../lib/notebook/progress_printer.ts";
import { result } from "./_run_results.ts";

/** A printer whose output is collected and whose clock the test moves. */
function printerOn(terminal: boolean, total: number, columns = 80) {
  const clock = { now: 0 };
  const writes: string[] = [];
  const printer = progressPrinter({
    write: (text) => writes.push(text),
    terminal,
    total,
    columns: () => columns,
    now: () => clock.now,
    interval: 5000,
    tick: 0,
  });
  return { printer, writes, clock };
}

const UP = (n: number) => `\x1b[${n}A\r\x1b[J`;

Deno.test("progressPrinter() prints plain start and finish lines without a terminal", () => {
  const { printer, writes, clock } = printerOn(false, 2);
  printer.event({ type: "start", index: 0, path: "a.ipynb" });
  printer.event({ type: "start", index: 1, path: "b.ipynb" });
  clock.now = 1200;
  printer.event({ type: "finish", index: 0, path: "a.ipynb", result: result("a.ipynb") });
  printer.event({
    type: "finish",
    index: 1,
    path: "b.ipynb",
    result: result("b.ipynb", {
      status: "error",
      message: 'Cannot run notebook "b.ipynb": cells[1] (In [2]) raised TypeError: boom',
      cells: { done: 2, total: 3 },
      durationMs: 300,
    }),
  });
  printer.close();
  assert.deepEqual(writes, [
    "start     a.ipynb\n",
    "start     b.ipynb\n",
    "ok        a.ipynb  3/3 cells  1.2 s\n",
    'ERROR     b.ipynb  2/3 cells  0.3 s  Cannot run notebook "b.ipynb": cells[1] (In [2]) ' +
    "raised TypeError: boom\n",
  ]);
});

Deno.test("progressPrinter() prints a plain progress line at most once per interval", () => {
  const { printer, writes, clock } = printerOn(false, 1);
  printer.event({ type: "start", index: 0, path: "a.ipynb" });
  const progress = (done: number, at: number) => {
    clock.now = at;
    printer.event({ type: "progress", index: 0, path: "a.ipynb", done, total: 9, elapsedMs: at });
  };
  progress(0, 0);
  progress(1, 4999); // under the 5000 ms interval since the start line: quiet
  progress(2, 5000);
  progress(3, 9000); // 4000 ms after the last line: quiet
  progress(4, 10_000);
  assert.deepEqual(writes, [
    "start     a.ipynb\n",
    "          a.ipynb  2/9 cells  5.0 s\n",
    "          a.ipynb  4/9 cells  10.0 s\n",
  ]);
});

Deno.test("progressPrinter() redraws live lines in place on a terminal", () => {
  const { printer, writes, clock } = printerOn(true, 3);
  printer.event({ type: "start", index: 0, path: "a.ipynb" });
  clock.now = 500;
  printer.event({ type: "start", index: 1, path: "b.ipynb" });
  clock.now = 1000;
  printer.event({
    type: "progress",
    index: 0,
    path: "a.ipynb",
    done: 1,
    total: 4,
    elapsedMs: 1000,
  });
  clock.now = 2500;
  printer.event({ type: "finish", index: 0, path: "a.ipynb", result: result("a.ipynb") });
  printer.close();
  assert.deepEqual(writes, [
    // First draw: nothing to move over yet; then the live lines and the overall line.
    "running   a.ipynb  reading  0.0 s\n" +
    "0/3 notebooks done, 1 running, 2 queued  0.0 s\n",
    UP(2) +
    "running   a.ipynb  reading  0.5 s\n" +
    "running   b.ipynb  reading  0.0 s\n" +
    "0/3 notebooks done, 2 running, 1 queued  0.5 s\n",
    UP(3) +
    "running   a.ipynb  1/4 cells  1.0 s\n" +
    "running   b.ipynb  reading  0.5 s\n" +
    "0/3 notebooks done, 2 running, 1 queued  1.0 s\n",
    // The finished line is printed where the live lines were; they are drawn again below it.
    UP(3) +
    "ok        a.ipynb  3/3 cells  1.2 s\n" +
    "running   b.ipynb  reading  2.0 s\n" +
    "1/3 notebooks done, 1 running, 1 queued  2.5 s\n",
    // Closing erases the live lines: the summary comes next.
    UP(2),
  ]);
});

Deno.test("progressPrinter() shortens a long path so a live line never wraps", () => {
  const { printer, writes } = printerOn(true, 1, 50);
  const path = "notebooks/a/very/long/folder/name/for/the/notebook/funding.ipynb";
  printer.event({ type: "start", index: 0, path });
  const [running, overall] = writes[0].split("\n");
  // 49 columns = 10 for "running   " + 16 for "  reading  0.0 s" + 23 for the path: its last
  // 22 characters after an ellipsis.
  assert.equal(running, "running   …notebook/funding.ipynb  reading  0.0 s");
  assert.equal(running.length, 49);
  assert.equal(overall, "0/1 notebooks done, 1 running, 0 queued  0.0 s");
});

Deno.test("progressPrinter() counts a notebook cancelled before it started as done", () => {
  const { printer, writes } = printerOn(true, 2);
  printer.event({ type: "start", index: 0, path: "a.ipynb" });
  printer.event({
    type: "finish",
    index: 1,
    path: "b.ipynb",
    result: result("b.ipynb", {
      status: "cancelled",
      message: 'Did not run notebook "b.ipynb": fail-fast',
      cells: { done: 0, total: 0 },
      durationMs: 0,
    }),
  });
  assert.equal(
    writes[1],
    UP(2) +
      'CANCELLED b.ipynb  0.0 s  Did not run notebook "b.ipynb": fail-fast\n' +
      "running   a.ipynb  reading  0.0 s\n" +
      "1/2 notebooks done, 1 running, 0 queued  0.0 s\n",
  );
});
