/**
 * A ZMTP 3.0 client socket over TCP, enough for a Jupyter kernel's channels: DEALER for
 * shell/control/stdin, SUB for iopub, REQ for the heartbeat.
 *
 * @module
 */
import { ByteReader } from "./_byte_reader.ts";
import { readFrame, writeAll } from "./_zmtp_frames.ts";
import { Socket } from "./_zmtp_socket.ts";
import {
  compatible,
  encodeFrames,
  greeting,
  greetingProblem,
  parseCommand,
  parseProperties,
  readyCommand,
} from "./_zmtp_wire.ts";
import { ZmtpError } from "./errors.ts";

const encoder = new TextEncoder();

/** The socket types we can be: DEALER (to a ROUTER), SUB (to a PUB) and REQ (to a REP). */
export type ZmtpSocketType = "DEALER" | "SUB" | "REQ";

/** Options for {@linkcode connectZmtp}. */
export interface ConnectZmtpOptions {
  /** The peer's address; default `127.0.0.1`. */
  hostname?: string;
  /** The peer's TCP port. */
  port: number;
  /** Our socket type. */
  socketType: ZmtpSocketType;
  /** Our identity (DEALER and REQ only): the routing id a ROUTER peer will see. */
  identity?: Uint8Array | string;
  /** Milliseconds the greeting and READY exchange may take; default 10 000. */
  handshakeTimeout?: number;
}

/** A connected ZMTP socket. Calls after a failure or `close()` reject with a `ZmtpError`. */
export interface ZmtpSocket {
  /** Our socket type. */
  readonly socketType: ZmtpSocketType;
  /** The socket type the peer announced in its READY command. */
  readonly peerSocketType: string;
  /** The peer as `host:port`, for messages. */
  readonly peer: string;
  /** Sends one message (REQ adds the empty delimiter frame). Throws `TypeError` on SUB. */
  send(frames: Uint8Array[]): Promise<void>;
  /** Receives the next whole message (REQ strips the delimiter; SUB drops unsubscribed topics). */
  receive(options?: { signal?: AbortSignal }): Promise<Uint8Array[]>;
  /** SUB only: subscribes to messages whose first frame starts with `topic` (default: all). */
  subscribe(topic?: Uint8Array | string): Promise<void>;
  /** Closes the connection and waits for the reader to stop. */
  close(): Promise<void>;
}

/**
 * Connects to a ZMTP 3 peer with the NULL mechanism: exchanges greetings and READY commands, and
 * checks the peer's socket type can talk to ours.
 *
 * @param options Address, socket type, identity and handshake timeout.
 * @returns The connected socket.
 * @throws {ZmtpError} When the peer is not ZMTP 3 with NULL security, refuses us, has an
 * incompatible socket type, closes, or does not finish the handshake in time.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { connectZmtp } from "./connect_zmtp.ts";
 * import { ZmtpError } from "./errors.ts";
 * // A peer that answers with HTTP rather than a ZMTP greeting is refused.
 * const server = Deno.listen({ hostname: "127.0.0.1", port: 0 });
 * const answered = server.accept().then(async (conn) => {
 *   await conn.write(new TextEncoder().encode("HTTP/1.1 400 Bad Request\r\n\r\n"));
 *   conn.close();
 * });
 * await assert.rejects(
 *   connectZmtp({ port: server.addr.port, socketType: "DEALER" }),
 *   (error) => error instanceof ZmtpError && error.kind === "protocol",
 * );
 * await answered;
 * server.close();
 * ```
 */
export async function connectZmtp(options: ConnectZmtpOptions): Promise<ZmtpSocket> {
  const { hostname = "127.0.0.1", port, socketType, handshakeTimeout = 10_000 } = options;
  if (!["DEALER", "SUB", "REQ"].includes(socketType)) {
    throw new TypeError(`Cannot connect a ZMTP socket of type "${socketType}"`);
  }
  const peer = `${hostname}:${port}`;
  const properties = ownProperties(options);
  const conn = await Deno.connect({ hostname, port });
  conn.setNoDelay(true);
  const reader = new ByteReader(conn);
  let timedOut = false;
  const timer = setTimeout(() => (timedOut = true, conn.close()), handshakeTimeout);
  try {
    const peerType = await handshake(conn, reader, properties, peer);
    return new Socket(conn, reader, [socketType, peerType], peer);
  } catch (error) {
    if (timedOut) {
      throw new ZmtpError(
        "timeout",
        `Cannot connect to ${peer}: no ZMTP handshake within ${handshakeTimeout} ms`,
      );
    }
    try {
      conn.close();
    } catch {
      // The peer already closed it.
    }
    if (error instanceof ZmtpError) throw error;
    const kind = error instanceof Deno.errors.ConnectionReset ? "closed" : "protocol";
    throw new ZmtpError(kind, `Cannot connect to ${peer}: ${(error as Error).message}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function handshake(
  conn: Deno.Conn,
  reader: ByteReader,
  properties: Record<string, Uint8Array>,
  peer: string,
): Promise<string> {
  const ownType = new TextDecoder().decode(properties["Socket-Type"]);
  const fail = (why: string, kind: "protocol" | "peer" = "protocol") =>
    new ZmtpError(kind, `Cannot connect to ${peer}: ${why}`);
  await writeAll(conn, greeting());
  // The signature comes first so a non-ZMTP peer is refused without waiting for 64 bytes.
  const signature = await reader.read(10).catch(() => null);
  if (signature === null) throw fail("the peer closed the connection during the greeting");
  const rest = signature[0] === 0xff ? await reader.read(54).catch(() => null) : new Uint8Array(54);
  if (rest === null) throw fail("the peer closed the connection during the greeting");
  const problem = greetingProblem(new Uint8Array([...signature, ...rest]));
  if (problem) throw fail(problem);
  await writeAll(conn, encodeFrames([readyCommand(properties)], true));
  const frame = await readFrame(reader).catch(() => null);
  if (frame === null) throw fail("the peer closed the connection before READY");
  if (!frame.command) throw fail("the peer sent a message before READY");
  const { name, data } = parseCommand(frame.body);
  if (name === "ERROR") {
    throw fail(`the peer refused with "${new TextDecoder().decode(data.subarray(1))}"`, "peer");
  }
  if (name !== "READY") throw fail(`the peer sent "${name}" instead of READY`);
  const peerType = parseProperties(data).get("socket-type") ?? "";
  if (!compatible(ownType, peerType)) {
    throw fail(`a ${ownType} socket cannot talk to a "${peerType}" socket`);
  }
  return peerType;
}

function ownProperties(options: ConnectZmtpOptions): Record<string, Uint8Array> {
  const properties: Record<string, Uint8Array> = {
    "Socket-Type": encoder.encode(options.socketType),
  };
  const { identity } = options;
  if (identity !== undefined && options.socketType !== "SUB") {
    const bytes = typeof identity === "string" ? encoder.encode(identity) : identity;
    if (bytes.length === 0 || bytes.length > 255 || bytes[0] === 0) {
      throw new RangeError(`Cannot use ZMTP identity "${identity}": it must be 1-255 bytes`);
    }
    properties["Identity"] = bytes;
  }
  return properties;
}
