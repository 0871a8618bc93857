// The frame every page shares: the security policy, stylesheet, scripts, nav and attribution.
import type { SiteSource } from "./types.ts";
import { escapeHtml } from "../display/escape_html.ts";
import { licenceLink } from "./_html.ts";
import { listInWords } from "../format/options.ts";

// Scripts only from the site's own files (plotly.js and site.js): no inline script can run, even
// one that escaped our escaping. plotly.js sets inline styles, hence 'unsafe-inline' for styles
// only; images may be data: URLs (notebook images); HTML outputs are srcdoc frames.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self' data: about:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/** What a page is made of. */
export interface PageParts {
  /** The page title, shown in the tab. */
  title: string;
  /** The site's title, the nav's link home. */
  siteTitle: string;
  /** The path from the page to the site root: `` or `../`. */
  root: string;
  /** The content of `<main>`. */
  body: string;
  /** Whether the page draws Plotly figures (loads plotly.js and site.js). */
  figures: boolean;
  /** The attribution footer. */
  footer: string;
  /** A notice shown at the top of the page, before its body (HTML), or "". */
  notice: string;
}

export function page(parts: PageParts): string {
  const { root } = parts;
  const scripts = parts.figures
    ? `<script src="${root}assets/plotly.js" defer></script>\n` +
      `<script src="${root}assets/site.js" defer></script>\n`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(parts.title)}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${root}assets/site.css">
${scripts}</head>
<body>
<header class="site-header"><nav><a href="${root}index.html">${
    escapeHtml(parts.siteTitle)
  }</a></nav></header>
<main>
${parts.notice}${parts.body}
</main>
${parts.footer}
</body>
</html>
`;
}

/**
 * The notice every page of a failed run carries: the run failed, and what failed. A page of such
 * a site can never be read as if all were well.
 */
export function failureNotice(failures: readonly string[], root: string): string {
  if (failures.length === 0) return "";
  const items = failures.map((failure) => `<li>${escapeHtml(failure)}</li>`).join("");
  return `<div class="banner banner-error run-failed" role="alert"><p><strong>This run FAILED its ` +
    `checks.</strong> What this report shows is not a reproduction of the published figures ` +
    `(see <a href="${root}index.html">the index</a>):</p><ul>${items}</ul></div>\n`;
}

/** The footer: who published the documents, under which licence; plotly.js's licence. */
export function footer(sources: readonly SiteSource[], root: string): string {
  const licences = new Map<string, { url: string; publishers: string[] }>();
  for (const source of sources) {
    const entry = licences.get(source.licence) ??
      { url: source.licence_url, publishers: [] };
    if (!entry.publishers.includes(source.publisher)) entry.publishers.push(source.publisher);
    licences.set(source.licence, entry);
  }
  const lines = [...licences].map(([licence, { url, publishers }]) => {
    const name = licenceLink({ licence, licence_url: url });
    return `<p>Contains public sector information published by ${
      escapeHtml(listInWords(publishers))
    }, licensed under the ${name}.</p>`;
  });
  lines.push(
    `<p>Charts drawn with plotly.js, served from this site (<a href="${root}assets/plotly.LICENSE.txt">MIT licence</a>).</p>`,
  );
  return `<footer class="site-footer">\n${lines.join("\n")}\n</footer>`;
}
