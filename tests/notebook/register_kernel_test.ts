import assert from "node:assert/strict";
import { join } from "node:path";
import { registerKernel } from "../../lib/notebook/register_kernel.ts";
import { assertRejectsWith } from "../_assert.ts";

async function kernelArgv(dataDir: string): Promise<string[]> {
  const spec = await Deno.readTextFile(join(dataDir, "kernels", "deno", "kernel.json"));
  return JSON.parse(spec).argv;
}

async function versionOf(deno: string): Promise<string> {
  const { stdout } = await new Deno.Command(deno, { args: ["--version"], stdout: "piped" })
    .output();
  return new TextDecoder().decode(stdout).split("\n")[0];
}

Deno.test("registerKernel() copies a Deno from npx's cache to a stable folder and replaces an old kernelspec", async () => {
  const dir = await Deno.makeTempDir();
  try {
    // Where `npx -y deno@…` unpacks Deno: <npm cache>/_npx/<hash>/node_modules/deno/deno.
    const npx = join(dir, "npm-cache", "_npx", "4f1e", "node_modules", "deno");
    await Deno.mkdir(npx, { recursive: true });
    await Deno.copyFile(Deno.execPath(), join(npx, "deno"));
    const dataDir = join(dir, "jupyter");
    // A registration left by an earlier `npx deno jupyter --install`, pointing into a cache npm
    // has since cleared.
    await Deno.mkdir(join(dataDir, "kernels", "deno"), { recursive: true });
    await Deno.writeTextFile(
      join(dataDir, "kernels", "deno", "kernel.json"),
      JSON.stringify({ argv: ["/gone/_npx/1/deno", "jupyter", "--kernel"], display_name: "Deno" }),
    );
    const stableDir = join(dir, "stable");
    const kernel = await registerKernel({ dataDir, deno: join(npx, "deno"), stableDir });
    assert.equal(kernel.copied, true);
    assert.equal(kernel.deno, join(stableDir, "deno"));
    assert.equal(kernel.version, Deno.version.deno);
    assert.equal(kernel.kernelDir, join(dataDir, "kernels", "deno"));
    assert.deepEqual(await kernelArgv(dataDir), [
      join(stableDir, "deno"),
      "jupyter",
      "--kernel",
      "--conn",
      "{connection_file}",
    ]);
    // The npx cache is cleared; the registered kernel still runs.
    await Deno.remove(join(dir, "npm-cache"), { recursive: true });
    assert.equal(
      await versionOf(kernel.deno),
      `deno ${Deno.version.deno} (stable, release, ${Deno.build.target})`,
    );
    // Registering again reuses the copy.
    const again = await registerKernel({ dataDir, deno: kernel.deno, stableDir: join(dir, "x") });
    assert.equal(again.deno, kernel.deno);
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("registerKernel() keeps a Deno installed for good, and honours JUPYTER_DATA_DIR", async () => {
  const dir = await Deno.makeTempDir();
  const before = Deno.env.get("JUPYTER_DATA_DIR");
  try {
    Deno.env.set("JUPYTER_DATA_DIR", join(dir, "jupyter"));
    // As `npm install -g deno` or Deno's installer puts it (this test may itself run under npx).
    const installed = join(dir, "bin", "deno");
    await Deno.mkdir(join(dir, "bin"));
    await Deno.copyFile(Deno.execPath(), installed);
    const kernel = await registerKernel({ deno: installed });
    assert.equal(kernel.copied, false);
    assert.equal(kernel.deno, installed);
    assert.equal((await kernelArgv(join(dir, "jupyter")))[0], installed);
  } finally {
    if (before === undefined) Deno.env.delete("JUPYTER_DATA_DIR");
    else Deno.env.set("JUPYTER_DATA_DIR", before);
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("registerKernel() names a Deno that does not run", async () => {
  await assertRejectsWith(
    registerKernel({ dataDir: "/nonexistent", deno: "/nonexistent/deno" }),
    Error,
    'Cannot register the Deno kernel: "/nonexistent/deno" does not run ' +
      "(NotFound: Failed to spawn '/nonexistent/deno': No such file or directory (os error 2))",
  );
});
