/**
 * A connected ZMTP socket after its handshake: a read loop queues whole messages, writes are
 * serialised so messages never interleave, and any failure rejects every later call.
 *
 * @module
 */
import { ByteReader } from "./_byte_reader.ts";
import { readFrame, writeAll } from "./_zmtp_frames.ts";
import { command, encodeFrames, parseCommand } from "./_zmtp_wire.ts";
import type { ZmtpSocketType } from "./connect_zmtp.ts";
import { ZmtpError } from "./errors.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

interface Waiter {
  resolve(frames: Uint8Array[]): void;
  reject(error: unknown): void;
}

/** A connected socket; see `ZmtpSocket` in connect_zmtp.ts for the public contract. */
export class Socket {
  readonly socketType: ZmtpSocketType;
  readonly peerSocketType: string;
  readonly peer: string;
  #conn: Deno.Conn;
  #reader: ByteReader;
  #queue: Uint8Array[][] = [];
  #waiters: Waiter[] = [];
  #failure: ZmtpError | null = null;
  #topics: Uint8Array[] = [];
  #writing: Promise<void> = Promise.resolve();
  #loop: Promise<void>;

  constructor(conn: Deno.Conn, reader: ByteReader, types: [ZmtpSocketType, string], peer: string) {
    this.#conn = conn;
    this.#reader = reader;
    [this.socketType, this.peerSocketType] = types;
    this.peer = peer;
    this.#loop = this.#readLoop();
  }

  send(frames: Uint8Array[]): Promise<void> {
    if (this.socketType === "SUB") {
      throw new TypeError(`Cannot send on a SUB socket to ${this.peer}: use subscribe()`);
    }
    if (frames.length === 0) throw new TypeError(`Cannot send an empty message to ${this.peer}`);
    const message = this.socketType === "REQ" ? [new Uint8Array(), ...frames] : frames;
    return this.#write(encodeFrames(message));
  }

  subscribe(topic: Uint8Array | string = ""): Promise<void> {
    if (this.socketType !== "SUB") {
      throw new TypeError(`Cannot subscribe on a ${this.socketType} socket to ${this.peer}`);
    }
    const bytes = typeof topic === "string" ? encoder.encode(topic) : topic;
    this.#topics.push(bytes);
    const body = new Uint8Array(bytes.length + 1);
    body[0] = 1;
    body.set(bytes, 1);
    return this.#write(encodeFrames([body]));
  }

  receive(options: { signal?: AbortSignal } = {}): Promise<Uint8Array[]> {
    const { signal } = options;
    if (this.#queue.length > 0) return Promise.resolve(this.#queue.shift()!);
    if (this.#failure) return Promise.reject(this.#failure);
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
      const onAbort = () => {
        this.#waiters = this.#waiters.filter((w) => w !== waiter);
        reject(signal!.reason);
      };
      const waiter: Waiter = {
        resolve: (frames) => (signal?.removeEventListener("abort", onAbort), resolve(frames)),
        reject: (error) => (signal?.removeEventListener("abort", onAbort), reject(error)),
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  async close(): Promise<void> {
    this.#fail(new ZmtpError("closed", `Cannot use the socket to ${this.peer}: it is closed`));
    await this.#writing.catch(() => {});
    await this.#loop;
  }

  #write(bytes: Uint8Array): Promise<void> {
    if (this.#failure) return Promise.reject(this.#failure);
    const done = this.#writing.then(() => writeAll(this.#conn, bytes));
    this.#writing = done.catch((error) => {
      this.#fail(new ZmtpError("closed", `Cannot send to ${this.peer}: ${error.message}`));
    });
    return done.catch(() => Promise.reject(this.#failure));
  }

  async #readLoop(): Promise<void> {
    try {
      while (!this.#failure) {
        const message = await this.#readMessage();
        if (message !== null) this.#deliver(message);
      }
    } catch (error) {
      this.#fail(this.#explain(error));
    }
  }

  async #readMessage(): Promise<Uint8Array[] | null> {
    const frames: Uint8Array[] = [];
    while (true) {
      const frame = await readFrame(this.#reader);
      if (frame === null) {
        const where = frames.length > 0 ? "in the middle of a message" : "";
        throw new ZmtpError(
          frames.length > 0 ? "truncated" : "closed",
          `Cannot receive from ${this.peer}: the peer closed the connection ${where}`.trimEnd(),
        );
      }
      if (frame.command) {
        if (frames.length > 0) throw new SyntaxError("command frame inside a message");
        await this.#onCommand(frame.body);
        return null;
      }
      frames.push(frame.body);
      if (!frame.more) return frames;
    }
  }

  async #onCommand(body: Uint8Array): Promise<void> {
    const { name, data } = parseCommand(body);
    if (name === "ERROR") {
      const reason = decoder.decode(data.subarray(1, 1 + (data[0] ?? 0)));
      throw new ZmtpError(
        "peer",
        `Cannot receive from ${this.peer}: the peer sent ERROR "${reason}"`,
      );
    }
    // ZMTP 3.1 peers may ping; the pong echoes the ping's context (after its 2-byte TTL).
    if (name === "PING") await this.#write(encodeFrames([command("PONG", data.subarray(2))], true));
  }

  #deliver(frames: Uint8Array[]): void {
    if (this.socketType === "REQ") {
      if (frames[0].length !== 0) throw new SyntaxError("REQ reply without an empty delimiter");
      frames = frames.slice(1);
    }
    if (this.socketType === "SUB" && !this.#topics.some((t) => startsWith(frames[0], t))) return;
    const waiter = this.#waiters.shift();
    if (waiter) waiter.resolve(frames);
    else this.#queue.push(frames);
  }

  #explain(error: unknown): ZmtpError {
    if (error instanceof ZmtpError) return error;
    if (this.#failure) return this.#failure;
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof RangeError) {
      return new ZmtpError(
        "truncated",
        `Cannot receive from ${this.peer}: the peer closed the connection in the middle of a message`,
        { cause: error },
      );
    }
    const kind = error instanceof SyntaxError ? "protocol" : "closed";
    return new ZmtpError(kind, `Cannot receive from ${this.peer}: ${message}`, { cause: error });
  }

  #fail(error: ZmtpError): void {
    if (this.#failure) return;
    this.#failure = error;
    try {
      this.#conn.close();
    } catch {
      // Already closed by the peer or by a failed write.
    }
    for (const waiter of this.#waiters.splice(0)) waiter.reject(error);
  }
}

function startsWith(bytes: Uint8Array, prefix: Uint8Array): boolean {
  return prefix.length <= bytes.length && prefix.every((b, i) => bytes[i] === b);
}
