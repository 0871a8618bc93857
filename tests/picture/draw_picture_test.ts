import assert from "node:assert/strict";
import { Buffer } from "node:buffer";
import { assertRejectsWith } from "../_assert.ts";
import { requireTool } from "../_tools.ts";
import { barChart, lineChart, treemap } from "../../lib/charts/mod.ts";
import { load } from "../../lib/data/mod.ts";
import {
  drawPicture,
  findChromium,
  holdPainter,
  openPainter,
  PICTURE_WIDTH,
} from "../../lib/picture/mod.ts";
import { commissioned, table1Observations } from "../charts/_fixtures.ts";

const hasChromium = await findChromium().then(() => true, () => false);
const withChromium = requireTool(
  "Chromium (apt-get install chromium, or set CHROMIUM_PATH)",
  hasChromium,
);

// A PNG's size in pixels, from its IHDR chunk (bytes 16-23, after the 8-byte signature and the
// chunk's length and type).
function pngSize(base64: string): { width: number; height: number } {
  const bytes = Buffer.from(base64, "base64");
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], "PNG signature");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

// The PNG's colour type (IHDR byte 25): 3 for a palette, 6 for full colour with alpha.
function colorType(base64: string): number {
  return Buffer.from(base64, "base64")[25];
}

// The Chromium processes this test process started (the browser's main process is our child).
async function chromiumPids(): Promise<number[]> {
  const { stdout } = await new Deno.Command("pgrep", {
    args: ["-P", String(Deno.pid), "-f", "chrom"],
    stdout: "piped",
  }).output();
  return new TextDecoder().decode(stdout).split("\n").filter((line) => line !== "").map(Number);
}

async function childChromiums(): Promise<number> {
  return (await chromiumPids()).length;
}

async function withEnv<T>(name: string, value: string, fn: () => Promise<T>): Promise<T> {
  const saved = Deno.env.get(name);
  Deno.env.set(name, value);
  try {
    return await fn();
  } finally {
    if (saved === undefined) Deno.env.delete(name);
    else Deno.env.set(name, saved);
  }
}

Deno.test({
  name: "openPainter() draws a chart as a PNG of the layout's height and the default width",
  ...withChromium,
  fn: async () => {
    const figure = barChart(await commissioned(), { x: "priority", title: "By priority" });
    const painter = await openPainter();
    try {
      const picture = await painter.draw(figure);
      // barChart's default height for upright bars is 480 (lib/charts/bar_chart.ts).
      assert.equal(figure.layout.height, 480);
      assert.deepEqual({ width: picture.width, height: picture.height }, {
        width: PICTURE_WIDTH,
        height: 480,
      });
      assert.deepEqual(pngSize(picture.png), { width: PICTURE_WIDTH, height: 480 });
      // A palette of at most 256 colours by default, a third of the full-colour size or less.
      const full = await painter.draw(figure, { colors: 0 });
      assert.deepEqual([colorType(picture.png), colorType(full.png)], [3, 6]);
      assert.ok(
        picture.png.length * 2 < full.png.length,
        `${picture.png.length}, ${full.png.length}`,
      );
      const double = await painter.draw(figure, { width: 400, scale: 2 });
      assert.deepEqual(pngSize(double.png), { width: 800, height: 960 });
      assert.deepEqual([double.width, double.height], [400, 480]);
    } finally {
      await painter.close();
    }
  },
});

Deno.test({
  name: "openPainter() draws figures asked for at once one after another, each at its own size",
  ...withChromium,
  fn: async () => {
    const referrals = (await load("victim_first_under18"))
      .filter((d) => d.measure === "under18_referrals" && d.role === "observation");
    const figures = [
      lineChart(referrals, { x: "quarter", color: "financial_year" }),
      treemap(await table1Observations(), { path: ["section", "priority"] }),
      barChart(await commissioned(), { x: "priority", height: 300 }),
    ];
    const painter = await openPainter();
    try {
      const pictures = await Promise.all(figures.map((figure) => painter.draw(figure)));
      // Default heights: line 440, treemap 600 (lib/charts), and the bar chart's own 300.
      assert.deepEqual(pictures.map((p) => pngSize(p.png).height), [440, 600, 300]);
    } finally {
      await painter.close();
    }
  },
});

