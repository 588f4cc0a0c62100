/** Standard retrieval metrics over ranked ids, shared by the eval harness and the benchmarks. */

export function recallAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  if (relevant.length === 0) return 0;
  const top = new Set(ranked.slice(0, k));
  return relevant.filter((r) => top.has(r)).length / relevant.length;
}

/** Reciprocal rank of the first relevant id within the first k, 0 when none. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[], k = Infinity): number {
  const rel = new Set(relevant);
  const rank = ranked.slice(0, k).findIndex((id) => rel.has(id));
  return rank < 0 ? 0 : 1 / (rank + 1);
}

/** Binary-relevance nDCG@k. */
export function ndcgAt(ranked: readonly string[], relevant: readonly string[], k: number): number {
  const rel = new Set(relevant);
  let dcg = 0;
  ranked.slice(0, k).forEach((id, i) => {
    if (rel.has(id)) dcg += 1 / Math.log2(i + 2);
  });
  let ideal = 0;
  for (let i = 0; i < Math.min(k, rel.size); i++) ideal += 1 / Math.log2(i + 2);
  return ideal === 0 ? 0 : dcg / ideal;
}

/** F2 of a returned set (ALQAC task 1 scores the articles a system returns, recall weighted 4×). */
export function f2(returned: readonly string[], relevant: readonly string[]): number {
  const rel = new Set(relevant);
  const correct = returned.filter((id) => rel.has(id)).length;
  if (correct === 0) return 0;
  const p = correct / returned.length;
  const r = correct / rel.size;
  return (5 * p * r) / (4 * p + r);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0;
}
