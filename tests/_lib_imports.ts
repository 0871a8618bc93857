/**
 * Every module specifier the code of `lib/` imports, read from the files' text: static,
 * type-only and dynamic imports and re-exports, not those in comments or JSDoc examples (which
 * import the toolkit by relative path, as a reader would). For the tests that hold lib/ to being
 * importable from any folder.
 *
 * @module
 */

/** One import: the file that makes it and the specifier as written. */
export interface LibImport {
  file: URL;
  specifier: string;
}

/** Finds static, type-only and dynamic imports and re-exports; not message templates. */
export const SPECIFIER =
  /(?:^\s*(?:import|export)\b[^;]*?\bfrom\s+|^\s*import\s+|import\(\s*)"([^"$][^"]*)"/gm;

/** The imports of every `.ts` file under `lib/`, and how many files were read. */
export async function libImports(): Promise<{ imports: LibImport[]; files: number }> {
  const imports: LibImport[] = [];
  let files = 0;
  const walk = async (dir: URL) => {
    for await (const entry of Deno.readDir(dir)) {
      const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
      if (entry.isDirectory) await walk(url);
      else if (entry.name.endsWith(".ts")) {
        files++;
        const code = (await Deno.readTextFile(url)).split("\n")
          .filter((line) => !/^\s*(\*|\/\/)/.test(line)).join("\n");
        for (const [, specifier] of code.matchAll(SPECIFIER)) {
          imports.push({ file: url, specifier });
        }
      }
    }
  };
  await walk(new URL("../lib/", import.meta.url));
  return { imports, files };
}
