/**
 * Kills live kernel processes when this program ends: on normal exit or `Deno.exit()` (the
 * `unload` event) and on Ctrl-C, SIGTERM or SIGHUP, so no kernel outlives the runner. The signal
 * is then raised again with our listener removed, so the program still ends as it would have (or
 * an application's own listener decides). What no handler sees (SIGKILL, the OOM killer) each
 * kernel's watchdog covers (see `_kernel_process.ts`).
 *
 * @module
 */

const live = new Set<Deno.ChildProcess>();
const SIGNALS: Deno.Signal[] = Deno.build.os === "windows"
  ? ["SIGINT"]
  : ["SIGINT", "SIGTERM", "SIGHUP"];
const handlers = new Map<Deno.Signal, () => void>();

function killAll(): void {
  for (const child of live) {
    try {
      child.kill("SIGKILL");
    } catch {
      // Already exited.
    }
  }
  live.clear();
}

function install(): void {
  globalThis.addEventListener("unload", killAll);
  for (const signal of SIGNALS) {
    const handler = () => {
      killAll();
      uninstall();
      try {
        Deno.kill(Deno.pid, signal);
      } catch {
        Deno.exit(130); // the platform cannot signal itself: end as a Ctrl-C would
      }
    };
    try {
      Deno.addSignalListener(signal, handler);
      handlers.set(signal, handler);
    } catch {
      // Some platforms do not let us listen for this signal; unload still covers normal exits.
    }
  }
}

function uninstall(): void {
  globalThis.removeEventListener("unload", killAll);
  for (const [signal, handler] of handlers) Deno.removeSignalListener(signal, handler);
  handlers.clear();
}

/** Watches a kernel process until `release` is called for it. */
export function guard(child: Deno.ChildProcess): void {
  if (live.size === 0) install();
  live.add(child);
}

/** Stops watching a kernel process (it has exited). */
export function release(child: Deno.ChildProcess): void {
  if (!live.delete(child)) return;
  if (live.size === 0) uninstall();
}
