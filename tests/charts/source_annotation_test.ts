import assert from "node:assert/strict";
import { sourceAnnotation } from "../../lib/charts/mod.ts";
import { readManifest } from "../../lib/data/mod.ts";
import { seedInfo } from "./_fixtures.ts";

Deno.test("sourceAnnotation() credits a dated FOI response and its licence", async () => {
  const note = sourceAnnotation(await seedInfo("0004_24"));
  // seeds/manifest.json: FOI 0004-24, 2024-02-23, Open Government Licence v3.0
  assert.equal(
    note.text,
    "Source: Office of the Police and Crime Commissioner for Leicester, Leicestershire and " +
      "Rutland,<br>FOI 0004-24, 23 February 2024<br>Licence: Open Government Licence v3.0",
  );
  assert.deepEqual(
    {
      xref: note.xref,
      yref: note.yref,
      x: note.x,
      y: note.y,
      yanchor: note.yanchor,
      showarrow: note.showarrow,
    },
    { xref: "paper", yref: "paper", x: 0, y: 0, yanchor: "top", showarrow: false },
  );
});

Deno.test("sourceAnnotation() says undated for a document without a date", async () => {
  const note = sourceAnnotation(await seedInfo("commissioning_framework"));
  assert.match(
    String(note.text),
    /Rutland,<br>Commissioning Framework 2024-25, undated<br>Licence:/,
  );
});

Deno.test("sourceAnnotation() lists several sources, one licence line, after any notes", async () => {
  const seeds = await readManifest();
  const note = sourceAnnotation(seeds.slice(3, 5), { notes: ["Figures are 2015-16 & 2024-25"] });
  const lines = String(note.text).split("<br>");
  assert.equal(lines[0], "Figures are 2015-16 &amp; 2024-25");
  assert.equal(lines.filter((l) => l.startsWith("Source: ")).length, 2);
  assert.equal(lines.at(-1), "Licence: Open Government Licence v3.0");
});

Deno.test("sourceAnnotation() rejects a missing publisher and a date that is not ISO", () => {
  const good = { publisher: "P", reference: "R", date: null, licence: "L" };
  assert.throws(
    () => sourceAnnotation({ ...good, publisher: "" }),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message ===
        'Cannot build source annotation: "publisher" must be a non-empty string, got ""',
  );
  assert.throws(
    () => sourceAnnotation({ ...good, date: "23/02/2024" }),
    (error: unknown) =>
      error instanceof RangeError &&
      error.message ===
        'Cannot build source annotation: date "23/02/2024" is not an ISO date (YYYY-MM-DD)',
  );
  assert.throws(
    () => sourceAnnotation([]),
    (error: unknown) =>
      error instanceof TypeError &&
      error.message === "Cannot build source annotation: no source given",
  );
});
