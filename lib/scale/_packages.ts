// Private to lib/scale: the packages it loads on first use, flechette for Arrow IPC and
// hyparquet(-writer) for Parquet, so a program reading only CSV never loads them.
//
// Writing Arrow a batch at a time needs flechette's IPC encoder, which its entry does not export
// (`tableToIPC` takes a whole table in memory). Its modules are imported from the pinned version
// by path; `ArrowEncoder` types the few functions used. A new flechette version must be checked
// against them (tests/scale covers writing and reading back, in flechette and in Arquero).
const FLECHETTE_SOURCE = "npm:@uwdata/flechette@2.6.0/src/";

/** @uwdata/flechette, imported on the first call. */
export function loadFlechette(): Promise<typeof import("npm:@uwdata/flechette@2.6.0")> {
  return import("npm:@uwdata/flechette@2.6.0");
}

/** hyparquet, imported on the first call. */
export function loadParquetReader(): Promise<typeof import("npm:hyparquet@1.31.5")> {
  return import("npm:hyparquet@1.31.5");
}

/** hyparquet-writer, imported on the first call. */
export function loadParquetWriter(): Promise<typeof import("npm:hyparquet-writer@0.17.0")> {
  return import("npm:hyparquet-writer@0.17.0");
}

/** Node's crypto module, for a SHA-256 fed a chunk at a time (crypto.subtle takes it whole). */
export function loadNodeCrypto(): Promise<typeof import("node:crypto")> {
  return import("node:crypto");
}

/** Where a message is in an Arrow file, for the footer. */
export interface ArrowBlock {
  offset: number;
  metadataLength: number;
  bodyLength: number;
}

/** A record batch (or a dictionary's values) laid out for encoding: nodes, buffer regions. */
export interface ArrowBody {
  byteLength: number;
  nodes: { length: number; nullCount: number }[];
  regions: { offset: number; length: number }[];
  variadic: number[];
  buffers: Uint8Array[];
}

/** flechette's flatbuffer builder, writing to a sink. */
export interface ArrowBuilder {
  addBuffer(bytes: Uint8Array): number;
}

/** An Arrow schema as flechette's encoder takes it. */
export interface ArrowSchema {
  version: number;
  endianness: number;
  fields: unknown[];
  metadata: Map<string, string> | null;
}

/** The parts of flechette's IPC encoder (src/encode/, src/constants.js) used to write a file. */
export interface ArrowEncoder {
  Builder: new (sink: { write(bytes: Uint8Array): void }) => ArrowBuilder;
  writeMessage(
    builder: ArrowBuilder,
    header: number,
    offset: number,
    bodyLength: number,
    blocks?: ArrowBlock[],
  ): void;
  encodeSchema(builder: ArrowBuilder, schema: ArrowSchema): number;
  encodeDictionaryBatch(
    builder: ArrowBuilder,
    batch: { id: number; data: ArrowBody; isDelta: boolean },
    compression: null,
  ): number;
  encodeRecordBatch(builder: ArrowBuilder, batch: ArrowBody, compression: null): number;
  writeFooter(
    builder: ArrowBuilder,
    schema: ArrowSchema,
    dictionaries: ArrowBlock[],
    records: ArrowBlock[],
    metadata: Map<string, string>,
  ): void;
  MAGIC: Uint8Array;
  EOS: Uint8Array;
  MessageHeader: { Schema: number; DictionaryBatch: number; RecordBatch: number };
  Version: { V5: number };
  Endianness: { Little: number };
}

/** flechette's IPC encoder, imported on the first call. */
export async function loadArrowEncoder(): Promise<ArrowEncoder> {
  const from = (path: string) => import(FLECHETTE_SOURCE + path);
  const [builder, message, schema, dictionary, record, footer, constants] = await Promise.all([
    from("encode/builder.js"),
    from("encode/message.js"),
    from("encode/schema.js"),
    from("encode/dictionary-batch.js"),
    from("encode/record-batch.js"),
    from("encode/footer.js"),
    from("constants.js"),
  ]);
  return {
    Builder: builder.Builder,
    writeMessage: message.writeMessage,
    encodeSchema: schema.encodeSchema,
    encodeDictionaryBatch: dictionary.encodeDictionaryBatch,
    encodeRecordBatch: record.encodeRecordBatch,
    writeFooter: footer.writeFooter,
    MAGIC: constants.MAGIC,
    EOS: constants.EOS,
    MessageHeader: constants.MessageHeader,
    Version: constants.Version,
    Endianness: constants.Endianness,
  };
}
