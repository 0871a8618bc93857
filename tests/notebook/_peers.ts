/** Test peers for the ZMTP client: a real libzmq peer (pyzmq) and hand-written raw TCP peers. */
import { commandSucceeds } from "../_tools.ts";

export const PYTHON = "/usr/bin/python3";
const PEER_SCRIPT = new URL("../fixtures/zmq_peer.py", import.meta.url).pathname;

/** Whether /usr/bin/python3 can import the modules given, for `requireTool()`. */
export function pythonHas(...modules: string[]): boolean {
  return commandSucceeds(PYTHON, ["-c", modules.map((m) => `import ${m}`).join("; ")]);
}

/** A running pyzmq peer. */
export interface PyPeer {
  port: number;
  stop(): Promise<void>;
}

/** Starts tests/fixtures/zmq_peer.py in a mode and waits for the port it bound. */
export async function startPyPeer(mode: string): Promise<PyPeer> {
  const child = new Deno.Command(PYTHON, {
    args: [PEER_SCRIPT, mode],
    stdin: "piped",
    stdout: "piped",
    stderr: "inherit",
  }).spawn();
  const lines = child.stdout.pipeThrough(new TextDecoderStream()).getReader();
  let text = "";
  while (!text.includes("\n")) {
    const { value, done } = await lines.read();
    if (done) throw new Error(`zmq_peer.py ${mode} exited before printing its port`);
    text += value;
  }
  const port = Number(/PORT (\d+)/.exec(text)![1]);
  return {
    port,
    async stop() {
      await child.stdin.close();
      while (!(await lines.read()).done) { /* drain */ }
      await child.status;
    },
  };
}

const encoder = new TextEncoder();

/** A ZMTP 3.0 NULL greeting, written out by hand (independent of the code under test). */
export function rawGreeting(): Uint8Array {
  const bytes = new Uint8Array(64);
  bytes.set([0xff, 0, 0, 0, 0, 0, 0, 0, 1, 0x7f, 3, 0]);
  bytes.set(encoder.encode("NULL"), 12);
  return bytes;
}

/** A READY command frame announcing `socketType`, written out by hand. */
export function rawReady(socketType: string): Uint8Array {
  const type = encoder.encode(socketType);
  const body = [5, ...encoder.encode("READY"), 11, ...encoder.encode("Socket-Type"), 0, 0, 0];
  body.push(type.length, ...type);
  return new Uint8Array([0x04, body.length, ...body]);
}

/** Short message frames (each under 256 bytes), written out by hand. */
export function rawFrames(...frames: string[]): Uint8Array {
  const bytes: number[] = [];
  frames.forEach((frame, i) => {
    const body = encoder.encode(frame);
    bytes.push(i < frames.length - 1 ? 1 : 0, body.length, ...body);
  });
  return new Uint8Array(bytes);
}

/** A one-connection TCP server running `serve` on the connection it accepts. */
export function rawPeer(serve: (conn: Deno.Conn) => Promise<void>) {
  const listener = Deno.listen({ hostname: "127.0.0.1", port: 0 });
  const done = listener.accept().then(async (conn) => {
    try {
      await serve(conn);
    } finally {
      try {
        conn.close();
      } catch { /* closed by the client */ }
      listener.close();
    }
  });
  return { port: listener.addr.port, done };
}

/** Reads exactly `size` bytes or fewer if the connection ends. */
export async function readBytes(conn: Deno.Conn, size: number): Promise<Uint8Array> {
  const bytes = new Uint8Array(size);
  let at = 0;
  while (at < size) {
    const n = await conn.read(bytes.subarray(at));
    if (n === null) break;
    at += n;
  }
  return bytes.subarray(0, at);
}

/** The server half of a handshake: read the client's greeting, send ours and READY. */
export async function acceptHandshake(conn: Deno.Conn, socketType = "ROUTER"): Promise<void> {
  await readBytes(conn, 64);
  await conn.write(rawGreeting());
  await conn.write(rawReady(socketType));
  const head = await readBytes(conn, 2);
  await readBytes(conn, head[1]);
}
