/**
 * The nbformat 4.x JSON schema as zod schemas, mirroring `nbformat/v4/nbformat.v4.5.schema.json`
 * (`_schema_problems.ts` words the issues): unknown keys are refused on cells and outputs,
 * allowed in metadata. One deliberate narrowing: a stream's `name` must be `stdout` or `stderr`
 * (the schema allows any string; Jupyter kernels only send these two, and `nbformat.ts` says so).
 *
 * @module
 */
import { z } from "../deps.ts";
import { isJsonMime } from "./_mime.ts";

const MULTILINE = "expected a string or an array of strings";

const MultilineString = z.union([z.string(), z.array(z.string())], { error: MULTILINE });

const CellId = z.string().regex(/^[a-zA-Z0-9-_]{1,64}$/, {
  error: "expected 1 to 64 letters, digits, '-' or '_'",
});

const Tags = z.array(z.string().regex(/^[^,]+$/, { error: "expected a tag without commas" }))
  .refine((tags) => new Set(tags).size === tags.length, { error: "expected unique tags" });

const CellMetadata = z.looseObject({
  tags: Tags.optional(),
  name: z.string().min(1).optional(),
  jupyter: z.looseObject({}).optional(),
});

const CodeCellMetadata = CellMetadata.extend({
  collapsed: z.boolean().optional(),
  scrolled: z.union([z.boolean(), z.literal("auto")]).optional(),
  execution: z.record(z.string(), z.string()).optional(),
});

const MimeBundle = z.record(z.string(), z.unknown()).superRefine((bundle, ctx) => {
  for (const [mime, value] of Object.entries(bundle)) {
    if (isJsonMime(mime) || MultilineString.safeParse(value).success) continue;
    ctx.addIssue({ code: "custom", path: [mime], message: MULTILINE, input: value });
  }
});

const ExecutionCount = z.int().min(0).nullable();

const Output = z.discriminatedUnion("output_type", [
  z.strictObject({
    output_type: z.literal("execute_result"),
    execution_count: ExecutionCount,
    data: MimeBundle,
    metadata: z.looseObject({}),
  }),
  z.strictObject({
    output_type: z.literal("display_data"),
    data: MimeBundle,
    metadata: z.looseObject({}),
  }),
  z.strictObject({
    output_type: z.literal("stream"),
    name: z.enum(["stdout", "stderr"]),
    text: MultilineString,
  }),
  z.strictObject({
    output_type: z.literal("error"),
    ename: z.string(),
    evalue: z.string(),
    traceback: z.array(z.string()),
  }),
]);

function cellSchema(id: z.ZodType) {
  const attachments = z.record(z.string(), MimeBundle).optional();
  return z.discriminatedUnion("cell_type", [
    z.strictObject({
      id,
      cell_type: z.literal("code"),
      metadata: CodeCellMetadata,
      source: MultilineString,
      outputs: z.array(Output),
      execution_count: ExecutionCount,
    }),
    z.strictObject({
      id,
      cell_type: z.literal("markdown"),
      metadata: CellMetadata,
      source: MultilineString,
      attachments,
    }),
    z.strictObject({
      id,
      cell_type: z.literal("raw"),
      metadata: CellMetadata.extend({ format: z.string().optional() }),
      source: MultilineString,
      attachments,
    }),
  ]);
}

const NotebookMetadata = z.looseObject({
  kernelspec: z.looseObject({ name: z.string(), display_name: z.string() }).optional(),
  language_info: z.looseObject({ name: z.string() }).optional(),
  orig_nbformat: z.int().min(1).optional(),
  title: z.string().optional(),
  authors: z.array(z.looseObject({})).optional(),
});

/**
 * The schema of a notebook of the given minor version: before 4.5 cells have no required `id`.
 *
 * @param minor The nbformat minor version (0 to 5).
 * @returns The zod schema.
 */
export function notebookSchema(minor: number): z.ZodType {
  const id = minor >= 5 ? CellId : CellId.optional();
  return z.strictObject({
    nbformat: z.literal(4),
    nbformat_minor: z.int().min(0).max(5),
    metadata: NotebookMetadata,
    cells: z.array(cellSchema(id)),
  });
}
