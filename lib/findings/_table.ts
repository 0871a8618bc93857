// Private to lib/findings: a declared dataset's rows as a typed table, for the analysis verbs
// (reconcile(), shareOf(), coverage(), breakdown()). Built from FindingInputs.rows() so that the
// inputs a definition reads stay rows and seeds, as callers outside the registry build them.
import { type DatasetName, type DatasetRows, DATASETS } from "../datasets/registry.ts";
import { rowsToTable } from "../data/rows_to_table.ts";
import type { TypedTable } from "../data/typed_table.ts";
import type { Dataset } from "../datasets/schema.ts";
import type { FindingInputs } from "./finding.ts";

/** The rows of a dataset the definition declared, stated figures included, as a typed table. */
export function tableOf<N extends DatasetName>(
  inputs: FindingInputs,
  name: N,
): TypedTable<DatasetRows[N]> {
  // The rows were decoded by the dataset's schema when loaded: the table has its columns.
  const dataset = DATASETS[name] as unknown as Dataset<never>;
  return rowsToTable(inputs.rows(name) as never, dataset) as TypedTable<DatasetRows[N]>;
}
