// Private to lib/sources: a user's document as text, the same way when it is added and each time
// `deno task reproduce` checks it, so a figure's page and line mean the same every time.
import { readDocument } from "../ingest/read_document.ts";
import { type PdfText, readPdf } from "../ingest/read_pdf.ts";
import type { SourceInfo } from "../data/sources_manifest.ts";

/** What a user's document is. */
export type SourceFormat = SourceInfo["format"];

/** A document's text, and where each line of it is in the document (as `readPdf()` says). */
export interface SourceText extends Pick<PdfText, "text" | "pagesWithoutText"> {
  format: SourceFormat;
  /** For a PDF, each line's page and line on the page (null for a paragraph break); else null. */
  places: PdfText["places"] | null;
}

const EXTENSIONS: Record<string, { format: SourceFormat; ext: string }> = {
  pdf: { format: "pdf", ext: "pdf" },
  docx: { format: "docx", ext: "docx" },
  txt: { format: "text", ext: "txt" },
  text: { format: "text", ext: "txt" },
  md: { format: "markdown", ext: "md" },
  markdown: { format: "markdown", ext: "md" },
  html: { format: "html", ext: "html" },
  htm: { format: "html", ext: "html" },
};

/** The format of a file by its name, and the extension its copy in `seeds/user/` gets. */
export function formatOf(path: string): { format: SourceFormat; ext: string } {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1].toLowerCase() ?? "";
  const found = EXTENSIONS[ext];
  if (found === undefined) {
    throw new TypeError(
      `Cannot add "${path}": expected a .pdf, .docx, .txt, .md or .html file, got "${
        ext === "" ? "no extension" : `.${ext}`
      }"`,
    );
  }
  return found;
}

/** Reads a document's text the one way the add step and the checks both use. */
export async function readSourceText(path: string, format: SourceFormat): Promise<SourceText> {
  if (format === "pdf") {
    const pdf = await readPdf(await Deno.readFile(path), { source: path });
    return { text: pdf.text, format, places: pdf.places, pagesWithoutText: pdf.pagesWithoutText };
  }
  return { text: await readDocument(path), format, places: null, pagesWithoutText: [] };
}

/** The page and line a reader would cite for a line of the text; page null when not a PDF. */
export function citedPlace(
  source: SourceText,
  line: number,
): { page: number | null; line: number } | null {
  if (source.places === null) return { page: null, line };
  return source.places[line - 1] ?? null;
}

/**
 * The text each cited place is checked against: for a PDF one text per page, keyed by
 * {@linkcode placeKey}, whose lines are the page's lines; otherwise the whole text, by file.
 */
export function placeTexts(file: string, source: SourceText): Map<string, string> {
  if (source.places === null) return new Map([[file, source.text]]);
  const pages = new Map<string, string[]>();
  source.text.split("\n").forEach((line, i) => {
    const place = source.places![i];
    if (place === null || place === undefined) return;
    const key = placeKey(file, place.page);
    pages.set(key, [...pages.get(key) ?? [], line]);
  });
  return new Map([...pages].map(([key, lines]) => [key, lines.join("\n")]));
}

/** The key of a page's text in {@linkcode placeTexts}. */
export function placeKey(file: string, page: number | null): string {
  return page === null ? file : `${file}, page ${page}`;
}
