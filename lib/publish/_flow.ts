// Private to lib/publish: whether a table's hidden cells can take values other than one, asked as
// a flow problem. A two-way table with its row and column totals is a transportation problem:
// each hidden cell is an edge from its row to its column carrying its count, each published total
// fixes the flow through its row or column, and a total not published leaves it free. A hidden
// cell is determined when every flow that meets the totals gives it the same value.
//
// Hand-written rather than taken from an LP package: the questions are exact (a cell is or is not
// determined), the matrices of row and column sums are totally unimodular so a max-flow answers
// them in whole numbers with no rounding, and the graphs are a few hundred edges; an LP solver in
// floating point would need tolerances to say "exactly one value".

/** An edge of the network: from, to, and the flow it must carry, `low` to `high`. */
export interface Bounded {
  from: number;
  to: number;
  low: number;
  high: number;
}

/** Larger than any count: a bound that does not bind. */
export const UNBOUNDED = 2 ** 50;

/**
 * A flow meeting every edge's bounds in a network with `nodes` nodes where flow is conserved at
 * every node (a circulation), or null when there is none. Returns the flow on each edge.
 */
export function circulation(nodes: number, edges: readonly Bounded[]): number[] | null {
  // The standard reduction: send each edge's lower bound at once, then ask a max-flow from a new
  // source to a new sink to even out what that left unbalanced at each node.
  const source = nodes;
  const sink = nodes + 1;
  const net = new Network(nodes + 2);
  const excess = new Float64Array(nodes);
  const ids = edges.map((e) => {
    if (e.low > e.high) return -1;
    excess[e.to] += e.low;
    excess[e.from] -= e.low;
    return net.add(e.from, e.to, e.high - e.low);
  });
  if (ids.includes(-1)) return null;
  let needed = 0;
  for (let v = 0; v < nodes; v++) {
    if (excess[v] > 0) {
      net.add(source, v, excess[v]);
      needed += excess[v];
    } else if (excess[v] < 0) net.add(v, sink, -excess[v]);
  }
  if (net.maxFlow(source, sink) < needed) return null;
  return edges.map((e, i) => e.low + net.flowOn(ids[i]));
}

// Dinic's algorithm on an adjacency list; each edge is stored beside its reverse (id ^ 1).
class Network {
  private head: number[];
  private to: number[] = [];
  private cap: number[] = [];
  private next: number[] = [];
  private original: number[] = [];
  private level: Int32Array;
  private cursor: number[];

  constructor(size: number) {
    this.head = new Array(size).fill(-1);
    this.level = new Int32Array(size);
    this.cursor = new Array(size).fill(-1);
  }

  add(from: number, to: number, capacity: number): number {
    const id = this.to.length;
    this.push(from, to, capacity);
    this.push(to, from, 0);
    return id;
  }

  flowOn(id: number): number {
    return this.original[id] - this.cap[id];
  }

  maxFlow(source: number, sink: number): number {
    let total = 0;
    while (this.levels(source, sink)) {
      this.cursor = [...this.head];
      let pushed: number;
      while ((pushed = this.augment(source, sink, Infinity)) > 0) total += pushed;
    }
    return total;
  }

  private push(from: number, to: number, capacity: number): void {
    this.to.push(to);
    this.cap.push(capacity);
    this.original.push(capacity);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  private levels(source: number, sink: number): boolean {
    this.level.fill(-1);
    this.level[source] = 0;
    const queue = [source];
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q];
      for (let e = this.head[v]; e !== -1; e = this.next[e]) {
        if (this.cap[e] > 0 && this.level[this.to[e]] < 0) {
          this.level[this.to[e]] = this.level[v] + 1;
          queue.push(this.to[e]);
        }
      }
    }
    return this.level[sink] >= 0;
  }

  private augment(v: number, sink: number, limit: number): number {
    if (v === sink) return limit;
    for (; this.cursor[v] !== -1; this.cursor[v] = this.next[this.cursor[v]]) {
      const e = this.cursor[v];
      const w = this.to[e];
      if (this.cap[e] <= 0 || this.level[w] !== this.level[v] + 1) continue;
      const pushed = this.augment(w, sink, Math.min(limit, this.cap[e]));
      if (pushed > 0) {
        this.cap[e] -= pushed;
        this.cap[e ^ 1] += pushed;
        return pushed;
      }
    }
    return 0;
  }
}
