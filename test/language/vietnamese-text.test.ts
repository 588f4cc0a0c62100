import { describe, expect, it } from "vitest";
import { abbreviates, isSyllable } from "../../src/language/vietnamese-text.ts";

describe("isSyllable", () => {
  it("tells a Vietnamese syllable from an abbreviation", () => {
    for (const w of ["nguyen", "nghieng", "quyet", "thuong", "a", "oanh"]) expect(isSyllable(w)).toBe(true);
    for (const w of ["tnxp", "ldtbxh", "ubnd", "bhyt", "ncc"]) expect(isSyllable(w)).toBe(false);
  });
});

describe("abbreviates", () => {
  it("reads an abbreviation as the initials of consecutive words, never across a token of punctuation", () => {
    expect(abbreviates("tnxp", ["cac", "thanh", "nien", "xung", "phong"])).toBe(true);
    expect(abbreviates("tnxp", ["thanh", "nien", ",", "xung", "phong"])).toBe(false);
    expect(abbreviates("tnxp", ["thanh", "nien", "xung"])).toBe(false);
    // One letter is no abbreviation.
    expect(abbreviates("t", ["thanh"])).toBe(false);
  });
});
