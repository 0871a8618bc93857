/**
 * A unified line diff (Myers' O(ND) algorithm) for showing how an output changed.
 *
 * Lines keep their `\n`, so "a" and "a\n" differ (shown with `\ No newline at end of text`, as
 * GNU diff does). Past {@linkcode MAX_EDITS} edits the middle part is shown as deleted then
 * inserted whole, which bounds memory at about MAX_EDITS² integers for texts that share nothing.
 *
 * @module
 */

/** Beyond this many inserted plus deleted lines, the diff stops looking for a minimal script. */
export const MAX_EDITS = 2000;
const LONG_LINE = 200;

type Op = { kind: " " | "-" | "+"; line: string };

/** Options for {@linkcode unifiedDiff}. */
export interface UnifiedDiffOptions {
  /** Label of the old text, on the `---` line. */
  from: string;
  /** Label of the new text, on the `+++` line. */
  to: string;
  /** Unchanged lines shown around each change. Default 3. */
  context?: number;
}

/**
 * Diffs two texts line by line.
 *
 * @param a The old text.
 * @param b The new text.
 * @param options Labels and context size.
 * @returns The unified diff, or "" when the texts are equal.
 */
export function unifiedDiff(a: string, b: string, options: UnifiedDiffOptions): string {
  if (a === b) return "";
  const ops = diffLines(splitKeepingEnds(a), splitKeepingEnds(b));
  const lines = [`--- ${options.from}`, `+++ ${options.to}`];
  for (const hunk of hunks(ops, options.context ?? 3)) lines.push(...hunk);
  return lines.join("\n");
}

function splitKeepingEnds(text: string): string[] {
  return text === "" ? [] : text.split(/(?<=\n)/);
}

function diffLines(a: string[], b: string[]): Op[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const keep = (line: string): Op => ({ kind: " ", line });
  return [
    ...a.slice(0, start).map(keep),
    ...myers(a.slice(start, endA), b.slice(start, endB)),
    ...a.slice(endA).map(keep),
  ];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, MAX_EDITS); d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]);
      let x = down ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace);
    }
  }
  return [
    ...a.map((line): Op => ({ kind: "-", line })),
    ...b.map((line): Op => ({ kind: "+", line })),
  ];
}

function backtrack(a: string[], b: string[], trace: Int32Array[]): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = (k: number) => trace[d][k + d + 1];
    const k = x - y;
    const prevK = k === -d || (k !== d && v(k - 1) < v(k + 1)) ? k + 1 : k - 1;
    const prevX = v(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      x--;
      y--;
      ops.push({ kind: " ", line: a[x] });
    }
    if (d > 0) ops.push(x === prevX ? { kind: "+", line: b[--y] } : { kind: "-", line: a[--x] });
  }
  return ops.reverse();
}

function hunks(ops: Op[], context: number): string[][] {
  const changed = ops.flatMap((op, i) => (op.kind === " " ? [] : [i]));
  const result: string[][] = [];
  let i = 0;
  while (i < changed.length) {
    let last = i;
    while (last + 1 < changed.length && changed[last + 1] - changed[last] <= 2 * context + 1) {
      last++;
    }
    const from = Math.max(0, changed[i] - context);
    const to = Math.min(ops.length, changed[last] + context + 1);
    result.push(hunk(ops, from, to));
    i = last + 1;
  }
  return result;
}

function hunk(ops: Op[], from: number, to: number): string[] {
  const before = ops.slice(0, from);
  const startA = before.filter((op) => op.kind !== "+").length + 1;
  const startB = before.filter((op) => op.kind !== "-").length + 1;
  const body = ops.slice(from, to);
  const countA = body.filter((op) => op.kind !== "+").length;
  const countB = body.filter((op) => op.kind !== "-").length;
  const range = (start: number, count: number) =>
    count === 1 ? `${start}` : `${count === 0 ? start - 1 : start},${count}`;
  const lines = [`@@ -${range(startA, countA)} +${range(startB, countB)} @@`];
  for (const op of body) {
    lines.push(op.kind + display(op.line.replace(/\n$/, "")));
    if (!op.line.endsWith("\n")) lines.push("\\ No newline at end of text");
  }
  return lines;
}

function display(line: string): string {
  if (line.length <= LONG_LINE) return line;
  return `${line.slice(0, LONG_LINE)}… (${line.length - LONG_LINE} more characters)`;
}
