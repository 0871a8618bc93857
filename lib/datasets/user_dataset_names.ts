// Written by `deno task add --accept` from seeds/user/manifest.json: the names of the datasets
// made from your documents, so `load()` takes them by name and a misspelt name does not
// compile. Do not edit by hand; `deno task reproduce` checks it against the manifest.

/** The name of a dataset made from a document in `seeds/user/` (`deno task add --accept`). */
export type UserDatasetName = never;
