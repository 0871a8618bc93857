// Hostile and awkward referral CSVs: each is refused with the file, line, column and value named,
// or read exactly. The reader parses bytes in 8 MiB chunks with a fast path for plain cells and a
// slow one for quoted lines, so the property test checks both paths give the values written.
import assert from "node:assert/strict";
import fc from "fast-check";
import { assertRejectsWith } from "../_assert.ts";
import { loadReferrals } from "../../lib/scale/mod.ts";

const HEADER = "financial_year,quarter,service,age,sex,ethnicity,amount_gbp";
const ROW = "2023-24,Q1,ISVA,5,Female,White,10";

async function file(content: string | Uint8Array): Promise<string> {
  const dir = await Deno.makeTempDir();
  const path = `${dir}/referrals.csv`;
  if (typeof content === "string") await Deno.writeTextFile(path, content);
  else await Deno.writeFile(path, content);
  return path;
}

async function refuses(
  content: string | Uint8Array,
  kind: typeof SyntaxError | typeof RangeError,
  why: string,
): Promise<void> {
  const path = await file(content);
  await assertRejectsWith(
    loadReferrals(path),
    kind,
    `Cannot load referrals from "${path}": ${why}`,
  );
}

Deno.test("loadReferrals() drops a UTF-8 byte-order mark and names a UTF-16 file", async () => {
  const t = await loadReferrals(await file(`\uFEFF${HEADER}\n${ROW}\n`));
  assert.deepEqual(t.columnNames()[0], "financial_year");
  assert.deepEqual(t.array("service"), ["ISVA"]);
  const utf16 = new Uint8Array([0xff, 0xfe, ...new TextEncoder().encode(HEADER)]);
  await refuses(utf16, SyntaxError, "the file is UTF-16 text; save it as UTF-8");
});

Deno.test("loadReferrals() refuses bytes that are not UTF-8, naming the cell", async () => {
  const latin1 = new Uint8Array([
    ...new TextEncoder().encode(`${HEADER}\n2023-24,Q1,Caf`),
    0xe9, // é in Latin-1
    ...new TextEncoder().encode(",5,Female,White,10\n"),
  ]);
  await refuses(
    latin1,
    SyntaxError,
    'line 2 (row 1), column "service": "Caf\uFFFD" is not UTF-8 text (save the file as UTF-8)',
  );
});

Deno.test("loadReferrals() refuses control characters and formulas in a label", async () => {
  await refuses(
    `${HEADER}\n${ROW}\n2023-24,Q1,IS\u0000VA,5,Female,White,10\n`,
    RangeError,
    'line 3 (row 2), column "service": "IS\\u0000VA" holds the invisible or control character ' +
      "U+0000",
  );
  await refuses(
    `${HEADER}\n2023-24,Q1,"=HYPERLINK(""http://x"")",5,Female,White,10\n`,
    RangeError,
    'line 2 (row 1), column "service": "=HYPERLINK(\\"http://x\\")" begins with "=", which a ' +
      "spreadsheet would run as a formula",
  );
  // A carriage return that does not end the line is part of the cell, and refused there.
  await refuses(
    `${HEADER}\n2023-24,Q1,ISVA\r,5,Female,White,10\n`,
    RangeError,
    'line 2 (row 1), column "service": "ISVA\\r" holds the invisible or control character U+000D',
  );
});

Deno.test("loadReferrals() refuses negative zero and more digits than a number holds", async () => {
  await refuses(
    `${HEADER}\n2023-24,Q1,ISVA,5,Female,White,-0\n`,
    RangeError,
    'line 2 (row 1), column "amount_gbp": "-0" is negative zero (write 0)',
  );
  await refuses(
    `${HEADER}\n2023-24,Q1,ISVA,5,Female,White,561813.0000000000000001\n`,
    RangeError,
    'line 2 (row 1), column "amount_gbp": "561813.0000000000000001" has more than 15 ' +
      "significant digits, more than a number holds exactly",
  );
  await refuses(
    `${HEADER}\n2023-24,Q1,ISVA,5,Female,White,-3\n`,
    RangeError,
    'line 2 (row 1), column "amount_gbp": "-3" is below the smallest allowed, 0',
  );
  // Zeros that lead or end a fraction are not significant: 16 digits written, 4 significant.
  const t = await loadReferrals(
    await file(`${HEADER}\n2023-24,Q1,ISVA,05,Female,White,0012.500000000000\n`),
  );
  assert.deepEqual([t.get("age", 0), t.get("amount_gbp", 0)], [5, 12.5]);
});

Deno.test("loadReferrals() refuses an empty file, a header with no rows, a folder and no file", async () => {
  await refuses("", SyntaxError, "the file is empty");
  await refuses(`${HEADER}\n`, RangeError, "the file has a header but no rows");
  await refuses(HEADER, RangeError, "the file has a header but no rows");
  const dir = await Deno.makeTempDir();
  await Deno.mkdir(`${dir}/folder.csv`);
  await assertRejectsWith(
    loadReferrals(`${dir}/folder.csv`),
    TypeError,
    `Cannot load referrals from "${dir}/folder.csv": the path is a folder, not a file`,
  );
  await assertRejectsWith(
    loadReferrals(`${dir}/missing.csv`),
    Deno.errors.NotFound,
    `Cannot load referrals from "${dir}/missing.csv": there is no such file`,
  );
});

