/**
 * ZMTP 3.0 bytes on the wire (rfc.zeromq.org spec 23, NULL mechanism): the greeting, commands
 * and frame headers. No I/O here.
 *
 * @module
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Flag bits of a frame's first byte. */
export const FLAG_MORE = 0x01;
export const FLAG_LONG = 0x02;
export const FLAG_COMMAND = 0x04;

export const GREETING_SIZE = 64;

/** Socket types each of ours may talk to (spec 23, "Socket types"). */
const COMPATIBLE: Record<string, string[]> = {
  DEALER: ["REP", "DEALER", "ROUTER"],
  REQ: ["REP", "ROUTER"],
  SUB: ["PUB", "XPUB"],
};

/** Our greeting: signature, version 3.0, mechanism NULL, as-server 0, zero filler. */
export function greeting(): Uint8Array {
  const bytes = new Uint8Array(GREETING_SIZE);
  bytes[0] = 0xff;
  bytes[9] = 0x7f;
  bytes[10] = 3;
  bytes[11] = 0;
  bytes.set(encoder.encode("NULL"), 12);
  return bytes;
}

/**
 * Checks a peer's greeting; returns why it is unusable, or null when it is a ZMTP 3 NULL greeting.
 */
export function greetingProblem(bytes: Uint8Array): string | null {
  if (bytes[0] !== 0xff || (bytes[9] & 0x01) !== 1) {
    return `bad greeting signature "${hex(bytes.subarray(0, 10))}"`;
  }
  if (bytes[10] < 3) return `peer speaks ZMTP ${bytes[10]}.${bytes[11]}, not 3.x`;
  const end = bytes.indexOf(0, 12);
  const mechanism = decoder.decode(bytes.subarray(12, end < 0 || end > 32 ? 32 : end));
  if (mechanism !== "NULL") return `peer wants security mechanism "${mechanism}", not "NULL"`;
  return null;
}

/** Encodes a command body: name length, name, data. */
export function command(name: string, data: Uint8Array = new Uint8Array()): Uint8Array {
  const nameBytes = encoder.encode(name);
  const body = new Uint8Array(1 + nameBytes.length + data.length);
  body[0] = nameBytes.length;
  body.set(nameBytes, 1);
  body.set(data, 1 + nameBytes.length);
  return body;
}

/** Encodes READY's metadata: name length (1 byte), name, value length (4 bytes), value. */
export function readyCommand(properties: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(properties)) {
    const nameBytes = encoder.encode(name);
    const part = new Uint8Array(1 + nameBytes.length + 4 + value.length);
    part[0] = nameBytes.length;
    part.set(nameBytes, 1);
    new DataView(part.buffer).setUint32(1 + nameBytes.length, value.length);
    part.set(value, 5 + nameBytes.length);
    parts.push(part);
  }
  return command("READY", concat(parts));
}

/** A parsed command: its name and the bytes after the name. */
export interface Command {
  name: string;
  data: Uint8Array;
}

/** Splits a command body into name and data; throws a message string's Error when malformed. */
export function parseCommand(body: Uint8Array): Command {
  const size = body[0];
  if (body.length === 0 || 1 + size > body.length) {
    throw new Error(`malformed command "${hex(body.subarray(0, 16))}"`);
  }
  return { name: decoder.decode(body.subarray(1, 1 + size)), data: body.subarray(1 + size) };
}

/** Parses READY's metadata into lower-cased property names and text values. */
export function parseProperties(data: Uint8Array): Map<string, string> {
  const properties = new Map<string, string>();
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let at = 0;
  while (at < data.length) {
    const nameSize = data[at];
    if (at + 1 + nameSize + 4 > data.length) throw new Error("malformed READY metadata");
    const name = decoder.decode(data.subarray(at + 1, at + 1 + nameSize));
    const valueSize = view.getUint32(at + 1 + nameSize);
    const start = at + 5 + nameSize;
    if (start + valueSize > data.length) throw new Error("malformed READY metadata");
    properties.set(name.toLowerCase(), decoder.decode(data.subarray(start, start + valueSize)));
    at = start + valueSize;
  }
  return properties;
}

/** Whether our socket type may talk to the peer's. */
export function compatible(ours: string, theirs: string): boolean {
  return COMPATIBLE[ours]?.includes(theirs.toUpperCase()) ?? false;
}

/** Encodes a whole message (or one command) as frames, in one buffer for one write. */
export function encodeFrames(frames: Uint8Array[], isCommand = false): Uint8Array {
  let total = 0;
  for (const frame of frames) total += frame.length + (frame.length > 255 ? 9 : 2);
  const bytes = new Uint8Array(total);
  const view = new DataView(bytes.buffer);
  let at = 0;
  frames.forEach((frame, i) => {
    const long = frame.length > 255;
    bytes[at] = (i < frames.length - 1 ? FLAG_MORE : 0) | (long ? FLAG_LONG : 0) |
      (isCommand ? FLAG_COMMAND : 0);
    if (long) {
      view.setBigUint64(at + 1, BigInt(frame.length));
      at += 9;
    } else {
      bytes[at + 1] = frame.length;
      at += 2;
    }
    bytes.set(frame, at);
    at += frame.length;
  });
  return bytes;
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join(" ");
}
