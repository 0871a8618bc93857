// Private to lib/scale: the columnar copies. Arrow keeps text as dictionaries of int8/int16/int32
// codes and numbers as float64 with a validity bitmap, so reading it back is nearly free.
// flechette and the Parquet writer are loaded on first use (see _packages.ts), so importing the
// toolkit does not load them.
import { aq } from "../data/arquero.ts";
import type { DataType } from "npm:@uwdata/flechette@2.6.0";
import { loadFlechette, loadParquetWriter } from "./_packages.ts";
import { REFERRAL_SCHEMA } from "./referral_schema.ts";

/** The table as Arrow IPC file bytes. */
export async function arrowBytes(table: aq.ColumnTable): Promise<Uint8Array> {
  const { dictionary, float64, int16, int32, int8, tableToIPC, utf8 } = await loadFlechette();
  const indexType = (size: number) => size <= 127 ? int8() : size <= 32767 ? int16() : int32();
  const types: Record<string, DataType> = {};
  for (const name of table.columnNames()) {
    const column = REFERRAL_SCHEMA.find((c) => c.name === name);
    types[name] = column === undefined || column.kind === "category"
      ? dictionary(utf8(), indexType(distinct(table, name)))
      : column.kind === "integer" && column.max !== undefined && column.max <= 127
      ? int8()
      : float64();
  }
  return tableToIPC(aq.toArrow(table, { types }), { format: "file" })!;
}

function distinct(table: aq.ColumnTable, name: string): number {
  const column = table.column(name) as unknown as { values?: readonly unknown[] };
  return column.values?.length ?? new Set(table.array(name) as unknown[]).size;
}

/** The table as Parquet bytes (one row group per million rows, Snappy-compressed). */
export async function parquetBytes(table: aq.ColumnTable): Promise<Uint8Array> {
  const { parquetWriteBuffer } = await loadParquetWriter();
  const columnData = table.columnNames().map((name) => {
    const column = REFERRAL_SCHEMA.find((c) => c.name === name);
    const numeric = column !== undefined && column.kind !== "category";
    return { name, data: table.array(name) as unknown[], type: numeric ? "DOUBLE" : "STRING" };
  });
  type Columns = Parameters<typeof parquetWriteBuffer>[0]["columnData"];
  const buffer = parquetWriteBuffer({ columnData: columnData as Columns, rowGroupSize: 1_000_000 });
  return new Uint8Array(buffer);
}
