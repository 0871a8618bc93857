import type { DatasetName, DatasetRows } from "../datasets/registry.ts";
import { reconcileFigure } from "../analysis/reconcile_figure.ts";
import type { Finding, FindingCheck, FindingDefinition, FindingInputs } from "./finding.ts";

/** The loaded datasets (as rows) and seed texts a run shares between findings. */
export interface Loaded {
  tables: ReadonlyMap<DatasetName, readonly unknown[]>;
  seeds: ReadonlyMap<string, string>;
}

/** The inputs one definition may read: only the datasets it declares, so the list stays true. */
function inputsFor(definition: FindingDefinition, loaded: Loaded): FindingInputs {
  return {
    rows<N extends DatasetName>(name: N): readonly DatasetRows[N][] {
      const rows = loaded.tables.get(name);
      if (!definition.datasets.includes(name) || rows === undefined) {
        throw new RangeError(
          `Cannot read dataset "${name}" in finding "${definition.id}": it is not in its datasets`,
        );
      }
      return rows as readonly DatasetRows[N][];
    },
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
  // The check is the comparison's input: its other fields (source, note, checks) are not read.
  const result = reconcileFigure(check);
  const why = result.reason === null ? null : `Not computable: ${result.reason}.`;
  return {
    id: definition.id,
    claim: definition.claim,
    source: { seed: check.source.seed, line: check.source.line },
    stated: result.stated,
    computed: result.computed,
    difference: result.difference,
    unit: check.unit,
    tolerance: result.tolerance,
    status: result.status,
    coverage: result.coverage,
    bounds: result.bounds,
    checks: (check.checks ?? []).map(({ name, passed, text }) => ({ name, passed, text })),
    note: [why, check.note, result.toleranceReason].filter((s) => s !== null && s !== "")
      .join(" "),
  };
}
