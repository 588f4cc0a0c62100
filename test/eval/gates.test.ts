import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkGates, formatThresholds, loadThresholds, ratchetGates } from "../../eval/gates.ts";
import { ROOT } from "../helpers.ts";

const FILE = path.join(ROOT, "eval/thresholds.json");

describe("evaluation gates", () => {
  it("min and max fail, a target not met is only below target, an unmeasured hard gate fails", () => {
    const results = checkGates(
      {
        recallAt1: 0.8,
        factAccuracy: 0.85,
        falseRefusalRate: 0.08,
        citationHitRate: 0.95,
        obligationF1: null,
      },
      {
        recallAt1: { min: 0.82 },
        factAccuracy: { min: 0.83, target: 0.9 },
        falseRefusalRate: { max: 0.1, target: 0.05 },
        citationHitRate: { min: 0.9, target: 0.9 },
        obligationF1: { min: 0.5 },
        nearMissRefusalRate: { target: 0.85 },
      },
    );
    expect(results.map((r) => [r.metric, r.status, r.message])).toEqual([
      ["recallAt1", "fail", "recallAt1 0.8 < min 0.82"],
      ["factAccuracy", "below-target", "factAccuracy 0.85 below target ≥ 0.9"],
      ["falseRefusalRate", "below-target", "falseRefusalRate 0.08 below target ≤ 0.05"],
      ["citationHitRate", "ok", ""],
      ["obligationF1", "fail", "obligationF1 not measured"],
      ["nearMissRefusalRate", "below-target", "nearMissRefusalRate not measured"],
    ]);
    expect(checkGates({ falseRefusalRate: 0.12 }, { falseRefusalRate: { max: 0.1 } })[0].status).toBe("fail");
    // A lower-is-better metric with a bare target reads it as an upper bound.
    expect(checkGates({ latencyP95Ms: 40 }, { latencyP95Ms: { target: 50 } })[0].status).toBe("ok");
  });

  it("ratchetGates sets hard gates at the measured figure less the margin and never loosens one", () => {
    const gates = ratchetGates(
      { factAccuracy: { target: 0.9 }, recallAt1: { min: 0.7 }, falseRefusalRate: { target: 0.05 } },
      { factAccuracy: 0.834, recallAt1: 0.6, falseRefusalRate: 0.031, mrr: 0.5, obligationF1: null },
    );
    expect(gates).toEqual({
      factAccuracy: { min: 0.81, target: 0.9 },
      recallAt1: { min: 0.7 },
      falseRefusalRate: { max: 0.06, target: 0.05 },
      mrr: { min: 0.48 },
    });
    // Over few items the margin is one item: 14 of 15 deadlines right leaves room for one more wrong.
    expect(
      ratchetGates({}, { deadlineAccuracy: 0.933, recallAt1: 0.6 }, { deadlineAccuracy: 15, recallAt1: 200 }),
    ).toEqual({
      deadlineAccuracy: { min: 0.86 },
      recallAt1: { min: 0.58 },
    });
    // A min of 0 or a max of 1 would gate nothing.
    expect(ratchetGates({}, { factAccuracy: 0.01, falseRefusalRate: 0.99 })).toEqual({});
  });

  it("eval/thresholds.json gates every set, carries the issue's held-out targets and keeps its layout", () => {
    const thresholds = loadThresholds(FILE);
    expect(formatThresholds(thresholds)).toBe(readFileSync(FILE, "utf8"));
    for (const metric of [
      "recallAt1",
      "recallAt5",
      "mrr",
      "citationHitRate",
      "factAccuracy",
      "refusalPrecision",
      "refusalRecall",
      "falseRefusalRate",
      "citationPrecision",
      "citationRecall",
      "obligationPrecision",
      "obligationRecall",
      "obligationF1",
      "deadlineAccuracy",
    ] as const) {
      const gate = thresholds.seeds[metric];
      expect(gate?.min ?? gate?.max, `seeds ${metric}`).toBeTypeOf("number");
    }
    expect(thresholds.devHeldout).toMatchObject({
      factAccuracy: { target: 0.9 },
      citationHitRate: { target: 0.9 },
      nearMissRefusalRate: { target: 0.85 },
      falseRefusalRate: { target: 0.05 },
      obligationF1: { target: 0.85 },
    });
  });
});
