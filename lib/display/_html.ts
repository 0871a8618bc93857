// HTML helpers private to lib/display. Every piece of text from data goes through escapeHtml
// (escape_html.ts).

// Plotly text fields hold a little HTML (`<br>`, entities); this turns one back into plain lines.
export function plotlyTextLines(text: string): string[] {
  return text
    .split(/<br\s*\/?>/i)
    .map((line) =>
      line.replace(/<[^>]*>/g, "")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&quot;", '"')
        .replaceAll("&#39;", "'")
        .replaceAll("&amp;", "&")
    );
}

// One style sheet for tables and chart summaries, scoped by class. Colours are translucent greys
// and text colour is inherited, so it reads on JupyterLab's and VS Code's light and dark themes
// and on the report site. Where a front end strips <style> (JupyterLab, for untrusted notebooks)
// the table falls back to the front end's own table style.
export const STYLE = `<style>
.vc-out{font-size:13px;line-height:1.4;overflow-x:auto;max-width:100%}
.vc-out table{border-collapse:collapse;margin:0}
.vc-out caption{caption-side:top;text-align:left;font-weight:bold;padding:4px 0}
.vc-out th,.vc-out td{padding:2px 10px;border-bottom:1px solid rgba(127,127,127,0.25);\
text-align:left;vertical-align:top;max-width:32em}
.vc-out th{border-bottom:1px solid rgba(127,127,127,0.7);font-weight:bold}
.vc-out th.group{border-bottom:none}
.vc-out tbody tr:nth-child(even){background-color:rgba(127,127,127,0.08)}
.vc-out .n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
.vc-out .na{opacity:0.6}
.vc-out .more{font-style:italic;opacity:0.75}
.vc-out p{margin:4px 0;font-size:12px;opacity:0.75}
</style>`;
