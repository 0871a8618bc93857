import type { DatasetName } from "../datasets/registry.ts";
import type { UserDatasetRow } from "../datasets/user_dataset.ts";
import { load } from "../data/load.ts";
import { readSourcesManifest, type SourceInfo } from "../data/sources_manifest.ts";
import type { FindingCheck, FindingDefinition, FindingStatus } from "../findings/finding.ts";
import { reconcileFigure } from "../analysis/reconcile_figure.ts";
import { foldersOf } from "./_files.ts";

/** Where the user's documents and datasets are, and the file naming their datasets. */
export interface SourcesOptions {
  /** The folder of the user's documents, their review files and manifest; default `seeds/user/`. */
  userSeeds?: string;
  /** The folder of datasets; default `data/`. */
  data?: string;
  /**
   * The TypeScript file `--accept` writes the accepted datasets' names to, and `checkSources()`
   * checks; default `lib/datasets/user_dataset_names.ts`, which `load()` is typed by.
   */
  namesFile?: string;
}

const TOTALS = new Set(["total", "subtotal", "grand_total"]);

/**
 * The findings of a user's dataset: one per stated total (role `total`, `subtotal` or
 * `grand_total`), checked against the accepted rows whose `part_of` names it, by the findings'
 * shared rule (`reconcileFigure()`): exactly for a figure written to the unit, to the precision
 * written for an approximate or scaled one (`c£2m`, `£1.2 million`). A total with no accepted
 * parts is not computable; so is one with a part whose value is missing (an empty table cell,
 * a withheld figure), never a discrepancy, unless every missing part is an empty cell and the
 * other parts make the total (then `reproduced`, the empty cells left out and said so). Each finding's expected status is the one recorded when the dataset
 * was accepted (`expected` given), else the one found now.
 *
 * @param entry The document's manifest entry.
 * @param rows The dataset's rows, stated totals included.
 * @param expected The statuses recorded by id; default the manifest entry's.
 * @returns One definition per stated total, in the dataset's order.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { definitionsFor } from "./mod.ts";
 * const row = { label: "Total", section: null, financial_year: "2022-23", quarter: null,
 *   period_start: null, period_end: null, page: 1, unit: "GBP", approximate: false, bound: null,
 *   missing_reason: null, seed: "northmoor.pdf" } as const;
 * const rows = [
 *   { ...row, figure: "F1", label: "Refuge", part_of: "F3", value: 120500, role: "observation", raw: "£120,500", line: 5 },
 *   { ...row, figure: "F2", label: "Helpline", part_of: "F3", value: 48000, role: "observation", raw: "£48,000", line: 6 },
 *   { ...row, figure: "F3", part_of: null, value: 168500, role: "total", raw: "£168,500", line: 7 },
 * ] as const;
 * const entry = { id: "northmoor", reference: "FOI 042/25", accepted: null };
 * const [total] = definitionsFor(entry, rows);
 * assert.equal(total.id, "northmoor-f3");
 * assert.equal(total.expected, "reproduced"); // 120,500 + 48,000 = 168,500
 * ```
 */
export function definitionsFor(
  entry: Pick<SourceInfo, "id" | "reference" | "accepted">,
  rows: readonly UserDatasetRow[],
  expected: ReadonlyMap<string, string> = new Map(
    (entry.accepted?.findings ?? []).map((f) => [f.id, f.expected]),
  ),
): FindingDefinition[] {
  return rows.filter((row) => TOTALS.has(row.role)).map((total) => {
    const id = `${entry.id}-${total.figure.toLowerCase()}`;
    const check = (all: readonly UserDatasetRow[]) => checkTotal(all, total.figure);
    const definition: FindingDefinition = {
      id,
      claim: `${total.label}${total.financial_year === null ? "" : ` ${total.financial_year}`}` +
        ` (${entry.reference}, ${where(total)}): the stated ${total.role.replace("_", " ")} ` +
        "equals the sum of its parts",
      expected: (expected.get(id) ?? statusOf(check(rows))) as FindingStatus,
      datasets: [entry.id as DatasetName],
      check: (inputs) => check(inputs.rows(entry.id as DatasetName) as unknown as UserDatasetRow[]),
    };
    return definition;
  });
}

function where(row: UserDatasetRow): string {
  return `${row.page === null ? "" : `page ${row.page}, `}line ${row.line}`;
}

function checkTotal(rows: readonly UserDatasetRow[], figure: string): FindingCheck {
  const total = rows.find((row) => row.figure === figure);
  if (total === undefined) {
    throw new RangeError(`Cannot check the total "${figure}": no such figure in the dataset`);
  }
  const parts = rows.filter((row) => (row.part_of ?? "").split(" ").includes(figure));
  const scaled = /\d\s*(k|m|bn|million|billion|thousand)\b/i.test(total.raw ?? "");
  const base = {
    source: { seed: total.seed, line: total.line },
    stated: total.value,
    unit: total.unit,
    precision: total.approximate || scaled ? "rounded" as const : "exact" as const,
  };
  if (parts.length === 0) {
    return {
      ...base,
      computed: null,
      reason: "no accepted figure is a part of it (part_of)",
      note: `The ${total.role.replace("_", " ")} on ${where(total)}, as reviewed.`,
    };
  }
  const missing = parts.filter((row) => row.value === null);
  return {
    ...base,
    parts,
    omitMissing: "empty-cells",
    note: `Sum of ${parts.length} accepted figure(s) whose part_of is ${figure} ` +
      `(${parts.map(where).join("; ")}).` + (missing.length === 0 ? "" : ` ${missing.length} ` +
        `of them ${missing.length === 1 ? "has" : "have"} no value (${
          missing.map((row) => `${where(row)}: ${row.missing_reason}`).join("; ")
        }): never counted as 0.`),
  };
}

/** The status the shared rule gives a check, as `runFindings()` would. */
export function statusOf(check: FindingCheck): FindingStatus {
  return reconcileFigure(check).status;
}

/**
 * The findings of every accepted user dataset, to run beside the toolkit's own
 * (`runFindings({ definitions: [...findingDefinitions(), ...await userFindingDefinitions()] })`).
 *
 * @param options Where the user's documents and datasets are.
 * @returns The definitions, document by document.
 * @throws {DatasetError} When a user dataset does not match its schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { userFindingDefinitions } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * assert.deepEqual(await userFindingDefinitions({ userSeeds: dir }), []);
 * await Deno.remove(dir);
 * ```
 */
export async function userFindingDefinitions(
  options: SourcesOptions = {},
): Promise<FindingDefinition[]> {
  const { userSeeds, data } = foldersOf(options);
  const out: FindingDefinition[] = [];
  for (const entry of await readSourcesManifest(userSeeds)) {
    if (entry.accepted === null) continue;
    const table = await load(entry.id as never, { dir: data, userSeeds, stated: true });
    out.push(...definitionsFor(entry, table.objects() as unknown as UserDatasetRow[]));
  }
  return out;
}
