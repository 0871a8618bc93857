import assert from "node:assert/strict";
import { connectZmtp } from "../../lib/notebook/connect_zmtp.ts";
import { ZmtpError } from "../../lib/notebook/errors.ts";
import { requireTool } from "../_tools.ts";
import {
  acceptHandshake,
  pythonHas,
  rawFrames,
  rawGreeting,
  rawPeer,
  readBytes,
  startPyPeer,
} from "./_peers.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const text = (frames: Uint8Array[]) => frames.map((f) => decoder.decode(f));
const withZmq = {
  ...requireTool("/usr/bin/python3 with pyzmq (apt-get install python3-zmq)", pythonHas("zmq")),
  sanitizeResources: true,
};

function bytesOf(size: number, seed: number): Uint8Array {
  return Uint8Array.from({ length: size }, (_, i) => (i * 31 + seed) % 251);
}

Deno.test(
  "connectZmtp() DEALER gets multi-frame messages echoed by a pyzmq ROUTER",
  withZmq,
  async () => {
    const peer = await startPyPeer("router-echo");
    const socket = await connectZmtp({ port: peer.port, socketType: "DEALER", identity: "nb-1" });
    try {
      assert.equal(socket.peerSocketType, "ROUTER");
      // Sizes either side of the short/long frame boundary (255 bytes), an empty frame, and 1 MB.
      const frames = [0, 1, 255, 256, 70_000, 1 << 20].map((size, i) => bytesOf(size, i));
      await socket.send(frames);
      assert.deepEqual(await socket.receive(), frames);
      await socket.send([encoder.encode("whoami")]);
      assert.deepEqual(text(await socket.receive()), ["nb-1"]);
    } finally {
      await socket.close();
      await peer.stop();
    }
  },
);

Deno.test(
  "connectZmtp() loses no message in 200 round trips and 200 pipelined sends",
  withZmq,
  async () => {
    const peer = await startPyPeer("router-echo");
    const socket = await connectZmtp({ port: peer.port, socketType: "DEALER" });
    try {
      for (let i = 0; i < 200; i++) {
        await socket.send([encoder.encode("trip"), encoder.encode(String(i))]);
        assert.deepEqual(text(await socket.receive()), ["trip", String(i)]);
      }
      // Pipelined: the echoes arrive many to a TCP read, so frames must be split out of one buffer.
      await Promise.all(
        Array.from({ length: 200 }, (_, i) => socket.send([encoder.encode(`p${i}`)])),
      );
      for (let i = 0; i < 200; i++) assert.deepEqual(text(await socket.receive()), [`p${i}`]);
    } finally {
      await socket.close();
      await peer.stop();
    }
  },
);

Deno.test(
  "connectZmtp() SUB receives every message an XPUB sends after the subscription",
  withZmq,
  async () => {
    const peer = await startPyPeer("xpub");
    const socket = await connectZmtp({ port: peer.port, socketType: "SUB" });
    try {
      assert.equal(socket.peerSocketType, "XPUB");
      await socket.subscribe();
      for (let n = 0; n < 1000; n++) {
        assert.deepEqual(text(await socket.receive()), [
          "seq",
          String(n),
        ]);
      }
    } finally {
      await socket.close();
      await peer.stop();
    }
  },
);

Deno.test(
  "connectZmtp() SUB gets only its topic from a pyzmq PUB, with no gaps",
  withZmq,
  async () => {
    const peer = await startPyPeer("pub");
    const socket = await connectZmtp({ port: peer.port, socketType: "SUB" });
    try {
      await socket.subscribe("keep");
      const first = Number(text(await socket.receive())[1]);
      for (let n = first + 1; n <= first + 200; n++) {
        assert.deepEqual(text(await socket.receive()), ["keep", String(n)]);
      }
    } finally {
      await socket.close();
      await peer.stop();
    }
  },
);