Deno.test("loadReferrals() reports an unclosed quote at its own line", async () => {
  const lines = [HEADER, ROW, ROW, ROW, ROW, '2023-24,Q1,"ISVA,5,Female,White,10', ROW, ROW];
  await refuses(
    lines.join("\n") + "\n",
    SyntaxError,
    "line 6 (row 5) has a quoted cell that does not close on its line",
  );
  await refuses(
    `${HEADER}\n2023-24,Q1,"ISVA"x,5,Female,White,10\n`,
    SyntaxError,
    'line 2 (row 1) has a stray character after the quoted cell "ISVA"',
  );
  await refuses(
    `${HEADER}\n2023-24,Q1,IS"VA,5,Female,White,10\n`,
    SyntaxError,
    'line 2 (row 1) has a stray quote after "IS"',
  );
});

Deno.test("loadReferrals() refuses a line longer than 8 MiB without reading the rest", async () => {
  const long = "x".repeat(9 * 2 ** 20);
  await refuses(
    `${HEADER}\n${ROW}\n${long}\n${ROW}\n`,
    RangeError,
    "line 3 is longer than 8 MiB: is this a referral CSV?",
  );
  await refuses(long, RangeError, "line 1 is longer than 8 MiB: is this a referral CSV?");
});

Deno.test("loadReferrals() reads a file across its 8 MiB chunks, with many labels", async () => {
  // 200,000 rows of about 60 bytes: two chunk boundaries. 70,000 distinct services make the
  // codes widen twice (past 256, then past 65,536 labels); every third is quoted (the slow way).
  const rows = 200_000;
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const service = i % 3 === 0 ? `"Service ${i % 70_000}"` : `Service ${i % 70_000}`;
    const age = i % 50 === 0 ? "" : String(i % 18);
    lines.push(`2023-24,Q${(i % 4) + 1},${service},${age},Male,Mixed,${i / 100}`);
  }
  const t = await loadReferrals(await file(lines.join("\r\n")));
  assert.equal(t.numRows(), rows);
  const at = [0, 1, 2, 69_999, 70_000, 139_999, 199_999];
  assert.deepEqual(at.map((i) => t.get("service", i)), at.map((i) => `Service ${i % 70_000}`));
  assert.deepEqual(at.map((i) => t.get("age", i)), [null, 1, 2, 15, null, 13, 1]); // i % 18
  assert.deepEqual(
    t.array("age"),
    Array.from({ length: rows }, (_, i) => i % 50 === 0 ? null : i % 18),
  );
  assert.deepEqual(at.map((i) => t.get("amount_gbp", i)), at.map((i) => i / 100));
  assert.equal(new Set(t.array("service") as string[]).size, 70_000);
});

// Values that survive a CSV and the schema: services with commas and quotes, ages and amounts
// sometimes not recorded.
const SERVICES = ["ISVA", "Victim First", 'Support, "Information"', "SARC", "Café"];
const referral = fc.record({
  financial_year: fc.constantFrom("2022-23", "2023-24"),
  quarter: fc.constantFrom("Q1", "Q2", "Q3", "Q4"),
  service: fc.constantFrom(...SERVICES),
  age: fc.option(fc.integer({ min: 0, max: 17 }), { nil: null }),
  sex: fc.constantFrom("Male", "Female", "Unknown"),
  ethnicity: fc.constantFrom("White", "Mixed", "Not provided"),
  amount_gbp: fc.option(fc.integer({ min: 0, max: 99_999_99 }).map((p) => p / 100), { nil: null }),
});
const writing = fc.record({
  quoteAll: fc.boolean(),
  crlf: fc.boolean(),
  finalNewline: fc.boolean(),
});

Deno.test("loadReferrals() reads back any rows however the CSV quotes and ends its lines", async () => {
  const dir = await Deno.makeTempDir();
  await fc.assert(
    fc.asyncProperty(
      fc.array(referral, { minLength: 1, maxLength: 40 }),
      writing,
      async (rows, w) => {
        const cell = (v: string | number | null) => {
          const text = v === null ? "" : String(v);
          return w.quoteAll || /[",]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
        };
        const end = w.crlf ? "\r\n" : "\n";
        const body = rows.map((r) => Object.values(r).map(cell).join(",")).join(end);
        const path = `${dir}/r.csv`;
        await Deno.writeTextFile(path, HEADER + end + body + (w.finalNewline ? end : ""));
        assert.deepEqual((await loadReferrals(path)).objects(), rows.map((r) => ({ ...r })));
      },
    ),
    { numRuns: 200 },
  );
});
