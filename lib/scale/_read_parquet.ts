// Private to lib/scale: reading a referral extract from Parquet with hyparquet. It decodes every
// cell to a JavaScript value, so a million rows take about 0.45 s against about 0.04 s for the
// Arrow copy: Parquet is read for interchange (what other tools write), Arrow is the fast copy.
// A copy this toolkit wrote is first checked against its checksum (_checksum.ts); hyparquet's
// own errors are wrapped to name the file.
import { aq } from "../data/arquero.ts";
import { checkHeader } from "./_check_header.ts";
import { verifyChecksum } from "./_checksum.ts";
import { checkColumns } from "./_check_columns.ts";
import { loadParquetReader } from "./_packages.ts";
import { named, problem } from "./_problem.ts";

const MAGIC = [80, 65, 82, 49]; // "PAR1", which begins and ends every Parquet file

/** Reads Parquet bytes into a checked table. */
export async function readReferralParquet(
  bytes: Uint8Array,
  file: string,
): Promise<aq.ColumnTable> {
  const at = (offset: number) => MAGIC.every((b, k) => bytes[offset + k] === b);
  if (bytes.length < 12 || !at(0)) {
    throw new SyntaxError(
      problem({ file }, "the file is not a Parquet file (it does not begin as one: PAR1)"),
    );
  }
  if (!at(bytes.length - 4)) {
    throw new SyntaxError(
      problem({ file }, "the Parquet file is cut short (it does not end with PAR1)"),
    );
  }
  await verifyChecksum(bytes, file);
  try {
    return await read(bytes, file);
  } catch (error) {
    throw named(error, file, "the file is not a readable Parquet file");
  }
}

async function read(bytes: Uint8Array, file: string): Promise<aq.ColumnTable> {
  // Loaded on first use (see _packages.ts), so importing the toolkit does not load a Parquet reader.
  const { parquetMetadata, parquetRead } = await loadParquetReader();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  const metadata = parquetMetadata(buffer as ArrayBuffer);
  const names = metadata.schema.slice(1).map((s) => s.name);
  checkHeader(names, file);
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
  await parquetRead({
    file: buffer as ArrayBuffer,
    metadata,
    onChunk: (c) => {
      const list = chunks.get(c.columnName) ?? [];
      list.push({ rowStart: c.rowStart, data: c.columnData });
      chunks.set(c.columnName, list);
    },
  });
  const rows = Number(metadata.num_rows);
  const columns: Record<string, unknown[]> = {};
  for (const name of names) {
    columns[name] = join(chunks.get(name) ?? []);
    if (columns[name].length !== rows) {
      throw new SyntaxError(
        problem(
          { file, column: name },
          `has ${columns[name].length} values; the file says it has ${rows} rows`,
        ),
      );
    }
  }
  return checkColumns(aq.table(columns), file);
}

function join(parts: { rowStart: number; data: ArrayLike<unknown> }[]): unknown[] {
  parts.sort((a, b) => a.rowStart - b.rowStart);
  if (parts.length === 1 && Array.isArray(parts[0].data)) return parts[0].data;
  const out: unknown[] = [];
  for (const part of parts) {
    for (let i = 0; i < part.data.length; i++) out.push(part.data[i]);
  }
  return out;
}
