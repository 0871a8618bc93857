// Draws the Plotly figures of a report page with the site's own copy of plotly.js. Each figure
// is a JSON data block (<script type="application/json" class="plotly-data" data-figure="fig-N">)
// beside its container: figure data is parsed, never run. Only a few display options are taken
// from a figure's own config, so a figure cannot turn on links or requests to outside servers.
"use strict";
(() => {
  const KEPT_CONFIG = ["displayModeBar", "scrollZoom", "staticPlot", "modeBarButtonsToRemove"];

  function configFor(figure) {
    const config = { responsive: true, displaylogo: false };
    const own = figure.config ?? {};
    for (const key of KEPT_CONFIG) {
      if (Object.hasOwn(own, key)) config[key] = own[key];
    }
    return config;
  }

  function fail(target, message) {
    target.classList.add("plotly-failed");
    target.textContent = `This chart could not be drawn: ${message}`;
    console.error(`Cannot draw ${target.id}: ${message}`);
  }

  function draw() {
    for (const block of document.querySelectorAll("script.plotly-data")) {
      const target = document.getElementById(block.dataset.figure);
      if (target === null) continue;
      if (typeof Plotly === "undefined") {
        fail(target, "plotly.js did not load");
        continue;
      }
      const figure = JSON.parse(block.textContent);
      Plotly.newPlot(target, figure.data, figure.layout ?? {}, configFor(figure))
        .catch((error) => fail(target, String(error?.message ?? error)));
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
