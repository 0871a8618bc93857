import { MAX_INGEST_CHARACTERS } from "./ingest.ts";
import { readDocx } from "./read_docx.ts";
import { readPdf } from "./read_pdf.ts";

/**
 * Reads a document to ingest: a UTF-8 text, markdown or HTML file, a PDF's text layer
 * (`readPdf()`: a file named `.pdf` or starting `%PDF-`) or a Word file's text (`readDocx()`: a
 * file named `.docx`). A byte-order mark is dropped.
 *
 * @param path The file.
 * @returns The text.
 * @throws {Deno.errors.NotFound} When there is no such file (the message names it).
 * @throws {RangeError} When the file is too large for `ingest()` (see `MAX_INGEST_CHARACTERS`).
 * @throws {SyntaxError} When the file is not UTF-8 text, a readable PDF with a text layer or a
 *   Word file (an image, a spreadsheet, an encrypted or scanned PDF): the message names the file
 *   and says what to do.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readDocument } from "./mod.ts";
 *
 * const path = await Deno.makeTempFile({ suffix: ".txt" });
 * await Deno.writeTextFile(path, "\uFEFFTotal spend £5k");
 * assert.equal(await readDocument(path), "Total spend £5k");
 * await Deno.remove(path);
 * ```
 */
export async function readDocument(path: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    // A character is at most three bytes of UTF-8: a larger file is refused before it is read.
    const { size } = await Deno.stat(path);
    if (size > 3 * MAX_INGEST_CHARACTERS) {
      throw new RangeError(
        `Cannot read "${path}": the file is ${size.toLocaleString("en-GB")} bytes, more than ` +
          `ingest reads (at most ${MAX_INGEST_CHARACTERS.toLocaleString("en-GB")} characters)`,
      );
    }
    bytes = await Deno.readFile(path);
  } catch (error) {
    if (error instanceof Error && !error.message.startsWith("Cannot read")) {
      error.message = `Cannot read "${path}": ${error.message}`;
    }
    throw error;
  }
  const name = path.toLowerCase();
  const pdf = name.endsWith(".pdf") || /^%PDF-/.test(String.fromCharCode(...bytes.subarray(0, 5)));
  if (pdf) return (await readPdf(bytes, { source: path })).text;
  if (name.endsWith(".docx")) return await readDocx(bytes, { source: path });
  const binary = () =>
    new SyntaxError(
      `Cannot read "${path}": it is not UTF-8 text, a PDF or a Word (.docx) file`,
    );
  if (bytes.subarray(0, 8192).includes(0)) throw binary();
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw binary();
  }
}
