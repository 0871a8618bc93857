/**
 * Helpers for the notebook tests: where the analysis notebooks are, their outputs as text, and
 * the rule that keeps figures out of hand-written Markdown.
 *
 * @module
 */
import { fileURLToPath } from "node:url";
import {
  type CodeCell,
  joinSource,
  type MultilineString,
  type Notebook,
  type Output,
} from "../../lib/notebook/mod.ts";

/** The folder of the analysis notebooks, `notebooks/`. */
export const NOTEBOOKS_DIR = fileURLToPath(new URL("../../notebooks/", import.meta.url));

/** The notebooks the analysis must have (issue 5; 07 from issue 15), by file name. */
export const EXPECTED_NOTEBOOKS = [
  "01_victim_first.ipynb",
  "02_services_for_children.ipynb",
  "03_child_victims_leicester.ipynb",
  "04_llr_commissioning_2024_25.ipynb",
  "05_reproducibility.ipynb",
  "06_nottinghamshire_2015_vs_llr.ipynb",
  "07_case_level_breakdowns.ipynb",
];

/**
 * The notebooks on the synthetic referral extract (`generateReferrals()`): they cite no source
 * document, and say instead, in their opening cell and on every chart, that the figures are
 * invented.
 */
export const SYNTHETIC_NOTEBOOKS = ["07_case_level_breakdowns.ipynb"];

/** The `.ipynb` files in `notebooks/`, sorted. */
export function notebookFiles(): string[] {
  return [...Deno.readDirSync(NOTEBOOKS_DIR)]
    .filter((entry) => entry.isFile && entry.name.endsWith(".ipynb"))
    .map((entry) => entry.name)
    .sort();
}

/** The code cells of a notebook. */
export function codeCells(nb: Notebook): CodeCell[] {
  return nb.cells.filter((cell): cell is CodeCell => cell.cell_type === "code");
}

/** Every output of every code cell. */
export function outputs(nb: Notebook): Output[] {
  return codeCells(nb).flatMap((cell) => cell.outputs);
}

/** The text an output holds for one MIME type, or null; JSON types are returned as JSON text. */
export function outputText(output: Output, mime: string): string | null {
  if (!("data" in output) || !(mime in output.data)) return null;
  const value = output.data[mime];
  return typeof value === "string" || Array.isArray(value)
    ? joinSource(value as MultilineString)
    : JSON.stringify(value);
}

// What a hand-written Markdown cell may contain that looks like a figure: years (2015), financial
// years (2024-25, 2021/22, 24/25), FOI references (FOI 0004-24, FOI 2838/15, wrapped or not) and
// SHA-256. Everything else with three or more digits, and any £ followed by a digit, is a figure
// that must come from a code cell.
const ALLOWED = [
  /\bFOI\s+\d{4}[-/]\d{2}\b/g,
  /\bSHA-256\b/g,
  /\b(19|20)\d{2}[-/](\d{2}|(19|20)\d{2})\b/g,
  /\b\d{2}\/\d{2}\b/g,
  /\b(19|20)\d{2}\b/g,
];
// A £ amount, or a number (digits with , or . between them).
const FIGURE = /£\s*\d+(?:[.,]\d+)*|\d+(?:[.,]\d+)*/g;

/**
 * The figures typed by hand into Markdown text: £ amounts, and numbers of three or more digits
 * (`1,351`, `352`, `26.49`),
 * leaving out the allow-list above (years, financial years, FOI references, SHA-256).
 *
 * @param markdown A Markdown cell's text.
 * @returns The figures found, in order; empty when there are none.
 */
export function handTypedFigures(markdown: string): string[] {
  const stripped = ALLOWED.reduce((text, pattern) => text.replace(pattern, " "), markdown);
  return [...stripped.matchAll(FIGURE)].map((match) => match[0])
    .filter((figure) => figure.startsWith("£") || figure.replace(/\D/g, "").length >= 3);
}

