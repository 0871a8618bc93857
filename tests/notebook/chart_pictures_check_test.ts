import assert from "node:assert/strict";
import { barChart, type Figure } from "../../lib/charts/mod.ts";
import { chart, withChartPicture } from "../../lib/display/mod.ts";
import {
  compareOutputs,
  type MimeBundle,
  type Notebook,
  PICTURE_PLACEHOLDER,
} from "../../lib/notebook/mod.ts";
import { commissioned } from "../charts/_fixtures.ts";

// Two pictures of one chart as two runs could draw them: the same figure, different bytes (the
// runner draws real ones; see tests/e2e/chart_pictures_run_test.ts).
const RUN_A = { png: "iVBORw0KGgoAAAANSUhEUgAAAvgAAAHg", width: 760, height: 480 };
const RUN_B = { png: "iVBORw0KGgoAAAANSUhEUgAAAvgAAAHgCAYAAAB", width: 760, height: 480 };

function notebookWith(...bundles: MimeBundle[]): Notebook {
  return {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {},
    cells: [{
      id: "chart",
      cell_type: "code",
      metadata: {},
      source: "await display(chart(figure));",
      execution_count: 1,
      outputs: bundles.map((data) => ({ output_type: "display_data", data, metadata: {} })),
    }],
  };
}

async function figure(): Promise<Figure> {
  return barChart(await commissioned(), { x: "priority", title: "By priority" });
}

Deno.test("compareOutputs() compares a chart by its figure, not by the bytes of its picture", async () => {
  const shown = chart(await figure());
  const stored = notebookWith(withChartPicture(shown.bundle, RUN_A));
  const fresh = notebookWith(withChartPicture(shown.bundle, RUN_B));
  assert.deepEqual(compareOutputs(stored, fresh), []);
});

Deno.test("compareOutputs() catches a changed value in a chart that has a picture", async () => {
  const before = await figure();
  const after = structuredClone(before);
  (after.data[0].y as number[])[0] = 1412615; // Victim Services, framework lines 153-159, 199, plus £1
  const stored = notebookWith(withChartPicture(chart(before).bundle, RUN_A));
  const fresh = notebookWith(withChartPicture(chart(after).bundle, RUN_A));
  const differences = compareOutputs(stored, fresh);
  assert.deepEqual(differences.map((d) => d.mimeType).sort(), [
    "application/vnd.plotly.v1+json",
    "text/html",
    "text/plain",
  ]);
  const html = differences.find((d) => d.mimeType === "text/html")!.diff;
  assert.match(html, /^-.*£1,412,614/m);
  assert.match(html, /^\+.*£1,412,615/m);
});

Deno.test("compareOutputs() still counts a picture that only one side has", async () => {
  const shown = chart(await figure());
  const stored = notebookWith(shown.bundle);
  const fresh = notebookWith(withChartPicture(shown.bundle, RUN_A));
  const messages = compareOutputs(stored, fresh).map((d) => d.message);
  assert.deepEqual(messages, ["text/html differs", "image/png is in the fresh output only"]);
  assert.equal(PICTURE_PLACEHOLDER, "<picture>");
});

Deno.test("compareOutputs() compares the bytes of an image that is not a chart's picture", () => {
  const stored = notebookWith({ "image/png": RUN_A.png, "text/plain": "<image>" });
  const fresh = notebookWith({ "image/png": RUN_B.png, "text/plain": "<image>" });
  const [difference] = compareOutputs(stored, fresh);
  assert.equal(
    difference.message,
    `image/png differs (stored ${RUN_A.png.length} characters, fresh ${RUN_B.png.length})`,
  );
});
