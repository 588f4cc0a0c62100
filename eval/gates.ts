/**
 * The gates of eval/thresholds.json, per set. `min`/`max` are hard gates: `npm test` and `npm run eval --check`
 * fail below them. `target` is where the metric should get to: a target not met is reported as "below target"
 * and warned about, never failed, so a set can carry the issue's goals before they are reached while its `min`s
 * catch regressions.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { z } from "zod";

export const SET_NAMES = ["seeds", "devTune", "devHeldout"] as const;
export type SetName = (typeof SET_NAMES)[number];

/** The metrics a gate may name: the question metrics, obligation extraction, and the ingest of the set's corpus. */
export const GATE_METRICS = [
  "recallAt1",
  "recallAt3",
  "recallAt5",
  "mrr",
  "citationHitRate",
  "factAccuracy",
  "refusalPrecision",
  "refusalRecall",
  "falseRefusalRate",
  "nearMissRefusalRate",
  "noTopicClarifyRate",
  "citationPrecision",
  "citationRecall",
  "unsupportedRate",
  "latencyP50Ms",
  "latencyP95Ms",
  "obligationPrecision",
  "obligationRecall",
  "obligationF1",
  "deadlineAccuracy",
  "ingestErrors",
  "ingestPassagesPerSecond",
] as const;
export type GateMetric = (typeof GATE_METRICS)[number];

/** Metrics where less is better: their `target` is an upper bound. */
export const LOWER_IS_BETTER: ReadonlySet<GateMetric> = new Set([
  "falseRefusalRate",
  "unsupportedRate",
  "latencyP50Ms",
  "latencyP95Ms",
  "ingestErrors",
]);

const gateSchema = z
  .strictObject({ min: z.number().optional(), max: z.number().optional(), target: z.number().optional() })
  .refine((g) => g.min !== undefined || g.max !== undefined || g.target !== undefined, "empty gate")
  .refine((g) => g.min === undefined || g.max === undefined, "a gate has either min or max");
export type Gate = z.infer<typeof gateSchema>;

const setGatesSchema = z.partialRecord(z.enum(GATE_METRICS), gateSchema);
export type SetGates = z.infer<typeof setGatesSchema>;

