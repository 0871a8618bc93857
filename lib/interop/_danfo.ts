// Private to lib/interop: danfojs is loaded here, on first use only, because it brings
// TensorFlow.js with it; lib/mod.ts must never reach this module.

/** A danfojs DataFrame (the type only: danfojs itself loads on first use). */
export type DanfoDataFrame = InstanceType<typeof import("danfojs")["DataFrame"]>;

let loading: Promise<typeof import("danfojs")> | null = null;

/** The danfojs module, imported on the first call and shared after it. */
export function loadDanfo(): Promise<typeof import("danfojs")> {
  loading ??= import("danfojs");
  return loading;
}
