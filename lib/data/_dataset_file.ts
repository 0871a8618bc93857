// Private to lib/data: the one place a dataset's name becomes its file's name.

/** A dataset's CSV file relative to the project root, as the catalogue and errors name it. */
export function datasetFile(name: string): string {
  return `data/${name}.csv`;
}
