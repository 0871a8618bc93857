/**
 * The ZMTP engine behind `connectZmtp()`, loaded on its first call: the connection, the greeting
 * and READY handshake, and the socket.
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
import type { ConnectZmtpOptions, ZmtpSocket } from "./connect_zmtp.ts";

const encoder = new TextEncoder();

/** Connects and completes the handshake; `options.socketType` is one we can be. */
export async function openZmtp(options: ConnectZmtpOptions): Promise<ZmtpSocket> {
  const { hostname = "127.0.0.1", port, socketType, handshakeTimeout = 10_000 } = options;
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
