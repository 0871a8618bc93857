/**
 * Reading and writing ZMTP frames over a TCP connection.
 *
 * @module
 */
import type { ByteReader } from "./_byte_reader.ts";
import { FLAG_COMMAND, FLAG_LONG, FLAG_MORE } from "./_zmtp_wire.ts";

/** The largest frame we accept; a bigger size means a corrupt stream, not real data. */
const MAX_FRAME = 1 << 30;

/** One frame as read: its body and flags. */
export interface Frame {
  body: Uint8Array;
  more: boolean;
  command: boolean;
}

/**
 * Reads one frame.
 *
 * @returns The frame, or null when the connection ended cleanly before it.
 * @throws {RangeError} When the connection ended inside the frame.
 * @throws {SyntaxError} When the flags or size are not ZMTP.
 */
export async function readFrame(reader: ByteReader): Promise<Frame | null> {
  const head = await reader.read(1);
  if (head === null) return null;
  const flags = head[0];
  if (flags & 0xf8) throw new SyntaxError(`bad frame flags 0x${flags.toString(16)}`);
  let size: number;
  if (flags & FLAG_LONG) {
    const bytes = await mustRead(reader, 8);
    const big = new DataView(bytes.buffer, bytes.byteOffset, 8).getBigUint64(0);
    if (big > BigInt(MAX_FRAME)) throw new SyntaxError(`frame size ${big} is over the limit`);
    size = Number(big);
  } else {
    size = (await mustRead(reader, 1))[0];
  }
  const body = size === 0 ? new Uint8Array() : await mustRead(reader, size);
  return { body, more: (flags & FLAG_MORE) !== 0, command: (flags & FLAG_COMMAND) !== 0 };
}

async function mustRead(reader: ByteReader, size: number): Promise<Uint8Array> {
  const bytes = await reader.read(size);
  if (bytes === null) throw new RangeError(`connection ended before a ${size}-byte read`);
  return bytes;
}

/** Writes all of `bytes`, however many writes it takes. */
export async function writeAll(conn: Deno.Conn, bytes: Uint8Array): Promise<void> {
  let at = 0;
  while (at < bytes.length) at += await conn.write(bytes.subarray(at));
}
