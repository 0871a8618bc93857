// Private to lib/scale: reading a referral extract from Arrow IPC bytes. Dictionary-encoded text
// stays encoded (Arquero reads the codes in place) and only its distinct labels are checked;
// numbers are checked in one pass over their typed arrays. flechette (Arrow IPC) is loaded on
// the first read (see _packages.ts), so importing the toolkit does not load it.
import { aq } from "../data/arquero.ts";
import type { Table } from "npm:@uwdata/flechette@2.6.0";
import { checkHeader } from "./_check_header.ts";
import { loadFlechette } from "./_packages.ts";
import { checkColumns } from "./_check_columns.ts";
import { problem } from "./_problem.ts";

/** Reads Arrow IPC bytes (file or stream format) into a checked table. */
export async function readReferralArrow(bytes: Uint8Array, file: string): Promise<aq.ColumnTable> {
  const { tableFromIPC, Type } = await loadFlechette();
  const isText = (id: number) => id === Type.Utf8 || id === Type.LargeUtf8 || id === Type.Utf8View;
  const typeName = (id: number) =>
    Object.entries(Type).find(([, value]) => value === id)?.[0] ?? String(id);
  let arrow: Table;
  try {
    arrow = tableFromIPC(bytes);
  } catch (error) {
    throw new SyntaxError(
      problem({ file }, `the file is not Arrow IPC (${(error as Error).message})`),
    );
  }
  const names = arrow.schema.fields.map((f) => f.name);
  const schema = checkHeader(names, file);
  for (const field of arrow.schema.fields) {
    const column = schema.get(field.name);
    if (column === undefined) continue;
    const id = field.type.typeId;
    const text = isText(id) || (id === Type.Dictionary && isText(field.type.dictionary.typeId));
    const number = id === Type.Int || id === Type.Float;
    if (column.kind === "category" ? !text : !number) {
      throw new TypeError(
        problem(
          { file, column: field.name },
          `holds Arrow type ${typeName(id)}; expected ${
            column.kind === "category"
              ? "text (Utf8, or a dictionary of it)"
              : "numbers (Int or Float)"
          }`,
        ),
      );
    }
  }
  return checkColumns(aq.fromArrow(arrow as unknown as Parameters<typeof aq.fromArrow>[0]), file);
}
