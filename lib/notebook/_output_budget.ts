/**
 * The output allowance of a notebook and of its current cell, shared by the runner (while it
 * records a kernel's messages, so memory stays bounded) and `limitOutputs()` (for a notebook read
 * from disk, as the report does).
 *
 * @module
 */
import type { DisplayDataOutput, ErrorOutput, Output } from "./nbformat.ts";
import type { OutputLimits } from "./output_limits.ts";

/** Characters an error's message, and each line of its traceback, may keep. */
const ERROR_TEXT = 100_000;

/** Whether an output is a note the budget wrote (notes do not count against it). */
function isTruncationNote(output: Output): boolean {
  const runner = (output as { metadata?: { runner?: { truncated?: unknown } } }).metadata?.runner;
  return output.output_type === "display_data" && runner?.truncated !== undefined;
}

/** Cuts text to `max` characters. */
function cutText(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/** An error's message and traceback lines cut to 100,000 characters each, at most 1,000 lines. */
export function cutError<T extends { evalue: string; traceback: string[] }>(error: T): T {
  return {
    ...error,
    evalue: cutText(error.evalue, ERROR_TEXT),
    traceback: error.traceback.slice(0, 1000).map((line) => cutText(line, ERROR_TEXT)),
  };
}

/** The characters an output holds: a stream's text, a bundle's JSON, an error's text. */
export function outputSize(output: Output): number {
  switch (output.output_type) {
    case "stream":
      return textOf(output.text).length;
    case "error":
      return output.ename.length + output.evalue.length +
        output.traceback.reduce((n, line) => n + line.length, 0);
    default:
      return JSON.stringify(output.data ?? {}).length;
  }
}

function textOf(text: string | string[]): string {
  return Array.isArray(text) ? text.join("") : text;
}

/** Tracks what the notebook and its current cell have kept, and what they dropped. */
export class OutputBudget {
  #limits: OutputLimits;
  #notebookUsed = 0;
  #cellUsed = 0;
  #dropped = 0;
  #droppedOutputs = 0;
  #limitHit: "cell" | "notebook" | null = null;

  constructor(limits: OutputLimits) {
    for (const key of ["cell", "notebook"] as const) {
      const value = limits[key];
      if (!Number.isSafeInteger(value) || value < 0) {
        throw new RangeError(
          `Cannot limit outputs: the ${key} limit "${value}" is not a whole number of characters`,
        );
      }
    }
    this.#limits = limits;
  }

  /** Starts a cell with its full allowance (what is left of the notebook's). */
  startCell(): void {
    this.#cellUsed = 0;
    this.#dropped = 0;
    this.#droppedOutputs = 0;
    this.#limitHit = null;
  }

  /** Characters the cell may still keep. */
  get #left(): number {
    return Math.max(
      0,
      Math.min(this.#limits.cell - this.#cellUsed, this.#limits.notebook - this.#notebookUsed),
    );
  }

  #use(size: number): void {
    this.#cellUsed += size;
    this.#notebookUsed += size;
  }

  #drop(size: number): void {
    this.#dropped += size;
    this.#limitHit ??= this.#limits.cell - this.#cellUsed <=
        this.#limits.notebook - this.#notebookUsed
      ? "cell"
      : "notebook";
  }

  /** How much of a stream's `text` may be kept; the rest counts as dropped. */
  streamText(text: string): string {
    const kept = cutText(text, this.#left);
    this.#use(kept.length);
    if (kept.length < text.length) this.#drop(text.length - kept.length);
    return kept;
  }

  /** Whether a rich output of `size` characters fits whole; if not it counts as dropped. */
  fits(size: number): boolean {
    if (size <= this.#left) {
      this.#use(size);
      return true;
    }
    this.#drop(size);
    this.#droppedOutputs++;
    return false;
  }

  /** An error output with its text cut; always kept, and counted. */
  error(output: ErrorOutput): ErrorOutput {
    const cut = cutError(output);
    this.#use(outputSize(cut));
    return cut;
  }

  /** Whether an output of `size` characters is more than a whole cell may keep. */
  tooBig(size: number): boolean {
    return size > this.#limits.cell;
  }

  /** The cell's outputs were cleared: what they held is free again. */
  cleared(size: number): void {
    this.#cellUsed -= size;
    this.#notebookUsed -= size;
  }

  /** One stored output as it may be kept: whole, cut (streams, errors), or null (dropped). */
  keep(output: Output): Output | null {
    if (isTruncationNote(output)) return output;
    if (output.output_type === "stream") {
      const text = this.streamText(textOf(output.text));
      return text === "" && this.#dropped > 0 ? null : { ...output, text };
    }
    if (output.output_type === "error") return this.error(output);
    return this.fits(outputSize(output)) ? output : null;
  }

  /** Ends the cell: the note to add when it lost output, else null. */
  finishCell(): DisplayDataOutput | null {
    if (this.#dropped === 0) return null;
    const limit = this.#limitHit === "notebook"
      ? `${this.#limits.notebook.toLocaleString("en-GB")} characters per notebook`
      : `${this.#limits.cell.toLocaleString("en-GB")} characters per cell`;
    const outputs = this.#droppedOutputs === 0
      ? ""
      : `, including ${this.#droppedOutputs.toLocaleString("en-GB")} ` +
        (this.#droppedOutputs === 1 ? "output" : "outputs");
    const text = `Output truncated: ${this.#dropped.toLocaleString("en-GB")} more characters` +
      `${outputs} were not kept (the limit is ${limit})`;
    return {
      data: { "text/plain": [text] },
      metadata: {
        runner: { truncated: { characters: this.#dropped, outputs: this.#droppedOutputs } },
      },
      output_type: "display_data",
    };
  }
}
