// Private to lib/scale: writing the columnar copies (Arrow, Parquet, or both from one pass over
// the rows) a batch at a time, each file whole or not at all (writeFileAtomic) and sealed with
// its checksum (_checksum.ts).
import { writeFileAtomic } from "../io/write_file_atomic.ts";
import type { Batch, BatchWriter } from "./_batch.ts";
import { type ArrowLayout, arrowWriter } from "./_write_arrow.ts";
import { CHECKSUM_KEY, CHECKSUM_PLACEHOLDER, SealedFile } from "./_checksum.ts";
import { loadParquetWriter } from "./_packages.ts";

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

// writing a Parquet file a batch at a time with hyparquet-writer's
// ParquetWriter, one row group (Snappy-compressed) per batch, so a file of any size is converted
// in the memory of one batch. Text is written as strings (Parquet dictionary-encodes them), numbers
// as doubles, null where not recorded. The footer's key-value metadata carries the checksum
// (_checksum.ts).
/** Starts a Parquet file on `out` with the columns of `first` (not yet written). */
async function parquetWriter(out: SealedFile, first: Batch): Promise<BatchWriter> {
  const { ByteWriter, ParquetWriter, schemaFromColumnData } = await loadParquetWriter();
  // The writer's buffer is handed to the file after every row group and reused.
  const bytes: InstanceType<typeof ByteWriter> & { flush?: () => void } = new ByteWriter();
  const pending: Uint8Array[] = [];
  bytes.flush = () => {
    pending.push(new Uint8Array(bytes.buffer, 0, bytes.index).slice());
    bytes.index = 0;
  };
  bytes.finish = bytes.flush;
  const flush = async () => {
    for (const chunk of pending.splice(0)) await out.write(chunk);
  };
  const schema = schemaFromColumnData({
    columnData: first.columns.map((part) => ({
      name: part.name,
      data: [],
      type: part.kind === "text" ? "STRING" : "DOUBLE",
      nullable: part.kind === "number",
    })),
  });
  const writer = new ParquetWriter({
    writer: bytes,
    schema,
    kvMetadata: [{ key: CHECKSUM_KEY, value: CHECKSUM_PLACEHOLDER }],
  });
  return {
    async write(batch) {
      const columnData = batch.columns.map((part) => {
        const data = new Array<string | number | null>(batch.rows);
        if (part.kind === "text") {
          for (let i = 0; i < batch.rows; i++) data[i] = part.labels[part.codes[i]];
        } else {
          for (let i = 0; i < batch.rows; i++) {
            const v = part.values[i];
            data[i] = v === v ? v : null;
          }
        }
        return { name: part.name, data };
      });
      await writer.write({ columnData, rowGroupSize: Math.max(1, batch.rows) });
      await flush();
    },
    async finish() {
      await writer.finish();
      await flush();
    },
  };
}