Deno.test({
  name:
    "A painter refuses a picture size or palette it cannot draw, and keeps drawing the next ones",
  ...withChromium,
  fn: async () => {
    const painter = await openPainter();
    try {
      await assert.rejects(
        painter.draw({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: { width: -5 } }),
        (error: Error) => {
          assert.equal(error.constructor, RangeError);
          assert.equal(
            error.message,
            'Cannot draw chart picture: width "-5" must be a positive number',
          );
          return true;
        },
      );
      await assert.rejects(
        painter.draw({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} }, { scale: 0 }),
        /Cannot draw chart picture: scale "0" must be a positive number/,
      );
      await assert.rejects(
        painter.draw({ data: [], layout: {} }, { colors: 300 }),
        /Cannot draw chart picture: colors "300" must be 0 \(full colour\) or 2 to 256/,
      );
      const picture = await painter.draw({ data: [{ type: "bar", x: ["a"], y: [1] }], layout: {} });
      assert.deepEqual(pngSize(picture.png), { width: PICTURE_WIDTH, height: 450 });
    } finally {
      await painter.close();
    }
  },
});

Deno.test({
  name: "drawPicture() shares one Chromium while a holder keeps it, and closes it after",
  ...withChromium,
  fn: async () => {
    const figure = barChart(await commissioned(), { x: "priority" });
    assert.equal(await childChromiums(), 0);
    const release = holdPainter();
    try {
      await drawPicture(figure);
      const running = await childChromiums();
      assert.equal(running, 1);
      await drawPicture(figure);
      assert.equal(await childChromiums(), 1);
    } finally {
      await release();
    }
    assert.equal(await childChromiums(), 0);
    // Without a holder, a draw opens and closes its own.
    await drawPicture(figure);
    assert.equal(await childChromiums(), 0);
  },
});

Deno.test({
  name: "drawPicture() starts a new Chromium when the shared one has gone",
  ...withChromium,
  fn: async () => {
    const figure = barChart(await commissioned(), { x: "priority" });
    const release = holdPainter();
    try {
      await drawPicture(figure);
      const [first] = await chromiumPids();
      Deno.kill(first, "SIGKILL");
      for (let i = 0; i < 100 && (await chromiumPids()).includes(first); i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      const picture = await drawPicture(figure);
      assert.equal(pngSize(picture.png).height, 480);
      const now = await chromiumPids();
      assert.equal(now.length, 1);
      assert.notEqual(now[0], first);
    } finally {
      await release();
    }
    assert.equal(await childChromiums(), 0);
  },
});

Deno.test("findChromium() takes CHROMIUM_PATH as given, and says how to get pictures when it is wrong", async () => {
  await withEnv("CHROMIUM_PATH", "/no/such/chromium", async () => {
    await assertRejectsWith(
      findChromium(),
      Deno.errors.NotFound,
      'Cannot draw chart pictures: CHROMIUM_PATH is "/no/such/chromium", which is not a file; ' +
        "install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH to a " +
        "Chromium or Chrome executable",
    );
    await assertRejectsWith(
      drawPicture({ data: [], layout: {} }),
      Deno.errors.NotFound,
      'Cannot draw chart pictures: CHROMIUM_PATH is "/no/such/chromium", which is not a file; ' +
        "install Debian's chromium package (apt-get install chromium) or set CHROMIUM_PATH to a " +
        "Chromium or Chrome executable",
    );
  });
});

Deno.test({
  name: "findChromium() finds Debian's chromium when CHROMIUM_PATH is unset",
  ...requireTool(
    "Debian's chromium at /usr/bin/chromium",
    await Deno.stat("/usr/bin/chromium").then((info) => info.isFile, () => false),
  ),
  fn: async () => {
    await withEnv("CHROMIUM_PATH", "", async () => {
      assert.equal(await findChromium(), "/usr/bin/chromium");
    });
  },
});
