/**
 * Jupyter messaging protocol 5.3 on the wire: `[identities..., "<IDS|MSG>", hmac, header,
 * parent_header, metadata, content, buffers...]`, signed with HMAC-SHA256 over the four JSON
 * frames.
 *
 * @module
 */
import { createHmac, timingSafeEqual } from "node:crypto";
import { KernelError } from "./errors.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const DELIMITER = "<IDS|MSG>";

/** A message header (the fields the protocol requires). */
export interface MessageHeader {
  msg_id: string;
  msg_type: string;
  session: string;
  username: string;
  date: string;
  version: string;
}

/** A decoded message. */
export interface JupyterMessage {
  header: MessageHeader;
  parent_header: Partial<MessageHeader>;
  metadata: Record<string, unknown>;
  content: Record<string, unknown>;
  buffers: Uint8Array[];
}

/** Signs and checks messages with the connection key. */
export class Signer {
  #key: string;

  constructor(key: string) {
    this.#key = key;
  }

  sign(parts: Uint8Array[]): string {
    const hmac = createHmac("sha256", this.#key);
    for (const part of parts) hmac.update(part);
    return hmac.digest("hex");
  }

  verify(parts: Uint8Array[], signature: string): boolean {
    const expected = encoder.encode(this.sign(parts));
    const given = encoder.encode(signature);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}

/** What a client needs to write requests: the signer and this client's session id. */
export interface Session {
  signer: Signer;
  id: string;
}

/**
 * Encodes a request. Message ids are random: they never reach the notebook.
 *
 * @returns The frames to send and the new message's id (replies name it as their parent).
 */
export function encodeMessage(
  session: Session,
  msgType: string,
  content: Record<string, unknown>,
  parent: Partial<MessageHeader> = {},
): { frames: Uint8Array[]; msgId: string } {
  const header: MessageHeader = {
    msg_id: crypto.randomUUID(),
    msg_type: msgType,
    session: session.id,
    username: "deno-notebook",
    date: new Date().toISOString(),
    version: "5.3",
  };
  const parts = [header, parent, {}, content].map((part) => encoder.encode(JSON.stringify(part)));
  const signature = encoder.encode(session.signer.sign(parts));
  return { frames: [encoder.encode(DELIMITER), signature, ...parts], msgId: header.msg_id };
}

/**
 * Decodes a received message and checks its signature.
 *
 * @throws {KernelError} kind "protocol", when the frames are not a Jupyter message or the
 * signature does not match the connection key.
 */
export function decodeMessage(
  signer: Signer,
  frames: Uint8Array[],
  channel: string,
): JupyterMessage {
  const at = frames.findIndex((frame) => decoder.decode(frame) === DELIMITER);
  const fail = (why: string) =>
    new KernelError("protocol", `Cannot accept a kernel message on ${channel}: ${why}`);
  if (at < 0 || frames.length < at + 6) throw fail("it has no <IDS|MSG> delimiter and four parts");
  const signed = frames.slice(at + 2, at + 6);
  if (!signer.verify(signed, decoder.decode(frames[at + 1]))) {
    throw fail("its HMAC signature does not match the connection key");
  }
  try {
    const [header, parent_header, metadata, content] = signed.map((f) =>
      JSON.parse(decoder.decode(f))
    );
    return { header, parent_header, metadata, content, buffers: frames.slice(at + 6) };
  } catch (error) {
    throw fail(`its JSON does not parse (${(error as Error).message})`);
  }
}
