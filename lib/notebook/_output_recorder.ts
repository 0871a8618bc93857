/**
 * Turns iopub messages into nbformat 4.5 outputs the way nbclient does, plus nbconvert's
 * coalesce_streams (consecutive streams of one name merged, text overwritten by `\r` dropped):
 * display ids are tracked across the whole notebook, `update_display_data` rewrites earlier
 * outputs in place, `clear_output` with `wait` is deferred to the next output. What a cell and
 * the notebook keep is bounded (`OUTPUT_LIMITS`): the rest is dropped as it arrives, and a note at
 * the end of the cell says how much.
 *
 * @module
 */
import {
  type CodeCell,
  type DisplayDataOutput,
  type ErrorOutput,
  type ExecuteResultOutput,
  type MimeBundle,
  type Notebook,
  type Output,
  splitLines,
  type StreamOutput,
} from "./nbformat.ts";
import { isLinesMime } from "./_mime.ts";
import { OutputBudget, outputSize } from "./_output_budget.ts";
import { OUTPUT_LIMITS, type OutputLimits } from "./output_limits.ts";

type Content = Record<string, unknown>;
type Display = DisplayDataOutput | ExecuteResultOutput;

/** Records outputs into a notebook's cells, one cell at a time. */
export class OutputRecorder {
  #notebook: Notebook;
  #displays = new Map<string, { cellIndex: number; output: Display }[]>();
  #cellIndex = -1;
  #clearPending = false;
  // The Deno kernel publishes a cell's error at once but its console output through a queue, so
  // under load the error can arrive before text the cell printed earlier. An error ends the
  // cell, so it is held and stored last, where it happened.
  #error: ErrorOutput | null = null;
  #budget: OutputBudget;

  constructor(notebook: Notebook, limits: OutputLimits = OUTPUT_LIMITS) {
    this.#notebook = notebook;
    this.#budget = new OutputBudget(limits);
  }

  /** Starts recording into the code cell at `cellIndex`; returns that cell. */
  startCell(cellIndex: number): CodeCell {
    this.#cellIndex = cellIndex;
    this.#clearPending = false;
    this.#error = null;
    this.#cell.outputs = [];
    this.#budget.startCell();
    return this.#cell;
  }

  /** Applies one iopub message to the current cell (and to earlier displays it updates). */
  handle(msgType: string, content: Content): void {
    const displayId = (content.transient as { display_id?: string } | undefined)?.display_id;
    const displayish = ["display_data", "execute_result", "update_display_data"];
    if (displayId && displayish.includes(msgType)) this.#update(displayId, content);
    // As nbclient: the prompt number comes from execute_input, so a cell cut short still has it.
    if (typeof content.execution_count === "number") {
      this.#cell.execution_count = content.execution_count;
    }
    if (msgType === "clear_output") return this.#clear(content.wait === true);
    const output = toOutput(msgType, content);
    if (output === null) return;
    if (this.#clearPending) this.#clear(false);
    if (output.output_type === "error") {
      this.#error = this.#budget.error(output);
      return;
    }
    if (output.output_type === "stream") {
      output.text = this.#budget.streamText(output.text as string);
      if (output.text === "") return;
    } else if (!this.#budget.fits(outputSize(output))) {
      return;
    }
    if (displayId && output.output_type !== "stream") {
      const targets = this.#displays.get(displayId) ?? [];
      targets.push({ cellIndex: this.#cellIndex, output });
      this.#displays.set(displayId, targets);
    }
    const outputs = this.#cell.outputs;
    const last = outputs.at(-1);
    if (
      output.output_type === "stream" && last?.output_type === "stream" && last.name === output.name
    ) {
      last.text = (last.text as string) + output.text;
    } else {
      outputs.push(output);
    }
  }

  /** Finishes the current cell: stream text gets its `\r` overwrites applied and is split. */
  finishCell(): void {
    if (this.#error !== null) this.#cell.outputs.push(this.#error);
    this.#error = null;
    const note = this.#budget.finishCell();
    if (note !== null) this.#cell.outputs.push(note);
    for (const output of this.#cell.outputs) {
      if (output.output_type !== "stream" || Array.isArray(output.text)) continue;
      const text = output.text.includes("\r")
        ? output.text.replace(/[^\n]*\r(?=[^\n])/g, "")
        : output.text;
      output.text = splitLines(text);
    }
  }

  get #cell(): CodeCell {
    return this.#notebook.cells[this.#cellIndex] as CodeCell;
  }

  #update(displayId: string, content: Content): void {
    // An update replaces what it updates, so it adds nothing up; one too big for a cell is dropped.
    if (this.#budget.tooBig(JSON.stringify(content.data ?? {}).length)) return;
    for (const { output } of this.#displays.get(displayId) ?? []) {
      output.data = toDiskBundle(content.data);
      output.metadata = (content.metadata ?? {}) as Record<string, unknown>;
    }
  }

  #clear(wait: boolean): void {
    this.#clearPending = wait;
    if (wait) return;
    this.#budget.cleared(this.#cell.outputs.reduce((n, output) => n + outputSize(output), 0));
    this.#cell.outputs = [];
    for (const [id, targets] of this.#displays) {
      this.#displays.set(id, targets.filter((target) => target.cellIndex !== this.#cellIndex));
    }
  }
}

/** nbformat's `output_from_msg`; keys in the order nbformat writes them (sorted). */
function toOutput(msgType: string, content: Content): Output | null {
  const metadata = (content.metadata ?? {}) as Record<string, unknown>;
  switch (msgType) {
    case "stream":
      return {
        name: content.name as StreamOutput["name"],
        output_type: "stream",
        text: String(content.text ?? ""),
      };
    case "display_data":
      return { data: toDiskBundle(content.data), metadata, output_type: "display_data" };
    case "execute_result":
      return {
        data: toDiskBundle(content.data),
        execution_count: (content.execution_count ?? null) as number | null,
        metadata,
        output_type: "execute_result",
      };
    case "error":
      return {
        ename: String(content.ename),
        evalue: String(content.evalue),
        output_type: "error",
        traceback: (content.traceback ?? []) as string[],
      };
    default:
      return null;
  }
}

/** Text MIME types become line arrays as nbformat writes them; JSON and base64 stay whole. */
function toDiskBundle(data: unknown): MimeBundle {
  const bundle: MimeBundle = {};
  for (const [mime, value] of Object.entries((data ?? {}) as MimeBundle)) {
    bundle[mime] = typeof value === "string" && isLinesMime(mime) ? splitLines(value) : value;
  }
  return bundle;
}
