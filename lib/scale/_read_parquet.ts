// Private to lib/scale: reading a referral extract from Parquet with hyparquet. It decodes every
// cell to a JavaScript value, so a million rows take about 0.45 s against about 0.04 s for the
// Arrow copy: Parquet is read for interchange (what other tools write), Arrow is the fast copy.
import { aq } from "../data/arquero.ts";
import { checkHeader } from "./_check_header.ts";
import { checkColumns } from "./_check_columns.ts";
import { loadParquetReader } from "./_packages.ts";
import { problem } from "./_problem.ts";

/** Reads Parquet bytes into a checked table. */
export async function readReferralParquet(
  bytes: Uint8Array,
  file: string,
): Promise<aq.ColumnTable> {
  // Loaded on first use (see _packages.ts), so importing the toolkit does not load a Parquet reader.
  const { parquetMetadata, parquetRead } = await loadParquetReader();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  let names: string[];
  try {
    const metadata = parquetMetadata(buffer as ArrayBuffer);
    names = metadata.schema.slice(1).map((s) => s.name);
  } catch (error) {
    throw new SyntaxError(
      problem({ file }, `the file is not Parquet (${(error as Error).message})`),
    );
  }
  checkHeader(names, file);
  const chunks = new Map<string, { rowStart: number; data: ArrayLike<unknown> }[]>();
  await parquetRead({
    file: buffer as ArrayBuffer,
    onChunk: (c) => {
      const list = chunks.get(c.columnName) ?? [];
      list.push({ rowStart: c.rowStart, data: c.columnData });
      chunks.set(c.columnName, list);
    },
  });
  const columns: Record<string, unknown[]> = {};
  for (const name of names) columns[name] = join(chunks.get(name) ?? []);
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
