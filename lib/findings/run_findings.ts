import type { DatasetName } from "../datasets/registry.ts";
import { load } from "../data/load.ts";
import { readSeeds } from "../data/read_seeds.ts";
import type { Finding, FindingDefinition } from "./finding.ts";
import { findingDefinitions } from "./finding_definitions.ts";
import { evaluate } from "./_evaluate.ts";

/** Options for {@linkcode runFindings}. */
export interface RunFindingsOptions {
  /** The datasets folder; defaults to the toolkit's `data/`. */
  dataDir?: string;
  /** The seeds folder; defaults to the toolkit's `seeds/`. */
  seedsDir?: string;
  /** The findings to run; defaults to the whole registry ({@linkcode findingDefinitions}). */
  definitions?: readonly FindingDefinition[];
}

/**
 * Runs the findings: loads the datasets the definitions name and the seed texts, and checks
 * each claim against the figures it is computed from.
 *
 * @param options Where the data is, and which findings to run.
 * @returns One finding per definition, in registry order.
 * @throws {RangeError} When two definitions share an id, or a definition finds no or several
 * rows where it expects one (the data or the definition has changed).
 * @throws {DatasetError} When a dataset does not match its schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { runFindings } from "./mod.ts";
 * const findings = await runFindings();
 * const csp = findings.find((f) => f.id === "framework-csp-spend")!;
 * // Commissioning framework line 81 says £639,675; its nine CSP rows (lines 186-194) add to £639,676.
 * assert.deepEqual([csp.stated, csp.computed, csp.difference, csp.status], [639675, 639676, 1, "discrepancy"]);
 * ```
 */
export async function runFindings(options: RunFindingsOptions = {}): Promise<Finding[]> {
  const definitions = options.definitions ?? findingDefinitions();
  const seen = new Set<string>();
  for (const { id } of definitions) {
    if (seen.has(id)) throw new RangeError(`Cannot run findings: the id "${id}" is used twice`);
    seen.add(id);
  }
  const names = [...new Set(definitions.flatMap((d) => d.datasets))];
  const tables = new Map<DatasetName, readonly unknown[]>();
  for (const name of names) {
    // The findings check stated figures against their parts: every row, stated totals included.
    tables.set(name, (await load(name, { dir: options.dataDir, stated: true })).objects());
  }
  const seeds = await readSeeds(options.seedsDir);
  return definitions.map((definition) => evaluate(definition, { tables, seeds }));
}
