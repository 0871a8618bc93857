import { Marked, type RendererObject, type Tokens } from "../deps.ts";
import { escapeHtml } from "./escape_html.ts";
import { imageDataUrl, isSafeUrl, mimeText } from "./safe_html.ts";

/** Options for {@linkcode renderMarkdown}. */
export interface RenderMarkdownOptions {
  /** A markdown cell's attachments (name → MIME bundle), for `![](attachment:name)` images. */
  attachments?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const IMAGE_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];

/**
 * Renders Markdown (GitHub-flavoured, with npm `marked`) as HTML that cannot run anything: the
 * one Markdown-to-HTML function, for the `text/html` beside every `text/markdown` output (so an
 * untrusted notebook, which shows Markdown outputs as plain text, reads them as prose) and for
 * the report site's markdown cells and outputs. Raw HTML in the Markdown is shown as escaped
 * text instead of being rendered; a link whose target has a scheme other than http, https or
 * mailto (e.g. `javascript:`) keeps its text but loses the link; images are drawn only from the
 * cell's attachments or `data:image/…` URLs (the site works offline), other images become links.
 *
 * @param text The markdown.
 * @param options The cell's attachments.
 * @returns The HTML.
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { renderMarkdown } from "./mod.ts";
 * assert.equal(renderMarkdown("# Spend\n\n**£435,000**"), "<h1>Spend</h1>\n<p><strong>£435,000</strong></p>\n");
 * assert.equal(renderMarkdown("<script>alert(1)</script>"), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
 * assert.equal(renderMarkdown("[go](javascript:alert(1))"), '<p><span class="unsafe-link">go</span></p>\n');
 * ```
 */
export function renderMarkdown(text: string, options: RenderMarkdownOptions = {}): string {
  const attachments = options.attachments ?? {};
  const renderer: RendererObject = {
    html(token) {
      const text = escapeHtml(token.text);
      return "block" in token && token.block ? `<p>${text}</p>\n` : text;
    },
    link(token: Tokens.Link) {
      const inner = this.parser.parseInline(token.tokens);
      if (!isSafeUrl(token.href)) return `<span class="unsafe-link">${inner}</span>`;
      return `<a href="${escapeHtml(token.href)}"${titleAttr(token.title)}>${inner}</a>`;
    },
    image(token: Tokens.Image) {
      const src = imageSource(token.href, attachments);
      if (src !== null) {
        return `<img src="${escapeHtml(src)}" alt="${escapeHtml(token.text)}"${
          titleAttr(token.title)
        }>`;
      }
      const label = escapeHtml(token.text === "" ? token.href : token.text);
      return isSafeUrl(token.href) ? `<a href="${escapeHtml(token.href)}">${label}</a>` : label;
    },
  };
  return new Marked({ gfm: true, renderer }).parse(text, { async: false });
}

function titleAttr(title: string | null | undefined): string {
  return title ? ` title="${escapeHtml(title)}"` : "";
}

function imageSource(
  href: string,
  attachments: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): string | null {
  if (href.startsWith("attachment:")) {
    const bundle = attachments[href.slice("attachment:".length)];
    if (bundle === undefined) return null;
    for (const mime of IMAGE_TYPES) {
      const data = mimeText(bundle[mime]);
      if (data !== null) return imageDataUrl(mime, data);
    }
    return null;
  }
  const data = /^data:(image\/(?:png|jpeg|gif|webp));base64,(.*)$/s.exec(href);
  return data === null ? null : imageDataUrl(data[1], data[2]);
}
