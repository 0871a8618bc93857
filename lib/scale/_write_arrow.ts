// Private to lib/scale: writing an Arrow IPC file a batch at a time, so a file of any size is
// converted in the memory of one batch. Text is a dictionary of UTF-8 labels with integer codes:
// the first batch writes each column's dictionary, a later batch that met new labels writes only
// those, as a delta (Arrow's dictionary deltas, which flechette and Arquero read: codes are stable
// across batches); numbers are int8 where the schema's range allows (age), else float64, with a
// validity bitmap for the rows not recorded. The footer carries the checksum (_checksum.ts).
// The encoding is flechette's own (see _packages.ts); this file lays out the batches.
import type { IntType } from "npm:@uwdata/flechette@2.6.0";
import type {
  Block,
  MessageHeader_,
  RecordBatch,
  Schema,
} from "npm:@uwdata/flechette@2.6.0/dist/types/types.d.ts";
import type { Batch, BatchWriter, NumberPart, TextPart } from "./_batch.ts";
import { CHECKSUM_KEY, CHECKSUM_PLACEHOLDER, type SealedFile } from "./_checksum.ts";
import { loadArrowEncoder, loadFlechette } from "./_packages.ts";

/**
 * How wide a text column's codes are. `"known"`: the first batch's label lists are complete (a
 * table in memory), so the narrowest type that holds them. When the labels arrive as the file is
 * read, a column whose labels the schema lists gets the type that holds those; any other column
 * gets int16 (`"narrow"`: up to 32,767 labels, and {@linkcode CodesOverflow} past that, when the
 * file is written again `"wide"`) or int32 (`"wide"`).
 */
export type ArrowLayout = "known" | "narrow" | "wide";

/** A column met more labels than its codes' type holds (only when `"narrow"`). */
export class CodesOverflow extends RangeError {}

/** Starts an Arrow file on `out` with the columns of `first` (not yet written). */
export async function arrowWriter(
  out: SealedFile,
  first: Batch,
  layout: ArrowLayout,
): Promise<BatchWriter> {
  const f = await loadFlechette();
  const e = await loadArrowEncoder();
  const sink = new e.MemorySink();
  const builder = new e.Builder(sink);
  const flush = async () => {
    for (const chunk of sink.buffers.splice(0)) await out.write(chunk);
  };
  const storage = first.columns.map((part) => storageOf(part, layout));
  const fields = first.columns.map((part, j) => {
    const type = storage[j] === "float64"
      ? f.float64()
      : storage[j] === "int8"
      ? f.int8()
      : f.dictionary(f.utf8(), indexType(storage[j], f), false, j);
    return f.field(part.name, type, part.kind === "number");
  });
  const schema: Schema = {
    version: e.Version.V5,
    endianness: e.Endianness.Little,
    fields,
    metadata: null,
  };
  builder.addBuffer(e.MAGIC);
  e.writeMessage(builder, e.MessageHeader.Schema, e.encodeSchema(builder, schema), 0);
  const dictionaryBlocks: Block[] = [];
  const recordBlocks: Block[] = [];
  const written = first.columns.map(() => -1); // labels written per column; -1 before any
  const message = (header: MessageHeader_, body: Body, offset: number, blocks: Block[]) => {
    e.writeMessage(builder, header, offset, body.byteLength, blocks);
    for (const buffer of body.buffers) builder.addBuffer(buffer);
  };
  return {
    async write(batch) {
      batch.columns.forEach((part, j) => {
        if (part.kind !== "text" || written[j] === part.labels.length) return;
        if (part.labels.length > 2 ** ((storage[j] as number) - 1) - 1) {
          throw new CodesOverflow(
            `Cannot write column "${part.name}" with int${storage[j]} codes: it has ` +
              `${part.labels.length} labels`,
          );
        }
        const body = bodyOf([utf8Labels(part.labels, Math.max(0, written[j]))]);
        const dictionary = { id: j, data: body, isDelta: written[j] >= 0 };
        message(
          e.MessageHeader.DictionaryBatch,
          body,
          e.encodeDictionaryBatch(builder, dictionary, null),
          dictionaryBlocks,
        );
        written[j] = part.labels.length;
      });
      const body = bodyOf(batch.columns.map((part, j) => columnBuffers(part, storage[j], batch)));
      message(
        e.MessageHeader.RecordBatch,
        body,
        e.encodeRecordBatch(builder, body, null),
        recordBlocks,
      );
      await flush();
    },
    async finish() {
      builder.addBuffer(e.EOS);
      const metadata = new Map([[CHECKSUM_KEY, CHECKSUM_PLACEHOLDER]]);
      e.writeFooter(builder, schema, dictionaryBlocks, recordBlocks, metadata);
      await flush();
    },
  };
}

