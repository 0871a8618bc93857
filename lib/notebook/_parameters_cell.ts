/**
 * Reads the defaults of a parameters cell: TypeScript declarations of literal values, such as
 * `const year = 2023;` or `let regions: string[] = ["London", "North East"];`. A small parser,
 * not an evaluator: anything but a literal (a call, a name, `undefined`, a template with `${}`)
 * is a syntax error, because the runner must know each default's type without running code.
 *
 * @module
 */
import { CellSyntaxError, type Token, tokenize } from "./_ts_tokens.ts";
import type { Notebook } from "./nbformat.ts";
import type { JsonValue } from "../io/json.ts";
import type { NotebookParameter } from "./list_parameters.ts";

/** One declaration of a parameters cell: a parameter but for its type (read from the default). */
export type Declaration = Omit<NotebookParameter, "type"> & { default: JsonValue };

const KEYWORDS = new Set(["const", "let", "var"]);
const CLOSERS: Record<string, string> = { "(": ")", "[": "]", "{": "}", "<": ">" };

/**
 * Finds the first code cell tagged `parameters`, as papermill does.
 *
 * @param nb The notebook.
 * @returns The cell's index, or -1 when there is none.
 */
export function findParametersCell(nb: Notebook): number {
  return nb.cells.findIndex((cell) =>
    cell.cell_type === "code" && (cell.metadata.tags ?? []).includes("parameters")
  );
}

/**
 * Parses the declarations of a parameters cell.
 *
 * @param source The cell's source.
 * @returns The declarations in source order.
 * @throws {CellSyntaxError} At the first statement that is not a literal declaration.
 */
export function parseDeclarations(source: string): Declaration[] {
  const tokens = tokenize(source);
  const declarations: Declaration[] = [];
  let at = 0;
  while (at < tokens.length) {
    if (tokens[at].text === ";") {
      at++;
      continue;
    }
    const [declaration, next] = declarationAt(tokens, at);
    if (declarations.some((d) => d.name === declaration.name)) {
      throw new CellSyntaxError(declaration.line, `"${declaration.name}" is declared twice`);
    }
    declarations.push(declaration);
    at = next;
  }
  return declarations;
}

function fail(token: Token | undefined, tokens: Token[], expected: string): never {
  const line = token?.line ?? tokens.at(-1)?.line ?? 1;
  const found = token ? `"${token.text}"` : "the end of the cell";
  throw new CellSyntaxError(line, `expected ${expected}, found ${found}`);
}

function declarationAt(tokens: Token[], at: number): [Declaration, number] {
  if (tokens[at].text === "export") at++;
  const keyword = tokens[at];
  if (!keyword || !KEYWORDS.has(keyword.text)) fail(keyword, tokens, '"const", "let" or "var"');
  const name = tokens[at + 1];
  if (name?.kind !== "word") fail(name, tokens, "a variable name");
  at += 2;
  if (tokens[at]?.text === ":") at = skipType(tokens, at + 1);
  if (tokens[at]?.text !== "=") {
    fail(tokens[at], tokens, `"=" and a default value for "${name.text}"`);
  }
  const [value, afterValue] = literalAt(tokens, at + 1);
  let next = afterValue;
  if (tokens[next]?.text === "as" && tokens[next + 1]?.text === "const") next += 2;
  const end = tokens[next];
  if (end && end.text !== ";" && end.line === tokens[next - 1].line) {
    fail(end, tokens, `";" after the default value of "${name.text}"`);
  }
  const kind = keyword.text as Declaration["keyword"];
  return [{ name: name.text, keyword: kind, default: value, line: keyword.line }, next];
}

function skipType(tokens: Token[], at: number): number {
  const open: string[] = [];
  for (; at < tokens.length; at++) {
    const text = tokens[at].text;
    if (text === "=" && open.length === 0) return at;
    if (text in CLOSERS) open.push(CLOSERS[text]);
    else if (text === open.at(-1)) open.pop();
  }
  return at;
}

function literalAt(tokens: Token[], at: number): [JsonValue, number] {
  const token = tokens[at];
  const expected = "a literal (string, number, boolean, null, array or object)";
  if (token?.kind === "string") return [token.value as string, at + 1];
  if (token?.kind === "number") return [token.value as number, at + 1];
  if ((token?.text === "-" || token?.text === "+") && tokens[at + 1]?.kind === "number") {
    const number = tokens[at + 1].value as number;
    return [token.text === "-" && number !== 0 ? -number : number, at + 2];
  }
  if (token?.text === "true" || token?.text === "false") return [token.text === "true", at + 1];
  if (token?.text === "null") return [null, at + 1];
  if (token?.text === "[") return arrayAt(tokens, at + 1);
  if (token?.text === "{") return objectAt(tokens, at + 1);
  if (token?.text === "undefined") fail(token, tokens, `${expected} (use null for no value)`);
  fail(token, tokens, expected);
}

function arrayAt(tokens: Token[], at: number): [JsonValue[], number] {
  const items: JsonValue[] = [];
  while (tokens[at]?.text !== "]") {
    const [item, next] = literalAt(tokens, at);
    items.push(item);
    at = next;
    if (tokens[at]?.text === ",") at++;
    else if (tokens[at]?.text !== "]") fail(tokens[at], tokens, '"," or "]"');
  }
  return [items, at + 1];
}

function objectAt(tokens: Token[], at: number): [{ [key: string]: JsonValue }, number] {
  const object: { [key: string]: JsonValue } = {};
  while (tokens[at]?.text !== "}") {
    const key = tokens[at];
    if (!key || key.kind === "punct") fail(key, tokens, "a property name");
    if (tokens[at + 1]?.text !== ":") fail(tokens[at + 1], tokens, `":" after "${key.text}"`);
    const [value, next] = literalAt(tokens, at + 2);
    // defineProperty, not assignment, so a "__proto__" key is data as in JSON.parse.
    Object.defineProperty(object, key.kind === "word" ? key.text : String(key.value), {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
    at = next;
    if (tokens[at]?.text === ",") at++;
    else if (tokens[at]?.text !== "}") fail(tokens[at], tokens, '"," or "}"');
  }
  return [object, at + 1];
}
