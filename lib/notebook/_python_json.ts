/**
 * JSON text exactly as Python's `json.dumps(value, sort_keys=True, indent=1,
 * separators=(",", ": "), ensure_ascii=False)` writes it, which is how nbformat writes notebooks.
 *
 * Two things differ from `JSON.stringify(value, null, 1)`: keys are sorted by code point at every
 * depth, and non-integral numbers use Python's float repr (`1e-05`, not `0.00001`). Integral
 * numbers are written as JavaScript writes them; Python reads those back as `int` and writes them
 * unchanged, so the text is a fixed point of a Python read-and-write.
 *
 * @module
 */

/** Compares two strings by Unicode code point, as Python sorts `str` keys. */
function compareCodePoints(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  const n = Math.min(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const diff = left[i].codePointAt(0)! - right[i].codePointAt(0)!;
    if (diff !== 0) return diff;
  }
  return left.length - right.length;
}

/** Formats a finite number as Python's `json.dumps` would after reading it back. */
function pythonNumber(value: number, path: string): string {
  if (!Number.isFinite(value)) {
    throw new TypeError(`Cannot write number ${value} at ${path}: JSON has no such value`);
  }
  if (Number.isInteger(value) || Math.abs(value) >= 1e-4) return JSON.stringify(value);
  // Python's repr switches to exponent notation below 1e-4 and pads the exponent to two digits.
  const [mantissa, exponent] = value.toExponential().split("e");
  const sign = exponent.startsWith("-") ? "-" : "+";
  const digits = exponent.replace(/^[-+]/, "").padStart(2, "0");
  return `${mantissa}e${sign}${digits}`;
}

/**
 * Serialises a JSON value the way nbformat does.
 *
 * @param value A JSON value (objects, arrays, strings, finite numbers, booleans, null).
 * @returns The JSON text, without a trailing newline.
 */
export function pythonJson(value: unknown): string {
  return write(value, "", "$");
}

function write(value: unknown, indent: string, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return pythonNumber(value, path);
    case "boolean":
      return value ? "true" : "false";
    case "object":
      return Array.isArray(value)
        ? writeArray(value, indent, path)
        : writeObject(value as Record<string, unknown>, indent, path);
    default:
      throw new TypeError(`Cannot write ${typeof value} at ${path}: JSON has no such value`);
  }
}

function writeArray(items: unknown[], indent: string, path: string): string {
  if (items.length === 0) return "[]";
  const inner = indent + " ";
  const parts = items.map((item, i) => inner + write(item, inner, `${path}[${i}]`));
  return `[\n${parts.join(",\n")}\n${indent}]`;
}

function writeObject(object: Record<string, unknown>, indent: string, path: string): string {
  const keys = Object.keys(object).filter((key) => object[key] !== undefined);
  if (keys.length === 0) return "{}";
  keys.sort(compareCodePoints);
  const inner = indent + " ";
  const parts = keys.map((key) =>
    `${inner}${JSON.stringify(key)}: ${write(object[key], inner, `${path}.${key}`)}`
  );
  return `{\n${parts.join(",\n")}\n${indent}}`;
}
