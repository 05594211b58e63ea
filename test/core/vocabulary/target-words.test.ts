import { BINARY_ANSWERS, DEADLINE_WORDS, NIL_WORDS, PASS_WORDS, TARGET_PLACEHOLDER_WORDS } from "../../../src/core/vocabulary/target-words";
import { unreadableKind } from "../../../src/core/value/unreadable";

describe("target words", () => {
  it.each([
    ["待定", "placeholder"],
    ["TBD", "placeholder"],
    ["N/A", "placeholder"],
    ["XXX", "placeholder"],
    ["≥待定%", "placeholder"],
    ["无", null],
    ["基本保障", null],
  ] as const)("%s reads as %s", (text, kind) => {
    expect(unreadableKind(text)).toBe(kind);
  });

  it.each([
    ["placeholders", TARGET_PLACEHOLDER_WORDS, "同上"],
    ["deadlines", DEADLINE_WORDS, "上半年"],
    ["passes", PASS_WORDS, "达标"],
    ["yes/no answers", BINARY_ANSWERS, "是"],
    ["nil", NIL_WORDS, "没有"],
  ] as const)("%s include %s and repeat nothing", (_name, list, word) => {
    expect(list).toContain(word);
    expect(new Set(list).size).toBe(list.length);
  });
});
