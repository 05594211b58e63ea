/** The category lists and codes, one table each: what the parser, the rules and fill all read. */
import { allowedLevel2, isKnownLevel2, level1Of, level2Key, parentOfLevel2 } from "../../../src/core/model/framework";
import { CODE_OF_LEVEL1, CODE_OF_LEVEL2, LEVEL1_BY_CODE, LEVEL1_CODES, LEVEL2_2021, LEVEL2_BY_CODE, LEVEL2_CODES, LEVEL2_LEGACY, LEVEL2_SYNONYMS } from "../../../src/core/vocabulary/categories";

describe("二级 lists", () => {
  it.each(Object.entries(LEVEL2_2021).flatMap(([l1, list]) => list.map((l2) => [l2, l1] as const)))("2021: %s belongs to %s", (l2, l1) => {
    expect([isKnownLevel2(`${l2}指标`), parentOfLevel2("2021", `${l2}指标`), allowedLevel2("2021", l1 as never)]).toEqual([true, l1, LEVEL2_2021[l1 as keyof typeof LEVEL2_2021]]);
  });
  it.each(Object.entries(LEVEL2_LEGACY).flatMap(([l1, list]) => list.map((l2) => [l2, l1] as const)))("legacy: %s belongs to %s", (l2, l1) => {
    expect(parentOfLevel2("legacy", l2)).toBe(l1);
  });
  it.each(LEVEL2_SYNONYMS.flatMap(([canonical, ...synonyms]) => synonyms.map((s) => [s, canonical] as const)))("%s is %s", (synonym, canonical) => {
    expect(level2Key(`${synonym}指标`)).toBe(canonical);
  });
});

describe("codes of encoded lists", () => {
  it.each(LEVEL1_CODES)("%s is %s, both ways", (code, l1) => {
    expect([LEVEL1_BY_CODE.get(code), CODE_OF_LEVEL1.get(l1), level1Of(`${l1}指标`)]).toEqual([l1, code, l1]);
  });
  it.each(LEVEL2_CODES)("%s is %s (exported as %s), under the 一级 of its first digit", (code, l2, exported) => {
    expect([LEVEL2_BY_CODE.get(code), CODE_OF_LEVEL2.get(l2), level2Key(exported)]).toEqual([l2, [code, exported], l2]);
    const parents = [parentOfLevel2("2021", l2), parentOfLevel2("legacy", l2)].filter((p) => p !== null);
    expect(parents).toContain(LEVEL1_BY_CODE.get(code[0]!));
  });
});
