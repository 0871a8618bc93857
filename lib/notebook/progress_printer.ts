import { formatDuration } from "../format/format_duration.ts";
import { finishedLine, labelled, runningLine, shorten } from "./_run_text.ts";
import type { RunEvent } from "./run_notebooks.ts";
import { terminalText } from "./terminal_text.ts";

/** Options for {@linkcode progressPrinter}. */
export interface ProgressPrinterOptions {
  /** Where the text goes, e.g. to stdout. */
  write: (text: string) => void;
  /** Redraw live lines in place with ANSI cursor movement (for a terminal) or print plain lines. */
  terminal: boolean;
  /** How many notebooks will run, for the terminal's overall line. */
  total: number;
  /** The terminal's width in columns; live lines are cut to fit so they never wrap. Default 80. */
  columns?: () => number;
  /** The clock, in milliseconds; default `performance.now`. */
  now?: () => number;
  /** Plain mode: at most one progress line per notebook this often (ms); default 10 000. */
  interval?: number;
  /** Terminal mode: redraw this often (ms) so elapsed times move; 0 for never. Default 1000. */
  tick?: number;
}

/** Prints progress; see {@linkcode progressPrinter}. */
export interface ProgressPrinter {
  /** Takes one event of `runNotebooks`. */
  event(event: RunEvent): void;
  /** Stops redrawing and erases the live lines (the summary printed next replaces them). */
  close(): void;
}

interface Live {
  path: string;
  startedAt: number;
  printedAt: number;
  cells: { done: number; total: number | null };
}

/**
 * Shows notebooks' progress while `runNotebooks` runs. On a terminal, each running notebook has
 * a live line (cells done of total, elapsed time) redrawn in place with ANSI cursor movement,
 * above an overall line; a finished notebook's line is printed above them, where it stays.
 * Without a terminal (CI logs, pipes), plain lines: one when a notebook starts, one at most
 * every `interval` ms while it runs, and one when it finishes.
 *
 * @param options Where to write, terminal or not, how many notebooks, and the clock.
 * @returns The printer: feed it events, then close it.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { progressPrinter } from "./mod.ts";
 * let text = "";
 * const printer = progressPrinter({ write: (t) => (text += t), terminal: false, total: 1, now: () => 0 });
 * printer.event({ type: "start", index: 0, path: "a.ipynb" });
 * assert.equal(text, "start     a.ipynb\n");
 * ```
 */
export function progressPrinter(options: ProgressPrinterOptions): ProgressPrinter {
  const { write, terminal, now = () => performance.now() } = options;
  const columns = options.columns ?? (() => 80);
  const interval = options.interval ?? 10_000;
  const tick = options.tick ?? 1000;
  const began = now();
  const live = new Map<number, Live>();
  let finished = 0;
  let drawn = 0; // live lines on screen, below the cursor's row on the next redraw

  const redraw = (permanent: string[]) => {
    const width = Math.max(40, columns()) - 1;
    const lines = [...live.values()].map((entry) =>
      runningLine(terminalText(entry.path), entry.cells, now() - entry.startedAt, width)
    );
    const queued = options.total - finished - live.size;
    lines.push(
      `${finished}/${options.total} notebooks done, ${live.size} running, ${queued} queued  ` +
        formatDuration(now() - began),
    );
    const erase = drawn > 0 ? `\x1b[${drawn}A\r\x1b[J` : "";
    drawn = lines.length;
    write(
      erase + [...permanent, ...lines.map((line) => shorten(line, width, "end"))].join("\n") + "\n",
    );
  };
  // Paths and messages come from notebooks: nothing in them may move the cursor or worse.
  const print = (text: string[]) => {
    const lines = text.map(terminalText);
    if (terminal) redraw(lines);
    else if (lines.length > 0) write(lines.map((line) => `${line}\n`).join(""));
  };
  const progress = (entry: Live, event: Extract<RunEvent, { type: "progress" }>) => {
    entry.cells = { done: event.done, total: event.total };
    if (terminal || now() - entry.printedAt < interval) return print([]);
    entry.printedAt = now();
    print([labelled("", runningLine(entry.path, entry.cells, now() - entry.startedAt).slice(10))]);
  };

  const timer = terminal && tick > 0
    ? setInterval(() => live.size > 0 && redraw([]), tick)
    : undefined;
  // Never what keeps the program alive: a caller that forgets close() still ends.
  if (timer !== undefined) Deno.unrefTimer(timer);
  return {
    event(event) {
      if (event.type === "start") {
        const at = now();
        live.set(event.index, {
          path: event.path,
          startedAt: at,
          printedAt: at,
          cells: { done: 0, total: null },
        });
        return print(terminal ? [] : [labelled("start", event.path)]);
      }
      const entry = live.get(event.index);
      if (event.type === "progress") return entry && progress(entry, event);
      live.delete(event.index);
      finished++;
      print([finishedLine(event.result)]);
    },
    close() {
      clearInterval(timer);
      if (terminal && drawn > 0) write(`\x1b[${drawn}A\r\x1b[J`);
      drawn = 0;
    },
  };
}
