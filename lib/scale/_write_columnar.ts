// Private to lib/scale: writing the columnar copies (Arrow, Parquet, or both from one pass over
// the rows) a batch at a time, each file whole or not at all (writeFileAtomic) and sealed with
// its checksum (_checksum.ts).
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { Batch, BatchWriter } from "./_batch.ts";
import { SealedFile } from "./_checksum.ts";
import { type ArrowLayout, arrowWriter } from "./_write_arrow.ts";
import { parquetWriter } from "./_write_parquet.ts";

/** A copy to write. */
export interface Target {
  path: string;
  format: "arrow" | "parquet";
}

/** Writes every batch to every target; returns the number of rows written. */
export async function writeCopies(
  targets: readonly Target[],
  batches: AsyncIterable<Batch> | Iterable<Batch>,
  layout: ArrowLayout,
): Promise<number> {
  let rows = 0;
  await withFiles(targets.map((t) => t.path), async (files) => {
    const outs = await Promise.all(files.map((file) => SealedFile.open(file)));
    let writers: BatchWriter[] | null = null;
    for await (const batch of batches) {
      writers ??= await Promise.all(
        targets.map((t, k) =>
          t.format === "arrow" ? arrowWriter(outs[k], batch, layout) : parquetWriter(outs[k], batch)
        ),
      );
      for (const writer of writers) await writer.write(batch);
      rows += batch.rows;
    }
    if (writers === null) throw new RangeError("Cannot write a columnar copy of no batches");
    for (const writer of writers) await writer.finish();
    for (const out of outs) await out.seal();
  });
  return rows;
}

// Opens each path's temporary file in turn (the innermost is renamed into place first).
async function withFiles(
  paths: readonly string[],
  body: (files: Deno.FsFile[]) => Promise<void>,
  opened: Deno.FsFile[] = [],
): Promise<void> {
  if (opened.length === paths.length) return await body(opened);
  await writeFileAtomic(paths[opened.length], (file) => withFiles(paths, body, [...opened, file]));
}
