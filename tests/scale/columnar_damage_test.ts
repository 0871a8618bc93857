// Damaged and foreign columnar files: a copy this toolkit wrote carries a SHA-256 checksum of
// itself, so a flipped byte anywhere is refused (or, in the few bytes that only spell the
// checksum's own marker, changes nothing read); a file that is not Arrow or Parquet says so; every
// error names the file.
import assert from "node:assert/strict";
import { tableToIPC } from "@uwdata/flechette";
import { parquetWriteBuffer } from "hyparquet-writer";
import { aq } from "../../lib/data/mod.ts";
import { assertRejectsWith } from "../_assert.ts";
import { generateReferrals, loadReferrals, writeReferrals } from "../../lib/scale/mod.ts";

// A seeded generator (xorshift32), so the positions flipped are the same in every run.
function xorshift(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 2 ** 32;
  };
}

const FLIPS = 300;

for (const format of ["arrow", "parquet"]) {
  Deno.test(`a ${format} copy with one byte flipped, at ${FLIPS} places, is refused or unchanged`, async () => {
    const dir = await Deno.makeTempDir();
    const table = generateReferrals(3000, { seed: 21 });
    const original = await Deno.readFile(await writeReferrals(`${dir}/r.${format}`, table));
    const expected = table.objects();
    const random = xorshift(format === "arrow" ? 17 : 29);
    let refused = 0;
    for (let n = 0; n < FLIPS; n++) {
      const bytes = original.slice();
      const at = Math.floor(random() * bytes.length);
      bytes[at] ^= 1 + Math.floor(random() * 255); // a change of 1 to 255 in the byte
      const path = `${dir}/flip${n}.${format}`;
      await Deno.writeFile(path, bytes);
      try {
        const back = await loadReferrals(path);
        assert.deepEqual(back.objects(), expected, `byte ${at} changed what was read`);
      } catch (error) {
        if (error instanceof assert.AssertionError) throw error;
        assert.ok(
          (error as Error).message.startsWith(`Cannot load referrals from "${path}": `),
          `byte ${at}: ${(error as Error).message}`,
        );
        refused++;
      }
      await Deno.remove(path);
    }
    // Only a flip in the 17 bytes of the marker "referrals-sha256:" can leave a file readable.
    assert.ok(refused >= FLIPS - 3, `${refused} of ${FLIPS} refused`);
  });
}

// Another tool's file has no checksum: a flip may change values (the schema's checks still
// apply), but whatever the readers' own errors, the one loadReferrals() throws names the file.
Deno.test("a damaged file from another tool, with no checksum, fails naming the file", async () => {
  const dir = await Deno.makeTempDir();
  const table = generateReferrals(2000, { seed: 4 });
  const foreign = {
    arrow: tableToIPC(aq.toArrow(table) as Parameters<typeof tableToIPC>[0], { format: "file" })!,
    parquet: new Uint8Array(parquetWriteBuffer({
      columnData: table.columnNames().map((name) => ({
        name,
        data: table.array(name) as unknown[],
      })) as Parameters<typeof parquetWriteBuffer>[0]["columnData"],
    })),
  };
  const random = xorshift(41);
  for (const [format, original] of Object.entries(foreign)) {
    for (let n = 0; n < FLIPS; n++) {
      const bytes = original.slice();
      bytes[Math.floor(random() * bytes.length)] ^= 1 + Math.floor(random() * 255);
      const path = `${dir}/flip${n}.${format}`;
      await Deno.writeFile(path, bytes);
      await loadReferrals(path).then(
        () => {},
        (error: Error) =>
          assert.ok(error.message.startsWith(`Cannot load referrals from "${path}": `)),
      );
      await Deno.remove(path);
    }
  }
});

Deno.test("loadReferrals() refuses a copy changed after it was written, naming the file", async () => {
  const dir = await Deno.makeTempDir();
  for (const format of ["arrow", "parquet"]) {
    const path = await writeReferrals(`${dir}/r.${format}`, generateReferrals(500, { seed: 2 }));
    const bytes = await Deno.readFile(path);
    bytes[bytes.length >> 1] ^= 0x10;
    await Deno.writeFile(path, bytes);
    await assertRejectsWith(
      loadReferrals(path),
      SyntaxError,
      `Cannot load referrals from "${path}": the file does not match the checksum written with ` +
        "it: it was changed or damaged after it was written (write or convert it again)",
    );
  }
});

Deno.test("loadReferrals() says a file is not Arrow or Parquet, or is cut short", async () => {
  const dir = await Deno.makeTempDir();
  const random = xorshift(5);
  const noise = Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256));
  const cases: [string, Uint8Array, string][] = [
    ["noise.arrow", noise, "the file is not an Arrow file (it does not begin as one: ARROW1)"],
    ["noise.parquet", noise, "the file is not a Parquet file (it does not begin as one: PAR1)"],
  ];
  const table = generateReferrals(100);
  for (const format of ["arrow", "parquet"]) {
    const whole = await Deno.readFile(await writeReferrals(`${dir}/whole.${format}`, table));
    const what = format === "arrow" ? "Arrow file" : "Parquet file";
    const end = format === "arrow" ? "ARROW1" : "PAR1";
    cases.push([
      `cut.${format}`,
      whole.subarray(0, whole.length - 100),
      `the ${what} is cut short (it does not end with ${end})`,
    ]);
  }
  for (const [name, bytes, why] of cases) {
    await Deno.writeFile(`${dir}/${name}`, bytes);
    await assertRejectsWith(
      loadReferrals(`${dir}/${name}`),
      SyntaxError,
      `Cannot load referrals from "${dir}/${name}": ${why}`,
    );
  }
});

Deno.test("loadReferrals() names the file in the Parquet reader's own errors", async () => {
  // Parquet's magic at both ends, a footer length, and noise: hyparquet's error, wrapped.
  const dir = await Deno.makeTempDir();
  const path = `${dir}/garbled.parquet`;
  const random = xorshift(8);
  const bytes = Uint8Array.from({ length: 512 }, () => Math.floor(random() * 256));
  bytes.set([80, 65, 82, 49], 0);
  bytes.set([100, 0, 0, 0, 80, 65, 82, 49], bytes.length - 8);
  await Deno.writeFile(path, bytes);
  await assert.rejects(loadReferrals(path), (error: unknown) => {
    assert.equal((error as Error).constructor, SyntaxError);
    const lead = `Cannot load referrals from "${path}": the file is not a readable Parquet file (`;
    assert.ok((error as Error).message.startsWith(lead), (error as Error).message);
    return true;
  });
});

Deno.test("loadReferrals() refuses a dictionary code outside its dictionary", async () => {
  // A text column whose codes run past its labels, as a damaged file from another tool may hold
  // it: written faithfully (checksum and all), and refused on reading at the first such row.
  const dir = await Deno.makeTempDir();
  const t = generateReferrals(3, { seed: 1 });
  const codes = Uint8Array.of(0, 1, 2);
  const values = ["Male", "Female"];
  const sex = {
    codes,
    values,
    length: 3,
    at: (row: number) => values[codes[row]],
    *[Symbol.iterator]() {},
  };
  const path = await writeReferrals(`${dir}/r.arrow`, t.assign(aq.table({ sex })));
  await assertRejectsWith(
    loadReferrals(path),
    RangeError,
    `Cannot load referrals from "${path}": row 3, column "sex" holds the code 2, outside its ` +
      "dictionary of 2 labels",
  );
});
