/**
 * A ZMTP 3.0 client socket over TCP, enough for a Jupyter kernel's channels: DEALER for
 * shell/control/stdin, SUB for iopub, REQ for the heartbeat.
 *
 * @module
 */
import { openZmtp } from "./_zmtp_connect.ts";

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
  const { socketType } = options;
  if (!["DEALER", "SUB", "REQ"].includes(socketType)) {
    throw new TypeError(`Cannot connect a ZMTP socket of type "${socketType}"`);
  }
  return await openZmtp(options);
}