type Storage = "int8" | "float64" | 8 | 16 | 32; // numbers, or the bits of a text column's codes

function storageOf(part: TextPart | NumberPart, layout: ArrowLayout): Storage {
  if (part.kind === "number") {
    const { kind, min, max } = part.column;
    return kind === "integer" && min !== undefined && max !== undefined && min >= -128 &&
        max <= 127
      ? "int8"
      : "float64";
  }
  const size = layout === "known" ? part.labels.length : part.column?.labels?.length;
  if (size === undefined) return layout === "narrow" ? 16 : 32;
  return size <= 127 ? 8 : size <= 32767 ? 16 : 32;
}

type Flechette = typeof import("npm:@uwdata/flechette@2.6.0");

function indexType(bits: Storage, f: Flechette): IntType {
  return bits === 8 ? f.int8() : bits === 16 ? f.int16() : f.int32();
}

// A record batch (or a dictionary's values) laid out for encoding, its buffers and their length.
type Body = RecordBatch & Required<Pick<RecordBatch, "byteLength" | "buffers">>;

interface Node {
  length: number;
  nullCount: number;
  buffers: Uint8Array[];
}

// The buffers of one column of a batch: validity (empty when every row is recorded), values.
function columnBuffers(part: TextPart | NumberPart, storage: Storage, batch: Batch): Node {
  const n = batch.rows;
  if (part.kind === "text") {
    const codes = part.codes.subarray(0, n);
    const Codes = storage === 8 ? Int8Array : storage === 16 ? Int16Array : Int32Array;
    // Unsigned codes below the signed type's limit have the same bits: reuse them as they are.
    const same = codes.BYTES_PER_ELEMENT === Codes.BYTES_PER_ELEMENT;
    const values = same ? codes : Codes.from(codes);
    return { length: n, nullCount: 0, buffers: [EMPTY, bytesOf(values)] };
  }
  const validity = part.nulls === 0 ? EMPTY : new Uint8Array((n + 7) >> 3);
  const values = storage === "int8" ? new Int8Array(n) : new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = part.values[i];
    if (v === v) {
      values[i] = v;
      if (part.nulls > 0) validity[i >> 3] |= 1 << (i & 7);
    }
  }
  return { length: n, nullCount: part.nulls, buffers: [validity, bytesOf(values)] };
}

const EMPTY = new Uint8Array(0);

function bytesOf(array: ArrayBufferView): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

// A dictionary's new labels as an Arrow Utf8 column: validity, offsets, bytes.
function utf8Labels(labels: readonly string[], from: number): Node {
  const encoder = new TextEncoder();
  const encoded = labels.slice(from).map((label) => encoder.encode(label));
  const offsets = new Int32Array(encoded.length + 1);
  encoded.forEach((bytes, k) => offsets[k + 1] = offsets[k] + bytes.length);
  const bytes = new Uint8Array(offsets[encoded.length]);
  encoded.forEach((b, k) => bytes.set(b, offsets[k]));
  return { length: encoded.length, nullCount: 0, buffers: [EMPTY, bytesOf(offsets), bytes] };
}

// Nodes and buffer regions as the IPC body lays them out, each buffer padded to 8 bytes.
function bodyOf(columns: Node[]): Body {
  const body: Body = { byteLength: 0, nodes: [], regions: [], variadic: [], buffers: [] };
  for (const column of columns) {
    body.nodes.push({ length: column.length, nullCount: column.nullCount });
    for (const buffer of column.buffers) {
      body.regions.push({ offset: body.byteLength, length: buffer.byteLength });
      body.buffers.push(buffer);
      body.byteLength += (buffer.byteLength + 7) & ~7;
    }
  }
  return body;
}
