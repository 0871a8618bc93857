import { relative, resolve } from "node:path";
import type { UserDatasetRow } from "../datasets/user_dataset.ts";
import { load } from "../data/load.ts";
import { PROJECT_ROOT } from "../io/paths.ts";
import { readSourcesManifest, type SourceInfo } from "../data/sources_manifest.ts";
import type { Cell, Notebook } from "../notebook/nbformat.ts";
import { DENO_KERNELSPEC, splitLines } from "../notebook/nbformat.ts";
import { writeNotebook } from "../notebook/write_notebook.ts";
import { foldersOf } from "./_files.ts";
import type { SourcesOptions } from "./user_findings.ts";

/** Options for {@linkcode newNotebook}. */
export interface NewNotebookOptions extends SourcesOptions {
  /** The id of the user dataset the notebook analyses (required). */
  dataset: string;
  /** The folder to write it in; default the toolkit's `notebooks/`. */
  dir?: string;
}

/** What {@linkcode newNotebook} wrote. */
export interface NewNotebook {
  /** The notebook's path. */
  path: string;
  /** The analyses it runs: `yoy`, `budget-shares` and `breakdown`, those that fit the data. */
  analyses: ("yoy" | "budget-shares" | "breakdown")[];
}

/**
 * Writes a starting notebook for a user dataset: it loads the dataset, shows it, cites where its
 * figures are, and runs the analyses its figures allow: year-on-year change (`yoyChange()`) when
 * a label has figures for two or more financial years; budget shares (`budgetShares()`, its
 * stated totals checked) when a year has two or more amounts in pounds; a breakdown
 * (`breakdown()`) when a year has two or more counts. The year is a `parameters` cell. It runs
 * with `deno task nb run`; the analyst edits it from there.
 *
 * @param name The notebook's file name, without `.ipynb`: letters, digits, `_`, `-` and `.`.
 * @param options The dataset, and where to write.
 * @returns The path written and the analyses chosen.
 * @throws {TypeError} For a bad name or no `dataset`.
 * @throws {RangeError} When the dataset is not an accepted user dataset.
 * @throws {Deno.errors.AlreadyExists} When the notebook exists: it is never overwritten.
 */
export async function newNotebook(name: string, options: NewNotebookOptions): Promise<NewNotebook> {
  const stem = name.replace(/\.ipynb$/, "");
  if (!/^[A-Za-z0-9_][A-Za-z0-9_.-]*$/.test(stem)) {
    throw new TypeError(
      `Cannot write notebook "${name}": a name is letters, digits, "_", "-" and "." only`,
    );
  }
  const { userSeeds, data } = foldersOf(options);
  const entry = (await readSourcesManifest(userSeeds)).find((e) => e.id === options.dataset);
  if (entry === undefined || entry.accepted === null) {
    throw new RangeError(
      `Cannot write notebook "${name}": "${options.dataset}" is not an accepted user dataset ` +
        "(deno task add FILE, then deno task add --accept ID)",
    );
  }
  const dir = (options.dir ?? `${PROJECT_ROOT}notebooks`).replace(/\/$/, "");
  const path = `${dir}/${stem}.ipynb`;
  if (await Deno.stat(path).then(() => true, () => false)) {
    throw new Deno.errors.AlreadyExists(`Cannot write notebook "${path}": it exists already`);
  }
  const loadOptions = { dir: data, userSeeds, stated: true };
  const stated = await load(entry.id as never, loadOptions);
  const rows = stated.objects() as unknown as UserDatasetRow[];
  const lib = relative(resolve(dir), `${PROJECT_ROOT}lib/mod.ts`).replaceAll("\\", "/");
  const plan = choose(rows.filter((r) => r.role === "observation"));
  await writeNotebook(path, notebook(entry, lib.startsWith(".") ? lib : `./${lib}`, plan));
  return { path, analyses: plan.analyses };
}

interface Plan {
  analyses: NewNotebook["analyses"];
  year: string | null;
  yoyBy: string[];
}

