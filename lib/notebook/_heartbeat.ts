/**
 * The heartbeat channel (REQ to the kernel's REP): a ping every few seconds must come back
 * unchanged. A kernel process that is alive but silent (stopped, wedged) is caught this way.
 *
 * @module
 */
import type { ZmtpSocket } from "./connect_zmtp.ts";
import { delay, TIMED_OUT, within } from "./_async.ts";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Pings until stopped. Calls `onSilent` (once) when an echo is late or wrong, or the channel fails.
 *
 * @param timeout Milliseconds an echo may take.
 * @returns A function that stops pinging and resolves once the loop has ended.
 */
export function watchHeartbeat(
  socket: ZmtpSocket,
  timeout: number,
  onSilent: (why: string) => void,
): () => Promise<void> {
  const interval = Math.min(3000, timeout / 3);
  const stop = new AbortController();
  const loop = (async () => {
    for (let n = 0; !stop.signal.aborted; n++) {
      const ping = `ping ${n}`;
      await socket.send([encoder.encode(ping)]);
      const received = socket.receive({ signal: stop.signal });
      received.catch(() => {}); // a late echo may be cut off by close(); that is not news
      const echo = await within(received, timeout);
      if (stop.signal.aborted) return;
      if (echo === TIMED_OUT) return onSilent(`no heartbeat for ${timeout / 1000} s`);
      if (echo.length !== 1 || decoder.decode(echo[0]) !== ping) {
        return onSilent(`the heartbeat echoed "${echo.map((f) => decoder.decode(f)).join("|")}"`);
      }
      await delay(interval, stop.signal);
    }
  })().catch((error) => {
    if (!stop.signal.aborted) onSilent(`the heartbeat channel failed (${error.message})`);
  });
  return async () => {
    stop.abort();
    await loop;
  };
}
