// Hostile input to load(): each case is a copy of a shipped dataset with one thing broken, and
// load() must refuse it with the file, line, column and value (issue 17, item 6), or, for a
// harmless byte-order mark, read it as the clean file.
import assert from "node:assert/strict";
import { DatasetError, load } from "../../lib/mod.ts";
import { DATA_DIR, MAX_DATASET_BYTES } from "../../lib/data/mod.ts";
import { checkDatasets } from "../../lib/extract/mod.ts";

const VF = "victim_first_under18";
// data/victim_first_under18.csv line 2, from FOI 0004-24 line 79: 2021-22 funding, £561,813.
const FUNDING = "Victim First,2021-22,,funding,561813,GBP,false,,,observation,";

/** A folder holding a copy of data/, with `name`'s file replaced by what `change` makes of it. */
async function brokenCopy(
  name: string,
  change: (text: string) => string | Uint8Array,
): Promise<string> {
  const dir = await Deno.makeTempDir({ prefix: "load_hostile_" });
  for await (const entry of Deno.readDir(DATA_DIR)) {
    await Deno.copyFile(`${DATA_DIR}${entry.name}`, `${dir}/${entry.name}`);
  }
  const changed = change(await Deno.readTextFile(`${dir}/${name}.csv`));
  if (typeof changed === "string") await Deno.writeTextFile(`${dir}/${name}.csv`, changed);
  else await Deno.writeFile(`${dir}/${name}.csv`, changed);
  return dir;
}

