import { createHash } from "node:crypto";

// Finds the first value JSON cannot carry unchanged (undefined, a function, NaN, Infinity, a
// symbol, a bigint, a class instance such as Date), so chart() can refuse a figure that would
// not survive being written to a notebook. Returns its path and what it is, or null.
export function findNonJson(value: unknown, path: string): string | null {
  if (value === null || typeof value === "string" || typeof value === "boolean") return null;
  if (typeof value === "number") {
    return Number.isFinite(value) ? null : `${path} is ${value}, which JSON cannot hold`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = i in value
        ? findNonJson(value[i], `${path}[${i}]`)
        : `${path}[${i}] is a hole, which JSON cannot hold`;
      if (found) return found;
    }
    return null;
  }
  if (typeof value === "object") {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) {
      return `${path} is a ${proto?.constructor?.name ?? "class instance"}, not plain JSON`;
    }
    for (const [key, item] of Object.entries(value)) {
      const found = findNonJson(
        item,
        /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`,
      );
      if (found) return found;
    }
    return null;
  }
  return `${path} is ${
    typeof value === "function" ? "a function" : typeof value
  }, which JSON cannot hold`;
}

// A digest of a JSON value that does not depend on key order, for ids that stay the same when a
// notebook is re-run. SHA-256 from node:crypto: chart() is synchronous, and Web Crypto's digest is
// not.
export function jsonDigest(value: unknown): string {
  return createHash("sha256").update(canonical(value)).digest("hex");
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
