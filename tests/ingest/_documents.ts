/**
 * Small PDF and Word files made in the tests from text they write, with pdf-lib and docx (test
 * dependencies only), so every fixture's words and figures are in the test that reads them. The
 * organisations and figures are invented.
 *
 * @module
 */
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

/** A piece of text on a PDF page: where its baseline starts (points from the bottom left). */
export interface PdfText {
  x: number;
  y: number;
  text: string;
  size?: number;
}

/** A PDF of A4 pages holding the given texts, in Helvetica. */
export async function pdfBytes(pages: readonly (readonly PdfText[])[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const texts of pages) {
    const page = doc.addPage([595, 842]);
    for (const { x, y, text, size } of texts) page.drawText(text, { x, y, size: size ?? 11, font });
  }
  return await doc.save({ useObjectStreams: false });
}

/**
 * Lines of text laid out down a page from the top, 15 points apart; a line given as an array is
 * a table row, its cells at the x positions given.
 */
export function pageOf(
  lines: readonly (string | readonly string[])[],
  columns: readonly number[] = [50, 300, 420],
): PdfText[] {
  return lines.flatMap((line, i) => {
    const y = 790 - 15 * i;
    if (typeof line === "string") return line === "" ? [] : [{ x: 50, y, text: line }];
    return line.flatMap((text, c) => text === "" ? [] : [{ x: columns[c], y, text }]);
  });
}

/** A PDF whose one page has only a grey square on it: no text layer, as a scan has none. */
export async function pdfWithoutText(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawRectangle({ x: 50, y: 500, width: 300, height: 200, color: rgb(0.5, 0.5, 0.5) });
  return await doc.save({ useObjectStreams: false });
}

/**
 * A PDF that asks for a password: a text PDF with the standard security handler's entry added to
 * its trailer, whose check values no empty password matches.
 */
export async function encryptedPdf(): Promise<Uint8Array> {
  const plain = await pdfBytes([pageOf(["Secret figures: £1,000"])]);
  const text = new TextDecoder("latin1").decode(plain);
  const hex = (byte: string, count: number) => `<${byte.repeat(count)}>`;
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O ${hex("11", 32)} ` +
    `/U ${hex("22", 32)} /P -4 >>\n/ID [${hex("33", 16)} ${hex("33", 16)}]`;
  const patched = text.replace("trailer\n<<", `trailer\n<<\n${encrypt}`);
  if (patched === text) throw new Error("Cannot make the encrypted PDF: no trailer found");
  return Uint8Array.from(patched, (c) => c.charCodeAt(0));
}

/** A Word file: a string is a paragraph, an array of rows a table. */
export async function docxBytes(
  blocks: readonly (string | readonly (readonly string[])[])[],
): Promise<Uint8Array> {
  const children = blocks.map((block) =>
    typeof block === "string" ? new Paragraph(block) : new Table({
      rows: block.map((row) =>
        new TableRow({
          children: row.map((text) => new TableCell({ children: [new Paragraph(text)] })),
        })
      ),
    })
  );
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
