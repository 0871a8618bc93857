// load(), catalog() and cite() on a dataset made from a user's document: registered in the
// manifest of a folder of user documents, its CSV in a data folder, both temporary. The document, Northmoor OPCC's
// FOI 042/25, and its figures are invented.
import assert from "node:assert/strict";
import { assertThrowsWith } from "../_assert.ts";
import {
  catalog,
  cite,
  DatasetError,
  load,
  type LoadOptions,
  type TypedTable,
} from "../../lib/mod.ts";
import { columnsOf, userDataset, UserDatasetRow } from "../../lib/datasets/mod.ts";
import type { SourceInfo } from "../../lib/data/mod.ts";

// The project's lib/datasets/user_dataset_names.ts lists no user dataset, so the id is not a LoadableName here:
// loaded through a cast to the type every user dataset has.
const loadUser = (options: LoadOptions) =>
  load("northmoor_foi" as never, options) as Promise<TypedTable<UserDatasetRow>>;
const HEADER = Object.keys(columnsOf(userDataset({
  name: "x",
  title: "x",
  file: "x.pdf",
  publisher: "x",
  reference: "x",
})));
// Two parts on page 1, lines 5-6, and the total stated on line 7 (£120,500 + £48,000).
const CSV = [
  HEADER.join(","),
  'F1,Harbour Refuge,,2022-23,,,,F3,1,120500,GBP,false,,,observation,"£120,500",northmoor_foi.pdf,5',
  'F2,Northmoor Helpline,,2022-23,,,,F3,1,48000,GBP,false,,,observation,"£48,000",northmoor_foi.pdf,6',
  'F3,Total,,2022-23,,,,,1,168500,GBP,false,,,total,"£168,500",northmoor_foi.pdf,7',
  "F4,referrals,,2023-24,,,,,2,214,count,false,,,observation,214,northmoor_foi.pdf,1",
].join("\n") + "\n";

const ENTRY: SourceInfo = {
  id: "northmoor_foi",
  file: "northmoor_foi.pdf",
  original: "FOI 042-25 response.pdf",
  title: "Northmoor OPCC: victim services funding",
  publisher: "Northmoor Office of the Police and Crime Commissioner",
  reference: "FOI 042/25",
  date: "2025-05-02",
  licence: "unknown",
  format: "pdf",
  bytes: 1000,
  sha256: "0".repeat(64),
  review: "northmoor_foi.review.csv",
  accepted: {
    review_sha256: "1".repeat(64),
    title: "Northmoor OPCC: victim services funding",
    rows: 4,
    dataset_sha256: "2".repeat(64),
    findings: [],
  },
};

async function withUserDataset(
  fn: (dirs: { dir: string; userSeeds: string }) => Promise<void> | void,
): Promise<void> {
  const root = await Deno.makeTempDir({ prefix: "user-datasets-" });
  try {
    await Deno.mkdir(`${root}/data`);
    await Deno.mkdir(`${root}/seeds/user`, { recursive: true });
    await Deno.writeTextFile(`${root}/data/northmoor_foi.csv`, CSV);
    await Deno.writeTextFile(`${root}/seeds/user/manifest.json`, JSON.stringify([ENTRY]));
    await fn({ dir: `${root}/data`, userSeeds: `${root}/seeds/user` });
  } finally {
    await Deno.remove(root, { recursive: true });
  }
}

Deno.test("load() loads a user dataset by its id: observations, or with its stated totals", async () => {
  await withUserDataset(async (dirs) => {
    const table = await loadUser(dirs);
    assert.deepEqual(table.columnNames(), HEADER);
    assert.deepEqual(table.array("value"), [120500, 48000, 214]);
    assert.deepEqual(table.array("page"), [1, 1, 2]);
    const stated = await loadUser({ ...dirs, stated: true });
    assert.deepEqual(stated.filter((d) => d.role === "total").array("value"), [168500]);
  });
});

Deno.test("load() refuses a user dataset whose document is not yet accepted, listing the names", async () => {
  await withUserDataset(async (dirs) => {
    await Deno.writeTextFile(
      `${dirs.userSeeds}/manifest.json`,
      JSON.stringify([{ ...ENTRY, accepted: null }]),
    );
    const error = await loadUser(dirs).catch((e) => e);
    assert.ok(error instanceof RangeError);
    assert.match(
      error.message,
      /^Cannot load dataset "northmoor_foi": no such dataset \(there are /,
    );
    assert.ok(!error.message.includes('"northmoor_foi",'));
  });
});

Deno.test("catalog() lists a user dataset after the shipped ones, columns from its schema", async () => {
  await withUserDataset(({ userSeeds }) => {
    const entries = catalog({ userSeeds });
    assert.equal(entries.length, 14);
    const user = entries[13];
    assert.deepEqual([user.name, user.seed, user.file], [
      "northmoor_foi",
      "northmoor_foi.pdf",
      "data/northmoor_foi.csv",
    ]);
    assert.deepEqual(user.columns.map((c) => c.name), HEADER);
    assert.equal(user.columns.find((c) => c.name === "page")?.type, "integer | null");
  });
});

Deno.test("cite() cites a user dataset's rows by the document's reference, page and line", async () => {
  await withUserDataset(async (dirs) => {
    const stated = await loadUser({ ...dirs, stated: true });
    const opts = { userSeeds: dirs.userSeeds };
    assert.equal(cite(stated.object(0), opts), "FOI 042/25, page 1, line 5");
    assert.equal(cite(stated, opts), "FOI 042/25, page 1, lines 5–7; page 2, line 1");
    assert.equal(cite("northmoor_foi.pdf", opts), "FOI 042/25");
  });
});

Deno.test("catalog() names a manifest of user documents that does not match its schema", async () => {
  await withUserDataset(async ({ userSeeds }) => {
    await Deno.writeTextFile(`${userSeeds}/manifest.json`, "[{");
    assertThrowsWith(
      () => catalog({ userSeeds }),
      TypeError,
      `Cannot read the manifest of your documents "${userSeeds}/manifest.json": Expected property name or '}' ` +
        "in JSON at position 2 (line 1 column 3)",
    );
  });
});

Deno.test("UserDatasetRow refuses a null value without a reason, as every dataset does", () => {
  const cells = Object.fromEntries(HEADER.map((h, i) => [h, CSV.split("\n")[4].split(",")[i]]));
  const input = { ...cells, value: "", raw: "" } as Parameters<typeof UserDatasetRow.decode>[0];
  const result = UserDatasetRow.safeDecode(input);
  assert.equal(result.error?.issues[0].message, "A null value needs a missing_reason");
});

Deno.test("load() of a user dataset fails closed on a bad row, naming the file and line", async () => {
  await withUserDataset(async (dirs) => {
    const bad = CSV.replace(",214,count,", ",-214,count,");
    await Deno.writeTextFile(`${dirs.dir}/northmoor_foi.csv`, bad);
    const error = await loadUser(dirs).catch((e) => e);
    assert.ok(error instanceof DatasetError);
    assert.match(
      error.message,
      /line 5 \(row 4\), column "value": "-214": Expected a count figure of 0 or more, got -214/,
    );
  });
});
