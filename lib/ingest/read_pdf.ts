import { type PdfItem, pdfLines } from "./_pdf_lines.ts";

/** Where a line of a document's text is in the document: its page and its line on that page. */
export interface PagePlace {
  /** The 1-based page. */
  page: number;
  /** The 1-based line on the page, counting the lines of text a reader sees. */
  line: number;
}

/** A PDF's text layer as {@linkcode readPdf} reads it. */
export interface PdfText {
  /** The text, page after page, one line per line of the page; tables tab-separated. */
  text: string;
  /**
   * For each line of `text` (index 0 is line 1), its page and line on that page; null for a
   * blank line standing for a paragraph break.
   */
  places: (PagePlace | null)[];
  /** How many pages the PDF has. */
  pages: number;
  /** The pages with no text on them (scanned images, blank pages), 1-based. */
  pagesWithoutText: number[];
}

/** Options for {@linkcode readPdf}. */
export interface ReadPdfOptions {
  /** The file's name, for error messages; default `"document.pdf"`. */
  source?: string;
}

// unpdf (a build of Mozilla's PDF.js for servers and Deno) is loaded on first use: it is large,
// and only reading a PDF needs it.
type Unpdf = typeof import("npm:unpdf@1.8.1");
let loading: Promise<Unpdf> | null = null;

/**
 * Reads the text layer of a PDF, page by page, with unpdf (PDF.js). Each line of a page is a
 * line of the text; a larger vertical gap adds a blank line (a paragraph break); text laid out
 * in columns becomes tab-separated rows, one cell per column, so `ingest()` reads it as a
 * table. `places` maps every line back to its page and its line on that page, for citing.
 *
 * @param bytes The PDF file's bytes (not changed).
 * @param options The file's name, for errors.
 * @returns The text, each line's page and line, and the pages without text.
 * @throws {SyntaxError} When the bytes are not a PDF PDF.js can read, the PDF needs a password,
 *   or no page has any text (a scanned document: the message says to run OCR first).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { readPdf } from "./mod.ts";
 *
 * const bytes = new TextEncoder().encode("Not a PDF at all");
 * await assert.rejects(
 *   readPdf(bytes, { source: "reply.pdf" }),
 *   new SyntaxError('Cannot read "reply.pdf": it is not a readable PDF (Invalid PDF structure.)'),
 * );
 * ```
 */
export async function readPdf(bytes: Uint8Array, options: ReadPdfOptions = {}): Promise<PdfText> {
  const source = options.source ?? "document.pdf";
  const cannot = `Cannot read "${source}"`;
  loading ??= import("npm:unpdf@1.8.1");
  const { getDocumentProxy } = await loading;
  let pdf: Awaited<ReturnType<Unpdf["getDocumentProxy"]>>;
  try {
    // PDF.js takes over (detaches) the buffer it is given: give it a copy.
    pdf = await getDocumentProxy(bytes.slice(), { verbosity: 0 });
  } catch (error) {
    const name = (error as { name?: string })?.name;
    const message = (error as { message?: string })?.message ?? String(error);
    if (name === "PasswordException") {
      throw new SyntaxError(
        `${cannot}: the PDF is encrypted and needs a password; save a copy without the ` +
          "password (print it to PDF) and add that",
      );
    }
    throw new SyntaxError(`${cannot}: it is not a readable PDF (${message})`);
  }
  try {
    const lines: string[] = [];
    const places: (PagePlace | null)[] = [];
    const pagesWithoutText: number[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      const items: PdfItem[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ str: item.str, x, y, width: item.width, size: Math.hypot(a, b) || 1 });
      }
      const pageLines = pdfLines(items);
      if (pageLines.length === 0) pagesWithoutText.push(page);
      for (const { text, line } of pageLines) {
        lines.push(text);
        places.push(line === null ? null : { page, line });
      }
    }
    if (lines.length === 0) {
      throw new SyntaxError(
        `${cannot}: it has no text layer on any of its ${pdf.numPages} page(s), as a scanned ` +
          "document has not; run OCR on it first (for example ocrmypdf) and add the result",
      );
    }
    return { text: lines.join("\n"), places, pages: pdf.numPages, pagesWithoutText };
  } finally {
    await pdf.loadingTask.destroy();
  }
}

/**
 * The page and line on that page of a line of a PDF's text, for citing it.
 *
 * @param text What {@linkcode readPdf} read.
 * @param line A 1-based line of `text`.
 * @returns Its page and line; null for a blank line or a line past the end.
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { pageLine } from "./mod.ts";
 *
 * const text = { text: "a\n\nb", places: [{ page: 1, line: 1 }, null, { page: 2, line: 1 }], pages: 2, pagesWithoutText: [] };
 * assert.deepEqual(pageLine(text, 3), { page: 2, line: 1 });
 * assert.equal(pageLine(text, 2), null);
 * ```
 */
export function pageLine(text: Pick<PdfText, "places">, line: number): PagePlace | null {
  return text.places[line - 1] ?? null;
}
