/**
 * The five kernel channels over ZMTP, with replies routed to their requests by parent message id
 * and iopub messages routed to listeners. Any channel failing fails them all: a kernel whose
 * socket closed is gone.
 *
 * @module
 */
import { connectZmtp, type ZmtpSocket } from "./connect_zmtp.ts";
import {
  decodeMessage,
  encodeMessage,
  type JupyterMessage,
  type Session,
} from "./_jupyter_wire.ts";
import type { ConnectionInfo } from "./_kernel_process.ts";

/** Channels we send requests on. */
export type RequestChannel = "shell" | "control";

type Listener = (message: JupyterMessage) => void;

interface Pending {
  resolve(message: JupyterMessage): void;
  reject(error: unknown): void;
}

/** Connected channels. */
export class Channels {
  readonly heartbeat: ZmtpSocket;
  #session: Session;
  #sockets: Record<RequestChannel | "stdin" | "iopub", ZmtpSocket>;
  #pending = new Map<string, Pending>();
  #iopub = new Map<string, Listener>();
  #anyIopub = new Set<Listener>();
  #failure: unknown = null;
  #onFailure: (error: unknown) => void;
  #loops: Promise<void>[];

  private constructor(
    session: Session,
    sockets: Record<RequestChannel | "stdin" | "iopub" | "heartbeat", ZmtpSocket>,
    onFailure: (error: unknown) => void,
  ) {
    this.#session = session;
    const { heartbeat, ...rest } = sockets;
    this.heartbeat = heartbeat;
    this.#sockets = rest;
    this.#onFailure = onFailure;
    this.#loops = (["shell", "control", "stdin", "iopub"] as const).map((name) => this.#read(name));
  }

  /**
   * Connects every channel (iopub subscribed to everything). `onFailure` is called once, with the
   * first error, if a channel breaks before `close()`.
   */
  static async connect(
    info: ConnectionInfo,
    session: Session,
    onFailure: (error: unknown) => void,
  ): Promise<Channels> {
    const opened: ZmtpSocket[] = [];
    const open = async (port: number, socketType: "DEALER" | "SUB" | "REQ") => {
      const socket = await connectZmtp({ hostname: info.ip, port, socketType });
      opened.push(socket);
      return socket;
    };
    try {
      const sockets = {
        shell: await open(info.shell_port, "DEALER"),
        control: await open(info.control_port, "DEALER"),
        stdin: await open(info.stdin_port, "DEALER"),
        iopub: await open(info.iopub_port, "SUB"),
        heartbeat: await open(info.hb_port, "REQ"),
      };
      await sockets.iopub.subscribe();
      return new Channels(session, sockets, onFailure);
    } catch (error) {
      await Promise.all(opened.map((socket) => socket.close()));
      throw error;
    }
  }

  /** Sends a request; resolves with the reply whose parent it is. */
  request(channel: RequestChannel, msgType: string, content: Record<string, unknown>) {
    const { frames, msgId } = encodeMessage(this.#session, msgType, content);
    const reply = new Promise<JupyterMessage>((resolve, reject) => {
      if (this.#failure) return reject(this.#failure);
      this.#pending.set(msgId, { resolve, reject });
    });
    reply.catch(() => {}); // rejections reach the caller through the chain below
    const sent = this.#sockets[channel].send(frames).catch((error) => this.#fail(error));
    return { msgId, reply: sent.then(() => reply) };
  }

  /** Forgets a request whose reply is no longer wanted. */
  forget(msgId: string): void {
    this.#pending.delete(msgId);
  }

  /** Routes iopub messages whose parent is `msgId` to `listener` until the returned function runs. */
  listen(msgId: string, listener: Listener): () => void {
    this.#iopub.set(msgId, listener);
    return () => this.#iopub.delete(msgId);
  }

  /** Routes every iopub message to `listener` until the returned function runs. */
  listenAll(listener: Listener): () => void {
    this.#anyIopub.add(listener);
    return () => this.#anyIopub.delete(listener);
  }

  /** Closes every channel. */
  async close(): Promise<void> {
    this.#failure ??= new Error("Cannot use the kernel channels: they are closed");
    const sockets = [...Object.values(this.#sockets), this.heartbeat];
    await Promise.all(sockets.map((socket) => socket.close()));
    await Promise.all(this.#loops);
  }

  async #read(name: RequestChannel | "stdin" | "iopub"): Promise<void> {
    try {
      while (true) {
        const frames = await this.#sockets[name].receive();
        const message = decodeMessage(this.#session.signer, frames, name);
        if (name === "iopub") this.#dispatch(message);
        else if (name === "stdin") await this.#answerInput(message);
        else this.#resolve(message);
      }
    } catch (error) {
      this.#fail(error);
    }
  }

  #dispatch(message: JupyterMessage): void {
    for (const listener of this.#anyIopub) listener(message);
    const parent = message.parent_header.msg_id;
    if (parent !== undefined) this.#iopub.get(parent)?.(message);
  }

  #resolve(message: JupyterMessage): void {
    const parent = message.parent_header.msg_id ?? "";
    const pending = this.#pending.get(parent);
    this.#pending.delete(parent);
    pending?.resolve(message);
  }

  // A headless run has no one to type: any input request gets an empty answer, never a hang.
  async #answerInput(message: JupyterMessage): Promise<void> {
    if (message.header.msg_type !== "input_request") return;
    const reply = encodeMessage(this.#session, "input_reply", { value: "" }, message.header);
    const { frames } = reply;
    await this.#sockets.stdin.send(frames);
  }

  #fail(error: unknown): void {
    const closing = this.#failure !== null;
    this.#failure ??= error;
    for (const pending of this.#pending.values()) pending.reject(this.#failure);
    this.#pending.clear();
    if (!closing) this.#onFailure(error);
  }
}
