import type { UserDatasetRow } from "../datasets/user_dataset.ts";
import { readSourcesManifest, type SourceInfo } from "../data/sources_manifest.ts";
import { withFolderLock } from "../io/with_folder_lock.ts";
import { readSourceText } from "./_document_text.ts";
import { datasetNamesText, foldersOf, manifestText, writeAll } from "./_files.ts";
import { sha256Hex } from "../io/sha256_hex.ts";
import { datasetText, problemLines, reviewRows } from "./_review_rows.ts";
import { parseReview } from "./review_file.ts";
import { definitionsFor, type SourcesOptions } from "./user_findings.ts";

/** What {@linkcode acceptSource} did. */
export interface AcceptedSource {
  /** The manifest entry, as updated. */
  entry: SourceInfo;
  /** The dataset's file written in `data/`. */
  dataset: string;
  /** The dataset's rows, stated totals included. */
  rows: UserDatasetRow[];
  /** How many review rows were not accepted (`accept` is `no`). */
  dropped: number;
  /** The findings made from its stated totals, with the status each has. */
  findings: { id: string; expected: string }[];
}

/**
 * Turns a document's reviewed figures into its dataset: reads `seeds/user/<id>.review.csv`, checks
 * every accepted row (a plain number, a known unit and role, a period, a `part_of` naming an
 * accepted total, the `raw` text on its cited page and line reading back as the value, missing
 * values with a reason), writes `data/<id>.csv` (one observation per row, stated totals with
 * their role), registers it in `seeds/user/manifest.json` and
 * `lib/datasets/user_dataset_names.ts` so `load(id)` and `catalog()` list it, and records the
 * status of each stated total's finding. Accepting again after editing the review file replaces
 * the dataset.
 *
 * Nothing is written unless every row is good; a failed write puts back what was written. The
 * manifest is read again and written holding the lock `addSource()` takes, so a document added
 * meanwhile keeps its entry.
 *
 * @param id The document's id, as added.
 * @param options Where the user's files, the datasets and the names file are.
 * @returns The entry, the dataset's path and rows, and its findings.
 * @throws {RangeError} When no document has this id, or the document changed since it was added.
 * @throws {TypeError} For a review file with an unknown or missing column, a bad value in any
 *   field, or no accepted row: every problem listed with its row, line and field.
 * @throws {SyntaxError} For a review file line that is not CSV.
 * @throws {Deno.errors.NotFound} When the review file is missing.
 */
export async function acceptSource(
  id: string,
  options: SourcesOptions = {},
): Promise<AcceptedSource> {
  const { userSeeds, data, namesFile } = foldersOf(options);
  const found = (await readSourcesManifest(userSeeds)).find((entry) => entry.id === id);
  if (found === undefined) {
    throw new RangeError(
      `Cannot accept "${id}": no document has this id in ${userSeeds}/manifest.json ` +
        "(add it first with deno task add FILE)",
    );
  }
  const document = `${userSeeds}/${found.file}`;
  const actual = await sha256Hex(await Deno.readFile(document));
  if (actual !== found.sha256) {
    throw new RangeError(
      `Cannot accept "${id}": ${document} has changed since it was added (its SHA-256 is ` +
        `${actual}, the manifest records ${found.sha256}); add the new version under a new id`,
    );
  }
  const reviewPath = `${userSeeds}/${found.review}`;
  const reviewText = await Deno.readTextFile(reviewPath);
  const review = parseReview(reviewText, reviewPath);
  const { rows, problems } = reviewRows(
    review,
    found,
    await readSourceText(document, found.format),
  );
  if (problems.length > 0) {
    throw new TypeError(`Cannot accept review file "${reviewPath}":\n${problemLines(problems)}`);
  }
  if (rows.length === 0) {
    throw new TypeError(
      `Cannot accept review file "${reviewPath}": no row is accepted (set accept to yes)`,
    );
  }
  const title = found.accepted?.title ?? found.title;
  const csv = datasetText(found, rows, title);
  const findings = definitionsFor({ ...found, accepted: null }, rows, new Map()).map((d) => ({
    id: d.id,
    expected: d.expected,
  }));
  const entry: SourceInfo = {
    ...found,
    accepted: {
      review_sha256: await sha256Hex(reviewText),
      title,
      rows: rows.length,
      dataset_sha256: await sha256Hex(csv),
      findings,
    },
  };
  const datasetPath = `${data}/${id}.csv`;
  // Written from the manifest as it is now, under the lock `deno task add` takes, so a document
  // added meanwhile keeps its entry (and the names file names every accepted dataset).
  await withFolderLock(userSeeds, async () => {
    const entries = (await readSourcesManifest(userSeeds)).map((e) => e.id === id ? entry : e);
    await writeAll([
      { path: datasetPath, data: csv },
      { path: namesFile, data: datasetNamesText(entries) },
      { path: `${userSeeds}/manifest.json`, data: manifestText(entries) },
    ]);
  });
  const dropped = review.filter((r) => r.accept === "no").length;
  return { entry, dataset: datasetPath, rows, dropped, findings };
}
