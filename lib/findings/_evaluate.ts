import type { DatasetName, DatasetRows } from "../datasets/registry.ts";
import type { TypedTable } from "../data/typed_table.ts";
import { reconcileFigure } from "../analysis/reconcile_figure.ts";
import type { Finding, FindingCheck, FindingDefinition, FindingInputs } from "./finding.ts";

/** The loaded datasets (as tables, and their rows) and seed texts a run shares between findings. */
export interface Loaded {
  tables: ReadonlyMap<DatasetName, TypedTable<unknown>>;
  rows: ReadonlyMap<DatasetName, readonly unknown[]>;
  seeds: ReadonlyMap<string, string>;
}

/** The inputs one definition may read: only the datasets it declares, so the list stays true. */
function inputsFor(definition: FindingDefinition, loaded: Loaded): FindingInputs {
  const tableOf = <N extends DatasetName>(name: N): TypedTable<DatasetRows[N]> => {
    const table = loaded.tables.get(name);
    if (!definition.datasets.includes(name) || table === undefined) {
      throw new RangeError(
        `Cannot read dataset "${name}" in finding "${definition.id}": it is not in its datasets`,
      );
    }
    return table as TypedTable<DatasetRows[N]>;
  };
  return {
    rows: <N extends DatasetName>(name: N) => {
      tableOf(name);
      return loaded.rows.get(name) as readonly DatasetRows[N][];
    },
    table: tableOf,
    seed(file: string): string {
      const text = loaded.seeds.get(file);
      if (text === undefined) {
        throw new RangeError(
          `Cannot read seed "${file}" in finding "${definition.id}": no such seed`,
        );
      }
      return text;
    },
  };
}

/** Runs one definition's check and reconciles it into a finding with a self-explaining note. */
export function evaluate(definition: FindingDefinition, loaded: Loaded): Finding {
  let check: FindingCheck;
  try {
    check = definition.check(inputsFor(definition, loaded));
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    const ErrorClass = error.constructor as ErrorConstructor;
    throw new ErrorClass(`Cannot check finding "${definition.id}": ${error.message}`, {
      cause: error,
    });
  }
  const { kind, source, stated, raw, parts, computed, reason, omitMissing, unit, precision } =
    check;
  const result = reconcileFigure({
    kind,
    stated,
    raw,
    parts,
    computed,
    reason,
    omitMissing,
    unit,
    precision,
    bounds: check.bounds,
  });
  const why = result.reason === null ? null : `Not computable: ${result.reason}.`;
  return {
    id: definition.id,
    claim: definition.claim,
    source: { seed: source.seed, line: source.line },
    stated: result.stated,
    computed: result.computed,
    difference: result.difference,
    unit,
    tolerance: result.tolerance,
    status: result.status,
    coverage: result.coverage,
    bounds: result.bounds,
    checks: (check.checks ?? []).map(({ name, passed, text }) => ({ name, passed, text })),
    note: [why, check.note, result.toleranceReason].filter((s) => s !== null && s !== "")
      .join(" "),
  };
}
