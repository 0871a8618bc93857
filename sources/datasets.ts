// Written by `deno task add --accept` from sources/manifest.json: the names of the datasets made
// from the documents in this folder, so `load()` takes them by name and a misspelt name does not
// compile. Do not edit by hand; `deno task reproduce` checks it against the manifest.

/** The name of a dataset made from a document in `sources/`. */
export type UserDatasetName = never;
