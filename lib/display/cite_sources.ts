import type { SeedInfo } from "../data/manifest.ts";
import { fragment } from "./_markdown.ts";
import { type Markdown, md } from "./md.ts";

/**
 * What {@linkcode citeSources} names for a document: the fields of a `readManifest()` entry (a
 * {@linkcode SeedInfo}) that cite it, so entries can be passed as they are.
 */
export type CitedSource = Pick<
  SeedInfo,
  "file" | "title" | "publisher" | "reference" | "date" | "licence" | "licence_url"
>;

/**
 * Writes the sources of a notebook as a Markdown list, one item per document: its title,
 * publisher, reference, date (or "undated"), licence linked to its text, and its file in
 * `seeds/`. Text from the manifest is escaped; the link and file name are checked first.
 *
 * @param sources The documents, such as entries of `readManifest()`.
 * @returns Markdown for a notebook's sources cell.
 * @throws {TypeError} When no source is given, a field is not text, the licence address is not
 * an http(s) address, or the file name is not a plain `.txt` name.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { citeSources } from "./mod.ts";
 * const sources = citeSources([{
 *   file: "nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt",
 *   title: "Victims commissioning, 2015",
 *   publisher: "Nottinghamshire Office of the Police and Crime Commissioner",
 *   reference: "FOI 2838/15",
 *   date: "2015-04-27",
 *   licence: "Open Government Licence v3.0",
 *   licence_url: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
 * }]);
 * assert.equal(
 *   sources.text,
 *   "- Victims commissioning, 2015. Nottinghamshire Office of the Police and Crime " +
 *     "Commissioner, FOI 2838/15, 2015-04-27. Licence: Open Government Licence v3.0 " +
 *     "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/). " +
 *     "File: seeds/nottinghamshire_opcc_foi_2838_15_victims_commissioning.txt\n",
 * );
 * assert.match(sources.markdown, /\[Open Government Licence v3\.0\]\(https:\/\/www\./);
 * ```
 */
export function citeSources(sources: readonly CitedSource[]): Markdown {
  if (!Array.isArray(sources) || sources.length === 0) {
    throw new TypeError("Cannot cite sources: give at least one manifest entry");
  }
  return md`${sources.map(item)}`;
}

function item(source: CitedSource, index: number): Markdown {
  for (const field of ["file", "title", "publisher", "reference", "licence", "licence_url"]) {
    const value = (source as unknown as Record<string, unknown>)?.[field];
    if (typeof value !== "string" || value.trim() === "") {
      throw new TypeError(
        `Cannot cite source ${index + 1}: "${field}" must be non-empty text, got ${
          JSON.stringify(value) ?? "undefined"
        }`,
      );
    }
  }
  if (!/^https?:\/\/[^\s()<>]+$/.test(source.licence_url)) {
    throw new TypeError(
      `Cannot cite source ${index + 1}: licence_url "${source.licence_url}" is not an http(s) ` +
        `address`,
    );
  }
  if (!/^[\w.-]+\.txt$/.test(source.file)) {
    throw new TypeError(
      `Cannot cite source ${index + 1}: file "${source.file}" is not a plain .txt file name`,
    );
  }
  const licence = md`${source.licence}`;
  const link = fragment(
    `[${licence.markdown}](${source.licence_url})`,
    `${source.licence} (${source.licence_url})`,
  );
  const file = fragment(`\`seeds/${source.file}\``, `seeds/${source.file}`);
  const date = source.date ?? "undated";
  return md`- ${source.title}. ${source.publisher}, ${source.reference}, ${date}. Licence: ${link}. File: ${file}\n`;
}
