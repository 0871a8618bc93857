import { readSourcesManifest, type SourceInfo } from "../data/sources_manifest.ts";
import { findingDefinitions } from "../findings/finding_definitions.ts";
import type { FindingDefinition } from "../findings/finding.ts";
import { readSourceText } from "./_document_text.ts";
import { datasetNamesText, foldersOf } from "./_files.ts";
import { sha256Hex } from "../io/sha256_hex.ts";
import { datasetText, problemLines, reviewRows } from "./_review_rows.ts";
import { parseReview } from "./review_file.ts";
import { type SourcesOptions, userFindingDefinitions } from "./user_findings.ts";

/** The check of one user document, its review file and its dataset. */
export interface SourceCheck {
  /** The document's id. */
  id: string;
  /** What was found wrong; empty when all is as recorded. */
  problems: string[];
  /** How many rows its dataset has; null when not accepted or when it failed. */
  rows: number | null;
  /** False until the review was accepted. */
  accepted: boolean;
}

/** What {@linkcode checkSources} found. */
export interface SourcesReport {
  /** One check per document in `seeds/user/manifest.json`. */
  documents: SourceCheck[];
  /** Problems with the documents as a whole (the names file, `lib/datasets/user_dataset_names.ts`). */
  problems: string[];
  /** True when every document, review file and dataset is as recorded. */
  ok: boolean;
  /** What to print, one line each; empty when the user added no document. */
  lines: string[];
  /** One sentence per failure, for the report's notice. */
  failures: string[];
}

/**
 * Checks the user's documents as `deno task reproduce` checks the shipped ones: each document
 * byte for byte against the SHA-256 in `seeds/user/manifest.json`; each accepted one's review file
 * against the SHA-256 recorded when it was accepted; its dataset in `data/` against a fresh
 * conversion of that review file (every figure's text on its cited page and line of the
 * document, read again); and `lib/datasets/user_dataset_names.ts` against the manifest. A changed document or
 * review file is reported, never used.
 *
 * @param options Where the user's documents, the datasets and the names file are.
 * @returns What was found, document by document, and the lines to print.
 * @throws {TypeError} When `seeds/user/manifest.json` does not match its schema.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { checkSources } from "./mod.ts";
 * const dir = await Deno.makeTempDir();
 * const report = await checkSources({ userSeeds: dir });
 * assert.deepEqual([report.ok, report.lines], [true, []]);
 * await Deno.remove(dir);
 * ```
 */
export async function checkSources(options: SourcesOptions = {}): Promise<SourcesReport> {
  const { userSeeds, data, namesFile } = foldersOf(options);
  const manifest = await readSourcesManifest(userSeeds);
  const documents: SourceCheck[] = [];
  for (const entry of manifest) documents.push(await checkOne(entry, userSeeds, data));
  const problems: string[] = [];
  const names = await Deno.readTextFile(namesFile).catch(() => null);
  if (manifest.length > 0 && names !== datasetNamesText(manifest)) {
    problems.push(
      `${namesFile} does not name the accepted datasets of the manifest ` +
        "(run deno task add --accept ID again)",
    );
  }
  const ok = problems.length === 0 && documents.every((d) => d.problems.length === 0);
  const lines = manifest.length === 0 ? [] : [
    `Your documents (${userSeeds}, added with deno task add)`,
    ...documents.flatMap((d) => [
      `  ${d.problems.length === 0 ? "ok  " : "FAIL"} ${d.id.padEnd(26)} ${
        d.accepted ? `${String(d.rows ?? "-").padStart(4)} rows` : "not accepted yet"
      }`,
      ...d.problems.map((p) => `       ${p}`),
    ]),
    ...problems.map((p) => `  FAIL ${p}`),
  ];
  const failures = [
    ...documents.flatMap((d) => d.problems.map((p) => `Your document "${d.id}": ${p}`)),
    ...problems,
  ];
  return { documents, problems, ok, lines, failures };
}

async function checkOne(entry: SourceInfo, userSeeds: string, data: string): Promise<SourceCheck> {
  const check: SourceCheck = { id: entry.id, problems: [], rows: null, accepted: false };
  const document = `${userSeeds}/${entry.file}`;
  const bytes = await Deno.readFile(document).catch(() => null);
  const actual = bytes === null ? null : await sha256Hex(bytes);
  if (actual !== entry.sha256) {
    check.problems.push(
      `${document} is not the document recorded in the manifest (its SHA-256 is ` +
        `${actual ?? "missing: no such file"}, expected ${entry.sha256})`,
    );
    return check;
  }
  if (entry.accepted === null) return check;
  check.accepted = true;
  const reviewPath = `${userSeeds}/${entry.review}`;
  const review = await Deno.readTextFile(reviewPath).catch(() => null);
  const reviewSha = review === null ? null : await sha256Hex(review);
  if (reviewSha !== entry.accepted.review_sha256) {
    check.problems.push(
      `${reviewPath} has changed since it was accepted (its SHA-256 is ${
        reviewSha ?? "missing: no such file"
      }, expected ${entry.accepted.review_sha256}): run deno task add --accept ${entry.id}`,
    );
    return check;
  }
  let fresh: string;
  try {
    const { rows, problems } = reviewRows(
      parseReview(review!, reviewPath),
      entry,
      await readSourceText(document, entry.format),
    );
    if (problems.length > 0) throw new TypeError(problemLines(problems));
    fresh = datasetText(entry, rows, entry.accepted.title);
    check.rows = rows.length;
  } catch (error) {
    check.problems.push(`${reviewPath} no longer converts: ${(error as Error).message}`);
    return check;
  }
  const file = `${data}/${entry.id}.csv`;
  const written = await Deno.readTextFile(file).catch(() => null);
  if (written !== fresh) {
    check.problems.push(
      written === null
        ? `${file} is missing: run deno task add --accept ${entry.id}`
        : `${file} differs from its reviewed extraction (${entry.review}): run deno task add ` +
          `--accept ${entry.id}`,
    );
    check.rows = null;
  }
  return check;
}

/**
 * The toolkit's findings and those of the user's accepted datasets, for `deno task findings`
 * and `deno task reproduce`.
 *
 * @param options Where the user's documents and the datasets are.
 * @returns Every definition: the toolkit's, then the user's.
 */
export async function allFindingDefinitions(
  options: SourcesOptions = {},
): Promise<FindingDefinition[]> {
  return [...findingDefinitions(), ...await userFindingDefinitions(options)];
}
