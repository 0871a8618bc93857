import { Buffer } from "node:buffer";

/** Options for {@linkcode readDocx}. */
export interface ReadDocxOptions {
  /** The file's name, for error messages; default `"document.docx"`. */
  source?: string;
}

// mammoth is loaded on first use: only reading a Word file needs it. 1.12.0, not 1.13: 1.13
// wraps its promises by setting `__proto__`, which Deno disables, so it fails under Deno.
type Mammoth = typeof import("npm:mammoth@1.12.0");
let loading: Promise<Mammoth> | null = null;

// The parts of mammoth's document tree (what its `transformDocument` option is given) read here.
interface DocxElement {
  type: string;
  value?: string;
  children?: DocxElement[];
}

/**
 * Reads the text of a Word file (`.docx`) with mammoth: one line per paragraph, in document
 * order, and one line per table row with its cells separated by tabs (a cell's paragraphs
 * joined by spaces), so `ingest()` reads the table as one. A tab in a paragraph is kept (text
 * laid out with tab stops is a table too); a line break within a paragraph is a space.
 *
 * @param bytes The file's bytes.
 * @param options The file's name, for errors.
 * @returns The text, lines separated by `\n`.
 * @throws {SyntaxError} When the bytes are not a Word file (not a zip, or a zip without a Word
 *   document in it), or it has no text.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readDocx } from "./mod.ts";
 *
 * await assert.rejects(
 *   readDocx(new TextEncoder().encode("plain text"), { source: "reply.docx" }),
 *   (error) => error instanceof SyntaxError &&
 *     error.message.startsWith('Cannot read "reply.docx": it is not a Word (.docx) file'),
 * );
 * ```
 */
export async function readDocx(bytes: Uint8Array, options: ReadDocxOptions = {}): Promise<string> {
  const source = options.source ?? "document.docx";
  loading ??= import("npm:mammoth@1.12.0");
  const mammoth = await loading;
  // mammoth's Node build reads a Buffer (or a path); its `arrayBuffer` input is the browser's.
  let tree: DocxElement | null = null;
  try {
    await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, {
      transformDocument: (document: DocxElement) => (tree = document),
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SyntaxError(
      `Cannot read "${source}": it is not a Word (.docx) file (${message.split("\n")[0]})`,
    );
  }
  const lines = blockLines(tree as DocxElement | null);
  if (lines.every((line) => line.trim() === "")) {
    throw new SyntaxError(`Cannot read "${source}": the Word file has no text`);
  }
  return lines.join("\n");
}

function blockLines(element: DocxElement | null): string[] {
  if (element === null) return [];
  if (element.type === "paragraph") return [inlineText(element).replace(/ +$/, "")];
  if (element.type === "table") {
    return rowsOf(element).map((row) =>
      cellsOf(row).map((cell) =>
        blockLines(cell).map((line) => line.trim()).filter((t) => t !== "").join(" ")
          .replaceAll("\t", " ")
      ).join("\t")
    );
  }
  return (element.children ?? []).flatMap(blockLines);
}

// Rows and cells may sit inside other elements (a structured-document tag, a bookmark).
function rowsOf(element: DocxElement): DocxElement[] {
  return (element.children ?? []).flatMap((child) =>
    child.type === "tableRow" ? [child] : child.type === "table" ? [] : rowsOf(child)
  );
}

function cellsOf(row: DocxElement): DocxElement[] {
  return (row.children ?? []).flatMap((child) => child.type === "tableCell" ? [child] : []);
}

function inlineText(element: DocxElement): string {
  if (element.type === "text") return element.value ?? "";
  if (element.type === "tab") return "\t";
  if (element.type === "break") return " ";
  return (element.children ?? []).map(inlineText).join("");
}
