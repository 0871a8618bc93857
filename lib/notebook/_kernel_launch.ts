/**
 * The kernel engine behind `startKernel()`, loaded on its first call: spawn, the readiness
 * handshake, and the heartbeat watch.
 *
 * @module
 */
import { watchHeartbeat } from "./_heartbeat.ts";
import { RunningKernel } from "./_kernel.ts";
import { waitUntilReady } from "./_kernel_start.ts";
import type { Kernel, StartKernelOptions } from "./start_kernel.ts";

/** Starts the kernel in `options.cwd` (a folder that exists) and returns it once ready. */
export async function launchKernel(options: StartKernelOptions): Promise<Kernel> {
  const { cwd } = options;
  const { process, channels, info, setFailureHandler } = await waitUntilReady({
    cwd,
    executable: options.executable ?? Deno.execPath(),
    env: options.env ?? Deno.env.toObject(),
    startTimeout: options.startTimeout ?? 60,
    signal: options.signal,
  });
  const kernel = new RunningKernel(process, channels, info);
  setFailureHandler((error) => kernel.channelFailed(error));
  const heartbeatTimeout = (options.heartbeatTimeout ?? 30) * 1000;
  kernel.watch((onSilent) => watchHeartbeat(channels.heartbeat, heartbeatTimeout, onSilent));
  return kernel;
}
