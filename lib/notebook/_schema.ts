/**
 * The nbformat 4.x JSON schema as zod schemas, mirroring
 * `nbformat/v4/nbformat.v4.5.schema.json`: unknown keys are refused on cells and outputs,
 * allowed in metadata. One deliberate narrowing: a stream's `name` must be `stdout` or `stderr`
 * (the schema allows any string; Jupyter kernels only send these two, and `nbformat.ts` says so).
 *
 * @module
 */
import { z } from "zod";

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

function isJsonMime(mime: string): boolean {
  return /^application\/(.*\+)?json$/.test(mime);
}

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

/** One bad field: its JSON path (`cells[3].cell_type`) and what is wrong with it. */
export interface SchemaProblem {
  /** The JSON path, e.g. `cells[3].outputs[0].name`. */
  path: string;
  /** What is wrong, ending with the value found when there is one. */
  message: string;
}

/**
 * Checks a parsed notebook against nbformat 4.x and lists every problem (not only the first).
 *
 * @param value The parsed JSON.
 * @param minor The minor version whose rules apply.
 * @returns The problems (duplicate cell ids last); empty when the notebook is valid.
 */
export function notebookProblems(value: unknown, minor: number): SchemaProblem[] {
  const result = notebookSchema(minor).safeParse(value, { reportInput: true });
  const problems = result.success ? [] : result.error.issues.flatMap((issue) => describe(issue));
  return [...problems, ...duplicateIdProblems(value)];
}

function describe(issue: z.core.$ZodIssue): SchemaProblem[] {
  if (issue.code === "unrecognized_keys") {
    return issue.keys.map((key) => ({
      path: jsonPath([...issue.path, key]),
      message: "unexpected field",
    }));
  }
  let input = (issue as { input?: unknown }).input;
  let expected = plainMessage(issue.message);
  const { discriminator, options } = issue as { discriminator?: string; options?: unknown[] };
  if (issue.code === "invalid_union" && discriminator !== undefined && options) {
    // zod reports the whole object; the reader wants the tag's own value.
    input = (input as Record<string, unknown> | undefined)?.[discriminator];
    expected = `expected one of ${options.map((option) => JSON.stringify(option)).join(", ")}`;
  }
  if (input === undefined) return [{ path: jsonPath(issue.path), message: "missing field" }];
  return [{ path: jsonPath(issue.path), message: `${expected}, got ${preview(input)}` }];
}

function plainMessage(message: string): string {
  const plain = message.replace(/^(Invalid input|Invalid option|Too small|Too big): /, "")
    .replace(/, received \w+$/, "").replace(/"\|"/g, '", "');
  return plain.charAt(0).toLowerCase() + plain.slice(1);
}

function duplicateIdProblems(value: unknown): SchemaProblem[] {
  const cells = (value as { cells?: unknown })?.cells;
  if (!Array.isArray(cells)) return [];
  const seen = new Map<string, number>();
  const problems: SchemaProblem[] = [];
  cells.forEach((cell, index) => {
    const id = (cell as { id?: unknown })?.id;
    if (typeof id !== "string") return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else {
      problems.push({
        path: `cells[${index}].id`,
        message: `duplicate id ${JSON.stringify(id)} (also cells[${first}].id)`,
      });
    }
  });
  return problems;
}

/**
 * Builds the TypeError for a notebook with bad fields, one field a line.
 *
 * @param action What failed, e.g. `Cannot read notebook "a.ipynb"`.
 * @param version The nbformat version checked against, e.g. `4.5`.
 * @param problems The bad fields (at least one).
 * @returns The error, with the problems as its `cause`.
 */
export function problemsError(
  action: string,
  version: string,
  problems: SchemaProblem[],
): TypeError {
  const count = problems.length === 1 ? "1 field is" : `${problems.length} fields are`;
  const lines = problems.map((problem) => `  ${problem.path}: ${problem.message}`);
  return new TypeError(`${action}: ${count} not valid nbformat ${version}\n${lines.join("\n")}`, {
    cause: problems,
  });
}

/** Writes a zod path as a JSON path: `cells[3].cell_type`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const key of path) {
    if (typeof key === "number") text += `[${key}]`;
    else if (typeof key === "string" && /^[A-Za-z_$][\w$]*$/.test(key)) {
      text += text === "" ? key : `.${key}`;
    } else text += `[${JSON.stringify(String(key))}]`;
  }
  return text === "" ? "(top level)" : text;
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}