Deno.test("connectZmtp() parses frames that arrive one byte per TCP read", async () => {
  const message = rawFrames("header", "", "x".repeat(200));
  const peer = rawPeer(async (conn) => {
    await acceptHandshake(conn);
    for (const byte of message) {
      await conn.write(new Uint8Array([byte]));
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    await readBytes(conn, 1);
  });
  const socket = await connectZmtp({ port: peer.port, socketType: "DEALER" });
  assert.deepEqual(text(await socket.receive()), ["header", "", "x".repeat(200)]);
  await socket.close();
  await peer.done;
});

Deno.test("connectZmtp() receive() rejects when the peer closes in the middle of a message", async () => {
  const peer = rawPeer(async (conn) => {
    await acceptHandshake(conn);
    // Frame one says "more follows", then the connection ends.
    await conn.write(rawFrames("first", "second").subarray(0, 7));
  });
  const socket = await connectZmtp({ port: peer.port, socketType: "DEALER" });
  await assert.rejects(socket.receive(), (error) => {
    assert.ok(error instanceof ZmtpError);
    assert.equal(error.kind, "truncated");
    assert.equal(
      error.message,
      `Cannot receive from 127.0.0.1:${peer.port}: the peer closed the connection in the middle of a message`,
    );
    return true;
  });
  await socket.close();
  await peer.done;
});

Deno.test("connectZmtp() receive() rejects every waiter when the peer closes between messages", async () => {
  const peer = rawPeer((conn) => acceptHandshake(conn));
  const socket = await connectZmtp({ port: peer.port, socketType: "DEALER" });
  const waiting = [socket.receive(), socket.receive()];
  for (const receive of waiting) {
    await assert.rejects(receive, { name: "ZmtpError", kind: "closed" });
  }
  await assert.rejects(socket.send([encoder.encode("late")]), { kind: "closed" });
  await socket.close();
  await peer.done;
});

Deno.test("connectZmtp() refuses a peer whose greeting is not ZMTP", async () => {
  const peer = rawPeer(async (conn) => {
    await conn.write(encoder.encode("HTTP/1.1 400 Bad Request\r\n\r\n"));
  });
  await assert.rejects(connectZmtp({ port: peer.port, socketType: "DEALER" }), (error) => {
    assert.ok(error instanceof ZmtpError);
    assert.equal(error.kind, "protocol");
    assert.equal(
      error.message,
      `Cannot connect to 127.0.0.1:${peer.port}: bad greeting signature "48 54 54 50 2f 31 2e 31 20 34"`,
    );
    return true;
  });
  await peer.done;
});

Deno.test("connectZmtp() refuses a peer whose socket type cannot talk to ours", async () => {
  const peer = rawPeer((conn) => acceptHandshake(conn, "PUB"));
  await assert.rejects(connectZmtp({ port: peer.port, socketType: "DEALER" }), {
    name: "ZmtpError",
    kind: "protocol",
    message:
      `Cannot connect to 127.0.0.1:${peer.port}: a DEALER socket cannot talk to a "PUB" socket`,
  });
  await peer.done;
});

Deno.test("connectZmtp() reports the reason of a peer's ERROR command", async () => {
  const peer = rawPeer(async (conn) => {
    await readBytes(conn, 64);
    await conn.write(rawGreeting());
    const reason = encoder.encode("no thanks");
    await conn.write(
      new Uint8Array([
        0x04,
        7 + reason.length,
        5,
        ...encoder.encode("ERROR"),
        reason.length,
        ...reason,
      ]),
    );
  });
  await assert.rejects(connectZmtp({ port: peer.port, socketType: "REQ" }), {
    name: "ZmtpError",
    kind: "peer",
    message: `Cannot connect to 127.0.0.1:${peer.port}: the peer refused with "no thanks"`,
  });
  await peer.done;
});

Deno.test("connectZmtp() gives up on a peer that never greets", async () => {
  const peer = rawPeer((conn) => readBytes(conn, 1_000).then(() => {}));
  await assert.rejects(
    connectZmtp({ port: peer.port, socketType: "DEALER", handshakeTimeout: 200 }),
    {
      name: "ZmtpError",
      kind: "timeout",
      message: `Cannot connect to 127.0.0.1:${peer.port}: no ZMTP handshake within 200 ms`,
    },
  );
  await peer.done;
});

Deno.test("connectZmtp() REQ adds and strips the empty delimiter frame", async () => {
  const peer = rawPeer(async (conn) => {
    await acceptHandshake(conn, "REP");
    const request = await readBytes(conn, rawFrames("", "ping").length);
    assert.deepEqual(request, rawFrames("", "ping"));
    await conn.write(rawFrames("", "pong"));
    await readBytes(conn, 1);
  });
  const socket = await connectZmtp({ port: peer.port, socketType: "REQ" });
  await socket.send([encoder.encode("ping")]);
  assert.deepEqual(text(await socket.receive()), ["pong"]);
  await socket.close();
  await peer.done;
});

Deno.test("connectZmtp() receive() stops waiting when its signal aborts, and the socket still works", async () => {
  const peer = rawPeer(async (conn) => {
    await acceptHandshake(conn);
    await readBytes(conn, rawFrames("go").length);
    await conn.write(rawFrames("after"));
    await readBytes(conn, 1);
  });
  const socket = await connectZmtp({ port: peer.port, socketType: "DEALER" });
  const controller = new AbortController();
  const waiting = socket.receive({ signal: controller.signal });
  controller.abort(new Error("stop waiting"));
  await assert.rejects(waiting, { message: "stop waiting" });
  await socket.send([encoder.encode("go")]);
  assert.deepEqual(text(await socket.receive()), ["after"]);
  await socket.close();
  await peer.done;
});

Deno.test("connectZmtp() SUB socket refuses send()", async () => {
  const peer = rawPeer((conn) =>
    acceptHandshake(conn, "PUB").then(() => readBytes(conn, 10)).then(() => {})
  );
  const socket = await connectZmtp({ port: peer.port, socketType: "SUB" });
  assert.throws(() => socket.send([encoder.encode("x")]), {
    name: "TypeError",
    message: `Cannot send on a SUB socket to 127.0.0.1:${peer.port}: use subscribe()`,
  });
  await socket.close();
  await peer.done;
});
