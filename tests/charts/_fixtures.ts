// Tables and sources the chart tests share, all read from the shipped datasets and manifest.
import assert from "node:assert/strict";
import type { ColumnTable } from "arquero";
import { load, readManifest, type SeedInfo } from "../../lib/data/mod.ts";

/** Table 1 of the commissioning framework: every row, observations and both TOTALs. */
export async function table1(): Promise<ColumnTable> {
  return await load("commissioning_spend", { stated: true });
}

/** Table 1's observations only (no stated totals). */
export async function table1Observations(): Promise<ColumnTable> {
  return (await table1()).filter((d) => d.role === "observation");
}

/** The commissioned services of Table 1, framework lines 153-200. */
export async function commissioned(): Promise<ColumnTable> {
  return (await table1Observations()).filter((d) => d.section === "commissioned");
}

/** The manifest entry of a seed whose file name contains `part`. */
export async function seedInfo(part: string): Promise<SeedInfo> {
  const entry = (await readManifest()).find((s) => s.file.includes(part));
  if (!entry) throw new Error(`No seed matches "${part}"`);
  return entry;
}

/** Asserts that a figure is plain JSON: a JSON round trip gives it back deep-equal. */
export function assertPlainJson(figure: unknown): void {
  // Strict deep equality: NaN would come back as null, undefined and functions would vanish,
  // a Date would come back as a string.
  assert.deepEqual(JSON.parse(JSON.stringify(figure)), figure);
}
