// Private to lib/scale: reading a referral extract from Arrow IPC bytes. Dictionary-encoded text
// stays encoded (Arquero reads the codes in place) and only its distinct labels are checked;
// numbers are checked in one pass over their typed arrays. flechette (Arrow IPC) is loaded on
// the first read (see _packages.ts), so importing the toolkit does not load it. A copy this
// toolkit wrote is first checked against its checksum (_checksum.ts); any error names the file.
import { aq } from "../data/arquero.ts";
import type { Table } from "npm:@uwdata/flechette@2.6.0";
import { checkHeader } from "./_check_header.ts";
import { verifyChecksum } from "./_checksum.ts";
import { loadFlechette } from "./_packages.ts";
import { checkColumns } from "./_check_columns.ts";
import { named, problem } from "./_problem.ts";

const MAGIC = [65, 82, 82, 79, 87, 49]; // "ARROW1", which begins and ends the file format

/** Reads Arrow IPC bytes (file or stream format) into a checked table. */
export async function readReferralArrow(bytes: Uint8Array, file: string): Promise<aq.ColumnTable> {
  const kind = format(bytes);
  if (kind === null) {
    throw new SyntaxError(
      problem({ file }, "the file is not an Arrow file (it does not begin as one: ARROW1)"),
    );
  }
  if (kind === "file" && !MAGIC.every((b, k) => bytes[bytes.length - 6 + k] === b)) {
    throw new SyntaxError(
      problem({ file }, "the Arrow file is cut short (it does not end with ARROW1)"),
    );
  }
  await verifyChecksum(bytes, file);
  try {
    return await read(bytes, file);
  } catch (error) {
    throw named(error, file, "the file is not a readable Arrow file");
  }
}

// The file format begins with ARROW1; the stream format with a message (0xFFFFFFFF, a length).
function format(bytes: Uint8Array): "file" | "stream" | null {
  if (bytes.length >= 12 && MAGIC.every((b, k) => bytes[k] === b)) return "file";
  const continuation = bytes.length >= 8 && bytes.subarray(0, 4).every((b) => b === 0xff);
  return continuation ? "stream" : null;
}

async function read(bytes: Uint8Array, file: string): Promise<aq.ColumnTable> {
  const { tableFromIPC, Type } = await loadFlechette();
  const isText = (id: number) => id === Type.Utf8 || id === Type.LargeUtf8 || id === Type.Utf8View;
  const typeName = (id: number) =>
    Object.entries(Type).find(([, value]) => value === id)?.[0] ?? String(id);
  const arrow: Table = tableFromIPC(bytes);
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
