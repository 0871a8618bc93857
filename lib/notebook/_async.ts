/**
 * Small promise helpers that always clear their timers (so `deno test`'s sanitizers stay quiet).
 *
 * @module
 */

/** Returned by {@linkcode within} when time ran out first. */
export const TIMED_OUT: unique symbol = Symbol("timed out");

/** Makes a promise settled from outside; its rejection is marked handled (callers race it). */
export function deferred<T>(): PromiseWithResolvers<T> {
  const made = Promise.withResolvers<T>();
  made.promise.catch(() => {});
  return made;
}

/** Waits for `promise`, or `ms` milliseconds, whichever is first. */
export async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Waits `ms` milliseconds, or less if the signal aborts. */
export async function delay(ms: number, signal?: AbortSignal): Promise<void> {
  const [stop, dispose] = aborted(signal);
  try {
    await within(stop.catch(() => {}), ms);
  } finally {
    dispose();
  }
}

/**
 * A promise that rejects with the signal's reason once it aborts (never settles without a
 * signal), and a function that stops listening.
 */
export function aborted(signal: AbortSignal | undefined): [Promise<never>, () => void] {
  const done = deferred<never>();
  const onAbort = () => done.reject(signal!.reason);
  if (signal?.aborted) onAbort();
  else signal?.addEventListener("abort", onAbort, { once: true });
  return [done.promise, () => signal?.removeEventListener("abort", onAbort)];
}