/** The error load() rejects with, for a copy of data/ with one file changed. */
async function refusal(
  name: "victim_first_under18" | "asb_support",
  change: (text: string) => string | Uint8Array,
): Promise<Error> {
  const dir = await brokenCopy(name, change);
  try {
    await load(name, { dir });
  } catch (error) {
    return error as Error;
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
  throw new Error(`Expected load("${name}") to refuse the changed file`);
}

function replaceOnce(text: string, from: string, to: string): string {
  assert.ok(text.includes(from), `the fixture holds ${JSON.stringify(from)}`);
  return text.replace(from, to);
}

/** Asserts a DatasetError listing exactly one problem, and returns it. */
function oneIssue(error: Error) {
  assert.ok(error instanceof DatasetError, `${error.name}: ${error.message}`);
  assert.equal(error.total, 1, error.message);
  return error.issues[0];
}

Deno.test("load() refuses negative money, naming the line, column and value", async () => {
  const error = await refusal(VF, (t) => replaceOnce(t, ",561813,GBP,", ",-561813,GBP,"));
  const issue = oneIssue(error);
  assert.deepEqual(
    [issue.line, issue.row, issue.column, issue.value],
    [2, 1, "value", "-561813"],
  );
  assert.equal(issue.message, "Expected a GBP figure of 0 or more, got -561813");
  assert.match(error.message, /^Cannot load dataset "victim_first_under18" from .*\/victim/);
});

Deno.test("load() refuses a negative count", async () => {
  // data/asb_support.csv line 2: FOI 0017/24 line 51, 105 referrals.
  const issue = oneIssue(await refusal("asb_support", (t) => replaceOnce(t, ",105,", ",-105,")));
  assert.deepEqual([issue.line, issue.column, issue.value], [2, "value", "-105"]);
  assert.equal(issue.message, "Expected a count figure of 0 or more, got -105");
});

Deno.test("load() refuses -0 and a number that does not read back as written", async () => {
  const zero = oneIssue(await refusal(VF, (t) => replaceOnce(t, ",561813,", ",-0,")));
  assert.deepEqual([zero.line, zero.column, zero.value], [2, "value", "-0"]);
  assert.equal(zero.message, 'Expected a number written as it reads back, got "-0" (0)');
  const long = "561813.0000000000000001";
  const rounded = oneIssue(await refusal(VF, (t) => replaceOnce(t, ",561813,", `,${long},`)));
  assert.equal(
    rounded.message,
    `Expected a number written as it reads back, got "${long}" (561813)`,
  );
});

Deno.test("load() refuses bytes that are not UTF-8, naming the byte, line and column", async () => {
  const error = await refusal(VF, (t) => {
    const bytes = new TextEncoder().encode(replaceOnce(t, "Victim First,2021-22,,funding", "Vic"));
    const at = bytes.indexOf("V".charCodeAt(0), bytes.indexOf(10)) + 1;
    bytes[at] = 0xff; // "Vic" on line 2 becomes "V\xFFc"
    return bytes;
  });
  const issue = oneIssue(error);
  assert.deepEqual([issue.line, issue.column, issue.value], [2, "service", "V\ufffdc"]);
  assert.match(issue.message, /^Not UTF-8: byte 0xFF at byte 2 of the line/);
});

Deno.test("load() refuses a Latin-1 file, suggesting what it may be", async () => {
  // Latin-1 writes £ as the one byte 0xA3; UTF-8 writes it as 0xC2 0xA3.
  const error = await refusal(VF, (t) => Uint8Array.from(t, (c) => c.charCodeAt(0) & 0xff));
  assert.ok(error instanceof DatasetError);
  const pounds = (await Deno.readTextFile(`${DATA_DIR}${VF}.csv`)).match(/£/g)!.length;
  assert.equal(error.total, pounds);
  const first = error.issues[0];
  assert.deepEqual([first.line, first.column, first.value], [2, "raw", "\ufffd561,813"]);
  assert.equal(
    first.message,
    // Line 2 is `Victim First,2021-22,,funding,561813,GBP,false,,,observation,"£561,813",...`:
    // 62 bytes come before the £.
    "Not UTF-8: byte 0xA3 at byte 63 of the line (shown as U+FFFD); save the file as UTF-8 " +
      "(it may be Latin-1 or Windows-1252)",
  );
});

Deno.test("load() refuses a NUL in a text cell", async () => {
  const issue = oneIssue(await refusal(VF, (t) => replaceOnce(t, "Victim First", "Victim\0First")));
  assert.deepEqual([issue.line, issue.column, issue.value], [2, "service", "Victim\0First"]);
  assert.equal(
    issue.message,
    "Expected plain text, got a control character (U+0000) at character 7",
  );
});

Deno.test("load() refuses a row that repeats an earlier one cell for cell", async () => {
  const error = await refusal(VF, (t) => {
    const lines = t.split("\n");
    lines.splice(3, 0, lines[1]);
    return lines.join("\n");
  });
  const issue = oneIssue(error);
  assert.deepEqual([issue.line, issue.row, issue.message], [4, 3, "Duplicates line 2"]);
});

Deno.test("load() refuses a file with a header and no rows", async () => {
  const issue = oneIssue(await refusal(VF, (t) => t.split("\n")[0] + "\n"));
  assert.deepEqual([issue.line, issue.row, issue.message], [
    1,
    null,
    "The file has a header but no rows",
  ]);
});

Deno.test("load() refuses a text cell a spreadsheet would run as a formula", async () => {
  const link = '"=HYPERLINK(""http://example.com"",""Victim First"")"';
  const issue = oneIssue(await refusal(VF, (t) => replaceOnce(t, "Victim First,", `${link},`)));
  assert.deepEqual([issue.line, issue.column], [2, "service"]);
  assert.equal(issue.value, '=HYPERLINK("http://example.com","Victim First")');
  assert.equal(
    issue.message,
    'Expected text, got a cell beginning with "=", which a spreadsheet would run as a formula',
  );
});

Deno.test("load() reads a file saved with a byte-order mark as the same table", async () => {
  const dir = await brokenCopy(VF, (t) => "\ufeff" + t);
  try {
    const withBom = await load(VF, { dir });
    assert.deepEqual(withBom.objects(), (await load(VF)).objects());
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load() names a byte-order mark inside the file", async () => {
  const starts = oneIssue(await refusal(VF, (t) => replaceOnce(t, FUNDING, "\ufeff" + FUNDING)));
  assert.deepEqual([starts.line, starts.column], [2, null]);
  assert.equal(starts.message, "A byte-order mark (U+FEFF) starts the line");
  const within = oneIssue(
    await refusal(VF, (t) => replaceOnce(t, "2021-22,,funding", "2021-22,,\ufefffunding")),
  );
  assert.deepEqual([within.line, within.column, within.value], [2, "measure", "\ufefffunding"]);
  assert.equal(
    within.message,
    "Expected plain text, got a byte-order mark (U+FEFF) at character 1",
  );
});

Deno.test("load() reports an unterminated quote at the line it opens on", async () => {
  // Line 6 opens a quote that never closes; lines 7 and after are still read and checked.
  const error = await refusal(VF, (t) => {
    const lines = t.split("\n");
    lines[5] = lines[5].replace("Victim First,", '"Victim First,');
    return lines.join("\n");
  });
  const issue = oneIssue(error);
  assert.deepEqual([issue.line, issue.row, issue.column], [6, 5, null]);
  assert.equal(
    issue.message,
    'Cannot read the line as CSV: extraneous or missing " in quoted-field ' +
      "(a cell may not span lines)",
  );
});

Deno.test("load() reports a blank line at its line", async () => {
  const issue = oneIssue(
    await refusal(
      VF,
      (t) => replaceOnce(t, "\nVictim First,2021-22,,funding", "\n\nVictim First,2021-22,,funding"),
    ),
  );
  assert.deepEqual([issue.line, issue.message], [2, "Blank line"]);
});

Deno.test("load() reads CRLF line ends as LF", async () => {
  const dir = await brokenCopy(VF, (t) => t.replaceAll("\n", "\r\n"));
  try {
    assert.deepEqual((await load(VF, { dir })).objects(), (await load(VF)).objects());
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load() names a folder where the CSV should be", async () => {
  const dir = await Deno.makeTempDir({ prefix: "load_hostile_" });
  try {
    await Deno.mkdir(`${dir}/${VF}.csv`);
    await assert.rejects(
      () => load(VF, { dir }),
      Deno.errors.IsADirectory,
      `Cannot load dataset "victim_first_under18": ${dir}/${VF}.csv is a folder, not a CSV file`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load() refuses a device or other file that is not a regular file", async () => {
  const dir = await Deno.makeTempDir({ prefix: "load_hostile_" });
  try {
    // /dev/zero never ends: a reader that did not check would never return.
    await Deno.symlink("/dev/zero", `${dir}/${VF}.csv`);
    await assert.rejects(
      () => load(VF, { dir }),
      TypeError,
      `Cannot load dataset "victim_first_under18": ${dir}/${VF}.csv is not a regular file`,
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load() refuses an oversized file before reading it, naming it", async () => {
  const dir = await Deno.makeTempDir({ prefix: "load_hostile_" });
  try {
    // A sparse file: its size is set, nothing is written.
    const size = MAX_DATASET_BYTES + 1;
    await Deno.writeTextFile(`${dir}/${VF}.csv`, "");
    await Deno.truncate(`${dir}/${VF}.csv`, size);
    await assert.rejects(
      () => load(VF, { dir }),
      RangeError,
      `Cannot load dataset "victim_first_under18": ${dir}/${VF}.csv is 1,048,577 bytes, over ` +
        "the 1,048,576 a dataset file may be",
    );
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("load() lists the first 20 problems of a file bad throughout and counts the rest", async () => {
  // 8,000 rows (under the 1 MiB limit), each with one bad cell: 20 listed, the rest counted.
  const error = await refusal(VF, (t) => {
    const [header] = t.split("\n");
    const rows = Array.from({ length: 8_000 }, (_, i) => `${FUNDING}£${i},x.txt,${i + 1}`);
    return [header, ...rows.map((r) => r.replace(",561813,", ",lots,"))].join("\n") + "\n";
  });
  assert.ok(error instanceof DatasetError);
  assert.equal(error.total, 8_000);
  assert.equal(error.issues.length, 20);
  const lines = error.message.split("\n");
  assert.equal(lines.length, 22); // the heading, 20 problems, the count of the rest
  assert.equal(lines[0].endsWith(": 8,000 problems"), true);
  assert.equal(lines[21], "  and 7,980 more");
});

Deno.test("reproduce's dataset check gives the same message as load()", async () => {
  const change = (t: string) => replaceOnce(t, ",561813,GBP,", ",-561813,GBP,");
  const dir = await brokenCopy(VF, change);
  try {
    const report = await checkDatasets({ dataDir: dir });
    const check = report.datasets.find((d) => d.name === VF)!;
    const error = await load(VF, { dir }).catch((e: Error) => e);
    assert.ok(error instanceof DatasetError);
    assert.equal(check.schemaError, error.message);
    assert.equal(report.ok, false);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
