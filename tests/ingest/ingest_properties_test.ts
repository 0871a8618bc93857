// Properties that hold for any text: ingest() never throws on a string, never returns a NaN or an
// infinite value, never gives a missing value without its reason, and every figure of a plain-text
// document cites the exact characters it was read from.
import assert from "node:assert/strict";
import fc from "fast-check";
import { ingest } from "../../lib/ingest/mod.ts";

const PIECES = [
  "£",
  "£1,234",
  "£31,78",
  "££5",
  "c£800,000",
  "25k",
  "2.765m",
  " million",
  "12%",
  "per cent",
  "2021/22",
  "2021/221",
  "Q1",
  "Total",
  "Sub-totals",
  "\t",
  "\n",
  "\n\n",
  "  ",
  " ",
  "-",
  "–",
  "—",
  "*",
  "<5",
  "[c]",
  "Fewer than 5",
  "referrals",
  "victims",
  "Victim Support",
  "was",
  "in",
  "the",
  "aged 18",
  "Section 17",
  "0115 8445998",
  "1 April – 31 December 2015",
  "- ",
  "1. ",
  "| ",
  " |",
  "<table><tr><td>",
  "</td><td>",
  "</td></tr></table>",
  "<th>",
  "&pound;",
  "&amp;",
  "<br>",
  "(",
  ")",
];
const documents = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) =>
  parts.join("")
);

Deno.test("ingest() reads any text without throwing, and every value is finite or missing with a reason", () => {
  fc.assert(
    fc.property(documents, (text) => {
      const result = ingest(text);
      for (const figure of result.figures) {
        if (figure.value === null) assert.ok(figure.missing_reason, JSON.stringify(figure));
        else assert.ok(Number.isFinite(figure.value), JSON.stringify(figure));
        assert.ok(figure.line >= 1 && figure.line <= result.metadata.lines, JSON.stringify(figure));
      }
    }),
    { numRuns: 400 },
  );
});

// A figure a line break splits (a wrapped paragraph) runs past its line's end: its span counts
// on through the break, which it reads as a space.
Deno.test("ingest() cites, for plain text, the exact characters each figure was read from", () => {
  const plain = documents.filter((text) => !text.includes("<") && !text.includes("&"));
  fc.assert(
    fc.property(plain, (text) => {
      const starts = [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)];
      for (const figure of ingest(text, { format: "text" }).figures) {
        const at = starts[figure.line - 1] + figure.start;
        const cited = text.slice(at, at + figure.end - figure.start).replace(/\s+/g, " ");
        assert.equal(cited, figure.text.replace(/\s+/g, " "));
      }
    }),
    { numRuns: 400 },
  );
});

Deno.test("ingest() reads an empty document as no figures, no tables and no warnings", () => {
  const result = ingest("");
  assert.deepEqual([result.figures, result.tables, result.warnings], [[], [], []]);
  assert.equal(result.metadata.lines, 1);
});