function choose(rows: readonly UserDatasetRow[]): Plan {
  const analyses: Plan["analyses"] = [];
  const annual = rows.filter((r) => r.quarter === null && r.financial_year !== null);
  const yoyBy = [["label", "unit"], ["section", "label", "unit"]].find((by) => {
    const keys = annual.map((r) =>
      [...by, "financial_year"].map((c) => r[c as keyof UserDatasetRow]).join("\u0000")
    );
    return new Set(keys).size === keys.length;
  }) ?? [];
  const years = (label: string) =>
    new Set(annual.filter((r) => r.label === label).map((r) => r.financial_year)).size;
  if (yoyBy.length > 0 && annual.some((r) => years(r.label) >= 2)) analyses.push("yoy");
  const busiest = (unit: string) => {
    const counts = new Map<string, number>();
    for (const r of annual.filter((r) => r.unit === unit && r.value !== null)) {
      counts.set(r.financial_year!, (counts.get(r.financial_year!) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  };
  const money = busiest("GBP");
  const counts = busiest("count");
  if (money !== undefined && money[1] >= 2) analyses.push("budget-shares");
  else if (counts !== undefined && counts[1] >= 2) analyses.push("breakdown");
  const year = analyses.includes("budget-shares")
    ? money![0]
    : analyses.includes("breakdown")
    ? counts![0]
    : null;
  return { analyses, year, yoyBy };
}

function notebook(entry: SourceInfo, lib: string, plan: Plan): Notebook {
  const cells: Cell[] = [];
  const markdown = (id: string, text: string) =>
    cells.push({ cell_type: "markdown", id, metadata: {}, source: splitLines(text) });
  const code = (id: string, text: string, tags?: string[]) =>
    cells.push({
      cell_type: "code",
      id,
      metadata: tags ? { tags } : {},
      execution_count: null,
      outputs: [],
      source: splitLines(text),
    });
  const id = JSON.stringify(entry.id);
  markdown(
    "title",
    `# ${entry.accepted!.title}\n\n` +
      `A starting point for analysing \`${entry.id}\`: the figures accepted from ${entry.reference} ` +
      "with `deno task add`. Edit it freely.\n\n" +
      `**Source.** ${entry.title}. ${entry.publisher}, ${entry.reference}, ${entry.date}. ` +
      `Licence: ${entry.licence}. File: \`seeds/user/${entry.file}\`.`,
  );
  code(
    "setup",
    `import { aq, breakdown, budgetShares, cite, count, formatUnit, load, md, yoyChange } from ${
      JSON.stringify(lib)
    };\n\n` +
      `// The observations (safe to sum), and with the totals the document states.\n` +
      `const data = await load(${id});\nconst stated = await load(${id}, { stated: true });\ndata`,
  );
  if (plan.year !== null) {
    code("parameters", `const year = ${JSON.stringify(plan.year)};`, ["parameters"]);
  }
  code(
    "summary",
    `const largest = data.filter((d) => d.value !== null).orderby(aq.desc("value")).object(0);\n` +
      "md`The dataset holds ${count(data.numRows())} figures and " +
      "${count(stated.numRows() - data.numRows())} stated totals (${cite(stated)}). The largest " +
      "is ${formatUnit(largest.value, largest.unit)}, ${largest.label} (${cite(largest)}).`",
  );
  if (plan.analyses.includes("yoy")) {
    markdown("yoy-title", "## Year on year\n\nEach label's figure against its previous year's.");
    code(
      "yoy",
      `const annual = data.filter((d) => d.quarter === null && d.financial_year !== null);\n` +
        `yoyChange(annual, { by: ${JSON.stringify(plan.yoyBy)} })`,
    );
  }
  if (plan.analyses.includes("budget-shares")) {
    markdown(
      "budget-title",
      "## Shares of the budget\n\nEach label's share of the amounts in pounds for `year`, and " +
        "whether they add up to the totals the document states.",
    );
    code(
      "budget",
      "const budget = stated.params({ year })\n" +
        '  .filter((d, $) => d.unit === "GBP" && d.financial_year === $.year);\n' +
        'budgetShares(budget, { by: ["label"] })',
    );
  }
  if (plan.analyses.includes("breakdown")) {
    markdown("breakdown-title", "## Breakdown\n\nThe counts for `year` by label, with shares.");
    code(
      "breakdown",
      "const counts = data.params({ year })\n" +
        '  .filter((d, $) => d.unit === "count" && d.financial_year === $.year);\n' +
        'breakdown(counts, { category: "label" })',
    );
  }
  markdown(
    "checks",
    "The stated totals are checked against their parts by `deno task findings`; " +
      "`deno task reproduce` checks the document, the review file and the dataset.",
  );
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { ...DENO_KERNELSPEC },
      language_info: { name: "typescript", file_extension: ".ts" },
    },
    cells,
  };
}