// A call of display() (the toolkit's, or Deno.jupyter's), and the same call awaited.
const DISPLAY_CALL = /(?<![\w$])(?:Deno\.jupyter\.)?display\(/g;
const AWAITED = /\bawait\s+$/;

/**
 * Where a notebook relies on outputs that `jupyter nbconvert --execute` may miss. Deno 2.9's
 * kernel queues every output and can report a cell idle while the last ones are still queued;
 * nbclient stops reading a cell at idle. A cell's value (`execute_result`) is queued only after
 * the cell's code has finished, so nothing in the cell can wait for it: in ten nbconvert runs of
 * the notebooks as first committed, 8% of the values of cells without a top-level `await` were
 * lost and 11% of those with one. Printed text, or a display() not awaited, at the end of a cell
 * is lost the same way. The toolkit's `await display(x)` waits for the kernel to publish, so a
 * cell whose last output comes from it keeps every output.
 *
 * @param nb A notebook, stored executed.
 * @returns One message per problem, naming the cell; empty when there is none.
 */
export function lateOutputRisks(nb: Notebook): string[] {
  return codeCells(nb).flatMap((cell) => {
    const problems: string[] = [];
    const code = joinSource(cell.source).replace(/^\s*\/\/.*$/gm, "");
    for (const call of code.matchAll(DISPLAY_CALL)) {
      if (call[0].startsWith("Deno.")) {
        problems.push(
          `cell "${cell.id}" calls Deno.jupyter.display(), which does not wait for the kernel ` +
            "to publish: use the toolkit's await display(...)",
        );
      } else if (!AWAITED.test(code.slice(0, call.index))) {
        problems.push(
          `cell "${cell.id}" calls display() without await: the output is sent after the ` +
            "cell ends and lands in the next cell or nowhere; write await display(...)",
        );
      }
    }
    const last = cell.outputs.at(-1);
    if (last?.output_type === "execute_result") {
      problems.push(
        `cell "${cell.id}" ends with a value (an execute_result), which the Deno kernel may ` +
          "publish after reporting the cell done, and nbconvert then loses it: end the cell " +
          "with await display(...) instead",
      );
    } else if (last !== undefined && last.output_type !== "display_data") {
      problems.push(
        `cell "${cell.id}" has a ${last.output_type} output after its last display(), which ` +
          "nbconvert may lose: show it with await display(...) or move it before one",
      );
    }
    return problems;
  });
}

// What a sentence may hold without being a figure: citations themselves, years, financial years,
// dates, FOI references, quarters, section numbers, a licence's version and a seed's file name.
const NOT_FIGURES = [
  /\blines? \d+(?:[–-]\d+)?(?:(?:, | and |, and )\d+(?:[–-]\d+)?)*/g,
  /\S+\.txt\b/g,
  /\bFOI\s+\d{4}[-/]\d{2}\b/g,
  /\b\d{4}[-/]\d{2}(?:[-/]\d{2})?\b/g,
  /\b\d{2}\/\d{2}\b/g,
  /\b(?:19|20)\d{2}\b/g,
  /\bQ[1-4]\b/g,
  /\bsections? \d+\b/g,
  /\bv\d+(?:\.\d+)*\b/g,
];
const CLAIM_WORD = /\b(?:every|only|all|no|never)\b/i;
const CITATION = /\blines? \d+/;

/**
 * The sentences of a notebook's narrative that assert something about the documents without
 * saying where: those that carry a figure (any number but a year, date, reference or line) or a
 * claim word ("every", "only", "all", "no", "never") and no citation of a line ("line 79",
 * "lines 186–194"). Issue 14: a researcher who quotes a sentence must be able to find its source.
 *
 * @param text The plain text of a Markdown output (one paragraph or list).
 * @returns The uncited sentences, in order; empty when every one cites its line.
 */
export function uncitedClaims(text: string): string[] {
  return text.split("\n").map((block) => block.replace(/^\s*[-*]\s+/, "").trim())
    .filter((block) => block !== "")
    .flatMap((block) => block.split(/(?<=[.!?:])\s+(?=[A-Z"“(])/))
    .filter((sentence) => {
      if (CITATION.test(sentence)) return false;
      const bare = NOT_FIGURES.reduce((s, pattern) => s.replace(pattern, " "), sentence);
      return /\d/.test(bare) || CLAIM_WORD.test(bare);
    });
}
