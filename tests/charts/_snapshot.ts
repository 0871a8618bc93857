/**
 * Snapshot checks for chart figures, private to tests/charts.
 *
 * A figure is written as pretty JSON to `tests/charts/__snapshots__/<name>.json` and compared as
 * text, so any change to a builder's output shows as a diff in review. To accept a change on
 * purpose, rerun the tests with `UPDATE_SNAPSHOTS=1`:
 *
 * ```sh
 * UPDATE_SNAPSHOTS=1 deno test -A tests/charts/
 * git diff tests/charts/__snapshots__/   # check every change before committing it
 * ```
 *
 * A missing snapshot is a failure unless `UPDATE_SNAPSHOTS=1`, so CI cannot pass by writing one.
 *
 * @module
 */
import assert from "node:assert/strict";

const DIR = new URL("./__snapshots__/", import.meta.url);

/** Compares `value`, as pretty JSON, with the stored snapshot `name` (or rewrites it). */
export async function assertSnapshot(name: string, value: unknown): Promise<void> {
  const file = new URL(`${name}.json`, DIR);
  const actual = `${JSON.stringify(value, null, 2)}\n`;
  if (Deno.env.get("UPDATE_SNAPSHOTS") === "1") {
    await Deno.mkdir(DIR, { recursive: true });
    await Deno.writeTextFile(file, actual);
    return;
  }
  let expected: string;
  try {
    expected = await Deno.readTextFile(file);
  } catch (error) {
    if (error instanceof Deno.errors.NotFound) {
      assert.fail(`No snapshot ${file.pathname}: run with UPDATE_SNAPSHOTS=1 to write it`);
    }
    throw error;
  }
  assert.equal(
    actual,
    expected,
    `Figure differs from snapshot ${name}.json (rerun with UPDATE_SNAPSHOTS=1 if intended)`,
  );
}
