// `deno task add FILE [options]`: adds a user's document (PDF, Word, text, markdown, HTML) to
// seeds/user/ with its manifest entry and writes the review file of the figures found in it;
// `deno task add --accept ID` turns the reviewed rows into data/ID.csv, which load("ID") and
// catalog() then list. Exit status: 0 when done; 1 when the document or the review file is
// refused (the message names the file, row and field; nothing is written); 2 for bad arguments.
import { relative } from "node:path";
import { plural } from "../format/plural.ts";
import { acceptSource, addSource, type AddSourceOptions } from "../sources/mod.ts";
import { commandLine, orExit1 } from "./_args.ts";

const USAGE =
  `Usage: deno task add FILE [--id ID] [--title TEXT] [--publisher TEXT] [--reference TEXT]
                     [--date YYYY-MM-DD] [--licence TEXT]
       deno task add --accept ID

  FILE                a .pdf, .docx, .txt, .md or .html document, copied into seeds/user/
  --id ID             its id: the dataset's name (default: from the file's name)
  --title, --publisher, --reference, --date, --licence
                      what is known of it (default: what the document says, else "unknown")
  --accept ID         turn the reviewed seeds/user/ID.review.csv into data/ID.csv
  --user-seeds DIR    the folder of your documents (default: seeds/user/)
  --data DIR          the folder of datasets (default: data/)`;

const text = { type: "string" } as const;
const flags = {
  id: text,
  title: text,
  publisher: text,
  reference: text,
  date: text,
  licence: text,
  accept: text,
  "user-seeds": text,
  data: text,
  help: { type: "boolean", short: "h" },
} as const;
const parsed = commandLine(
  USAGE,
  { options: flags, allowPositionals: true },
  ({ values, positionals }) => {
    const { accept, help: _, "user-seeds": userSeeds, ...given } = values;
    const options = { ...given, userSeeds };
    if (accept !== undefined) {
      if (positionals.length > 0) throw new TypeError("Cannot accept: give --accept ID alone");
      return { kind: "accept" as const, id: accept, options };
    }
    if (positionals.length !== 1) {
      throw new TypeError(`Cannot add: give one FILE, got ${positionals.length}`);
    }
    return { kind: "add" as const, file: positionals[0], options };
  },
);

function shown(path: string): string {
  const inside = relative(Deno.cwd(), path);
  return inside.startsWith("..") ? path : inside;
}

async function add(file: string, options: AddSourceOptions): Promise<void> {
  const added = await addSource(file, options);
  const { entry, rows } = added;
  const by = (level: string) => rows.filter((r) => r.confidence === level).length;
  console.log(
    `Added ${
      shown(added.document)
    } (${entry.format}, ${entry.bytes} bytes, sha256 ${entry.sha256})`,
  );
  console.log(
    `  publisher: ${entry.publisher}; reference: ${entry.reference}; date: ${entry.date}; licence: ${entry.licence}`,
  );
  console.log(
    `  ${plural(rows.length, "figure")} proposed (${by("high")} high, ${by("medium")} medium, ` +
      `${by("low")} low confidence) → ${shown(added.reviewFile)}`,
  );
  if (added.pagesWithoutText.length > 0) {
    console.log(`  pages without text (scanned?): ${added.pagesWithoutText.join(", ")}`);
  }
  for (const w of added.warnings) console.log(`  warning, line ${w.line}: ${w.message}`);
  console.log(
    `Review it: set accept to yes or no, correct labels, periods and roles; then run\n` +
      `  deno task add --accept ${entry.id}`,
  );
}

async function accept(id: string, options: AddSourceOptions): Promise<void> {
  const done = await acceptSource(id, options);
  const stated = done.rows.filter((r) => r.role !== "observation").length;
  console.log(
    `Accepted ${id}: ${plural(done.rows.length, "row")} (${stated} stated), ` +
      `${done.dropped} not accepted → ${shown(done.dataset)}`,
  );
  for (const f of done.findings) console.log(`  finding ${f.id}: ${f.expected}`);
  console.log(
    `Load it with load("${id}"); start a notebook with deno task new-notebook NAME --dataset ${id}`,
  );
}

await orExit1(() =>
  parsed.kind === "add" ? add(parsed.file, parsed.options) : accept(parsed.id, parsed.options)
);
