// Private to tests/ingest: reading the hand-made documents in tests/fixtures/ingest/.
import { ingest, type IngestFigure, type IngestResult } from "../../lib/ingest/mod.ts";

/** The folder of the ingest fixtures. */
export const FIXTURES: string = new URL("../fixtures/ingest/", import.meta.url).pathname;

/** A fixture's text. */
export function fixture(name: string): string {
  return Deno.readTextFileSync(`${FIXTURES}${name}`);
}

/** What ingest() reads from a fixture. */
export function ingestFixture(name: string): IngestResult {
  return ingest(fixture(name), { source: name });
}

/** The one figure on a line with a given text; fails the test when there is not exactly one. */
export function figureAt(result: IngestResult, line: number, text: string): IngestFigure {
  const found = result.figures.filter((f) => f.line === line && f.text === text);
  if (found.length !== 1) {
    const seen = result.figures.filter((f) => f.line === line).map((f) => f.text);
    throw new Error(
      `Expected one figure "${text}" on line ${line}, found ${found.length}: ${seen}`,
    );
  }
  return found[0];
}

/** The source text a figure's line and span cite. */
export function cited(name: string, figure: IngestFigure): string {
  return fixture(name).split("\n")[figure.line - 1].slice(figure.start, figure.end);
}