export const thresholdsSchema = z.strictObject({
  about: z.string().optional(),
  seeds: setGatesSchema,
  devTune: setGatesSchema,
  devHeldout: setGatesSchema,
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

export function loadThresholds(file: string): Thresholds {
  return thresholdsSchema.parse(JSON.parse(readFileSync(file, "utf8")));
}

export type Figures = Partial<Record<GateMetric, number | null>>;

export interface GateResult {
  metric: GateMetric;
  value: number | null;
  gate: Gate;
  /** fail: a hard gate is not met (or the metric was not measured); below-target: only the target is not. */
  status: "ok" | "fail" | "below-target";
  /** e.g. "factAccuracy 0.78 < min 0.8", "factAccuracy 0.78 below target ≥ 0.9"; "" when ok. */
  message: string;
}

/** A target is an upper bound when the gate has a `max`, or has neither and the metric is lower-is-better. */
const targetIsMax = (metric: GateMetric, gate: Gate) =>
  gate.max !== undefined || (gate.min === undefined && LOWER_IS_BETTER.has(metric));

/**
 * Checks one set's figures against its gates.
 *
 * @example
 * checkGates({ factAccuracy: 0.8 }, { factAccuracy: { min: 0.78, target: 0.9 } })
 * // [{ metric: "factAccuracy", status: "below-target", message: "factAccuracy 0.8 below target ≥ 0.9", … }]
 */
export function checkGates(figures: Figures, gates: SetGates): GateResult[] {
  return (Object.entries(gates) as [GateMetric, Gate][]).map(([metric, gate]) => {
    const value = figures[metric] ?? null;
    const result = (status: GateResult["status"], message = "") => ({ metric, value, gate, status, message });
    const hard = gate.min !== undefined || gate.max !== undefined;
    if (value === null)
      return hard
        ? result("fail", `${metric} not measured`)
        : result("below-target", `${metric} not measured`);
    if (gate.min !== undefined && value < gate.min)
      return result("fail", `${metric} ${value} < min ${gate.min}`);
    if (gate.max !== undefined && value > gate.max)
      return result("fail", `${metric} ${value} > max ${gate.max}`);
    if (gate.target !== undefined) {
      const upper = targetIsMax(metric, gate);
      if (upper ? value > gate.target : value < gate.target)
        return result("below-target", `${metric} ${value} below target ${upper ? "≤" : "≥"} ${gate.target}`);
    }
    return result("ok");
  });
}

/** The metrics whose hard gate {@link ratchetGates} sets from a measurement. */
export const RATCHETED: readonly GateMetric[] = [
  "recallAt1",
  "recallAt5",
  "mrr",
  "citationHitRate",
  "factAccuracy",
  "falseRefusalRate",
  "nearMissRefusalRate",
  "noTopicClarifyRate",
  "citationPrecision",
  "citationRecall",
  "obligationPrecision",
  "obligationRecall",
  "obligationF1",
  "deadlineAccuracy",
];

/**
 * The margin below a measured figure that a ratcheted `min` leaves (above it for a `max`): this, or one item's
 * worth when the metric is over fewer than 50 items, so a single question flipping back is not yet a failure.
 */
export const RATCHET_MARGIN = 0.02;

/** How many items each ratio is over (answerable questions, near-miss questions, gold obligations…). */
export type Denominators = Partial<Record<GateMetric, number>>;

/**
 * Tightens a set's hard gates to what was just measured, less a margin ({@link RATCHET_MARGIN}, or one item of
 * `denominators`): a `min` rises to floor(value − margin), a `max` falls to ceil(value + margin), to two decimals; a gate is never loosened and
 * targets are kept. Unmeasured metrics, and gates that would gate nothing (min 0, max 1), are left alone.
 *
 * @example
 * ratchetGates({ factAccuracy: { target: 0.9 } }, { factAccuracy: 0.834 }) // { factAccuracy: { min: 0.81, target: 0.9 } }
 */
export function ratchetGates(gates: SetGates, figures: Figures, denominators: Denominators = {}): SetGates {
  const out: SetGates = { ...gates };
  for (const metric of RATCHETED) {
    const value = figures[metric];
    if (value === null || value === undefined) continue;
    const n = denominators[metric];
    const margin = Math.max(RATCHET_MARGIN, n ? 1 / n : 0);
    const gate: Gate = { ...(gates[metric] ?? {}) };
    if (LOWER_IS_BETTER.has(metric)) {
      const max = Math.ceil((value + margin) * 100 - 1e-9) / 100;
      if (max >= 1) continue; // a max of 1 gates nothing
      gate.max = gate.max === undefined ? max : Math.min(gate.max, max);
    } else {
      const min = Math.floor((value - margin) * 100 + 1e-9) / 100;
      if (min <= 0) continue; // nor does a min of 0
      gate.min = gate.min === undefined ? min : Math.max(gate.min, min);
    }
    out[metric] = gate;
  }
  return out;
}

/** thresholds.json as people read it: one gate per line, keys in the order of {@link GATE_METRICS}. */
export function formatThresholds(thresholds: Thresholds): string {
  const gate = (g: Gate) =>
    `{ ${(["min", "max", "target"] as const)
      .filter((k) => g[k] !== undefined)
      .map((k) => `"${k}": ${g[k]}`)
      .join(", ")} }`;
  const set = (gates: SetGates) => {
    const lines = GATE_METRICS.filter((m) => gates[m]).map((m) => `    "${m}": ${gate(gates[m] as Gate)}`);
    return lines.length ? `{\n${lines.join(",\n")}\n  }` : "{}";
  };
  const parts = [
    ...(thresholds.about === undefined ? [] : [`  "about": ${JSON.stringify(thresholds.about)}`]),
    ...SET_NAMES.map((name) => `  "${name}": ${set(thresholds[name])}`),
  ];
  return `{\n${parts.join(",\n")}\n}\n`;
}

export function saveThresholds(file: string, thresholds: Thresholds): void {
  writeFileSync(file, formatThresholds(thresholdsSchema.parse(thresholds)));
}
