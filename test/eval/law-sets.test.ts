import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scoreLawSet } from "../../eval/law-obligations.ts";
import { ROOT } from "../helpers.ts";

const ALQAC = path.join(ROOT, "..", "shared", "benchmarks", "alqac", "corpus.jsonl");

/**
 * Gates on the unseen obligation sets over the ALQAC laws (eval/laws/README.md): the figures measured when they were
 * last raised, less about one obligation's worth, so a change that loses obligations on laws nobody tuned on fails.
 */
describe.runIf(existsSync(ALQAC))("obligations from laws nobody tuned on (ALQAC)", () => {
  it("reads the responsibility articles: both halves keep their F1", { timeout: 60_000 }, async () => {
    const { scores } = await scoreLawSet("duties");
    expect(scores.inspected.f1).toBeGreaterThanOrEqual(0.9);
    expect(scores["kept-back"].f1).toBeGreaterThanOrEqual(0.845);
    expect(scores.all.unresolved).toEqual([]);
  });

  it("reads the steps of procedures with time limits: both halves keep their recall", {
    timeout: 60_000,
  }, async () => {
    const { scores } = await scoreLawSet("procedures");
    expect(scores.inspected.recall).toBeGreaterThanOrEqual(0.6);
    expect(scores["kept-back"].recall).toBeGreaterThanOrEqual(0.48);
    expect(scores.all.unresolved).toEqual([]);
  });

  it("reads a sample of ordinary articles, annotated exhaustively: both halves keep their F1", {
    timeout: 60_000,
  }, async () => {
    const { scores } = await scoreLawSet("sample");
    expect(scores.inspected.f1).toBeGreaterThanOrEqual(0.83);
    expect(scores["kept-back"].f1).toBeGreaterThanOrEqual(0.535);
    expect(scores.all.unresolved).toEqual([]);
  });

  it("reads a second sample, written after the rules were changed on the first: both halves keep their F1", {
    timeout: 60_000,
  }, async () => {
    const { scores } = await scoreLawSet("sample-b");
    expect(scores.inspected.f1).toBeGreaterThanOrEqual(0.52);
    expect(scores["kept-back"].f1).toBeGreaterThanOrEqual(0.55);
    expect(scores.all.unresolved).toEqual([]);
  });
});
