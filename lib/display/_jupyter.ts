// The Deno Jupyter kernel's `Deno.jupyter` namespace, where this code runs in one.

/** The part of the kernel's `Deno.jupyter` namespace the display module uses. */
export interface JupyterApi {
  display(bundle: unknown, options: { raw: boolean }): Promise<void>;
}

// Outside the kernel, Deno 2 defines `Deno.jupyter` as a getter that throws, so even
// `typeof Deno.jupyter` throws there; the kernel replaces it with the real namespace.
export function kernelApi(): JupyterApi | null {
  try {
    const api = (Deno as unknown as { jupyter?: JupyterApi }).jupyter;
    return typeof api?.display === "function" ? api : null;
  } catch {
    return null;
  }
}
