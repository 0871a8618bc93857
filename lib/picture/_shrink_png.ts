// Makes a chart's PNG about a third of its size by reducing it to a palette of at most 256
// colours. Chromium's canvas always writes 32-bit RGBA; a Plotly chart is flat colours with
// anti-aliased edges and text, which a 256-colour palette keeps (as pngquant would), so five
// charts, each stored twice in a notebook, stay well under 1 MB. The decoding, quantisation and
// encoding are UPNG.js's (the @pdf-lib/upng fork, MIT), loaded with the painter.
import { Buffer } from "node:buffer";

type Upng = typeof import("npm:@pdf-lib/upng@1.0.1");

let upng: Promise<Upng> | null = null;

export async function shrinkPng(base64: string, colors: number): Promise<string> {
  // The package's CommonJS build puts UPNG under `default` once more than its types say.
  upng ??= import("npm:@pdf-lib/upng@1.0.1").then((module) => {
    const exported = module.default as unknown as Upng & { default?: Upng };
    return typeof exported.decode === "function" ? exported : exported.default!;
  });
  const codec = await upng;
  const bytes = Buffer.from(base64, "base64");
  const image = codec.decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  const rgba = codec.toRGBA8(image)[0];
  return Buffer.from(codec.encode([rgba], image.width, image.height, colors)).toString("base64");
}
