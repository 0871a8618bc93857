// A checkout that converts line endings (git's core.autocrlf on Windows) must not break the main
// job: .gitattributes keeps seeds/ and data/ byte for byte, and the extractors read CRLF text as
// they read LF text.
import assert from "node:assert/strict";
import { join } from "node:path";
import { extractAll } from "../../lib/extract/mod.ts";
import { DATA_DIR, PROJECT_ROOT } from "../../lib/data/mod.ts";
import { commandSucceeds, requireTool } from "../_tools.ts";
import { copySeeds } from "../_seeds.ts";

Deno.test("extractAll() gives the same datasets from seeds whose lines end in CRLF", async () => {
  const dir = await Deno.makeTempDir({ prefix: "crlf-seeds-" });
  try {
    await copySeeds(dir, (text, file) => {
      const crlf = text.replaceAll("\n", "\r\n");
      if (file.endsWith(".txt")) assert.notEqual(crlf, text, file);
      return crlf;
    });
    assert.deepEqual(await extractAll({ seedsDir: dir }), await extractAll());
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

const hasGit = commandSucceeds("git", ["--version"]) &&
  commandSucceeds("git", ["-C", PROJECT_ROOT, "rev-parse", "HEAD"]);

async function git(args: string[], cwd = PROJECT_ROOT): Promise<string> {
  const out = await new Deno.Command("git", { args, cwd, stdout: "piped", stderr: "piped" })
    .output();
  const text = new TextDecoder().decode(out.success ? out.stdout : out.stderr);
  if (!out.success) throw new Error(`git ${args.join(" ")} failed: ${text}`);
  return text;
}

Deno.test({
  name:
    "a clone with core.autocrlf=true checks seeds/ and data/ out byte for byte, and code with LF",
  ...requireTool("git (apt-get install git)", hasGit),
  fn: async () => {
    const dir = await Deno.makeTempDir({ prefix: "crlf-clone-" });
    try {
      const head = (await git(["rev-parse", "HEAD"])).trim();
      const clone = join(dir, "clone");
      await git([
        "clone",
        "--quiet",
        "--no-checkout",
        "--config",
        "core.autocrlf=true",
        PROJECT_ROOT,
        clone,
      ]);
      await git(["-c", "advice.detachedHead=false", "checkout", "--quiet", head], clone);
      const tracked = (await git(["ls-files", "seeds", "data", "notebooks", "lib/mod.ts"], clone))
        .trim().split("\n");
      assert.ok(tracked.length > 20, tracked.join(", "));
      for (const path of tracked) {
        const committed = await gitBlob(head, path);
        assert.deepEqual(await Deno.readFile(join(clone, path)), committed, path);
      }
      // The extraction from the clone's seeds equals the project's data/, which equals the clone's.
      const fresh = await extractAll({ seedsDir: join(clone, "seeds") });
      for (const [name, text] of fresh) {
        assert.equal(await Deno.readTextFile(join(clone, "data", `${name}.csv`)), text, name);
        assert.equal(await Deno.readTextFile(join(DATA_DIR, `${name}.csv`)), text, name);
      }
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

async function gitBlob(commit: string, path: string): Promise<Uint8Array> {
  const out = await new Deno.Command("git", {
    args: ["cat-file", "blob", `${commit}:${path}`],
    cwd: PROJECT_ROOT,
    stdout: "piped",
  }).output();
  return out.stdout;
}
