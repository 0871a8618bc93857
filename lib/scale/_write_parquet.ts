// Private to lib/scale: writing a Parquet file a batch at a time with hyparquet-writer's
// ParquetWriter, one row group (Snappy-compressed) per batch, so a file of any size is converted
// in the memory of one batch. Text is written as strings (Parquet dictionary-encodes them), numbers
// as doubles, null where not recorded. The footer's key-value metadata carries the checksum
// (_checksum.ts).
import type { Batch, BatchWriter } from "./_batch.ts";
import { CHECKSUM_KEY, CHECKSUM_PLACEHOLDER, type SealedFile } from "./_checksum.ts";
import { loadParquetWriter } from "./_packages.ts";

/** Starts a Parquet file on `out` with the columns of `first` (not yet written). */
export async function parquetWriter(out: SealedFile, first: Batch): Promise<BatchWriter> {
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
