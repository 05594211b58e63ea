import { AMOUNT_SUFFIX_FACTORS, AREA_UNIT_OF_LENGTH, MONEY_UNIT_FACTORS, UNIT_ALIASES, UNIT_FAMILIES } from "../../../src/core/vocabulary/units";
import { canonicalUnit, isMoneyUnit, moneyUnitFactor, unitFamily } from "../../../src/core/value/units";

describe("units", () => {
  it.each([
    ["人次", "人次", "count-person"],
    ["％", "%", "percent"],
    ["㎡", "平方米", "area"],
    ["个工作日", "工作日", "duration"],
    ["KG", "千克", "other"],
    ["万元", "万元", "money"],
  ] as const)("%s is %s (%s)", (written, canonical, family) => {
    expect(canonicalUnit(written)).toBe(canonical);
    expect(unitFamily(canonical)).toBe(family);
  });

  it("no unit is in two families, and every alias names a canonical unit", () => {
    const all = Object.values(UNIT_FAMILIES).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const canonical of UNIT_ALIASES.values()) expect(all).toContain(canonical);
  });

  it.each([
    ["元", 1],
    ["万元", 1e4],
    ["亿元", 1e8],
  ] as const)("%s is %d 元, and a money unit", (unit, factor) => {
    expect(isMoneyUnit(unit)).toBe(true);
    expect(moneyUnitFactor(unit)).toBe(factor);
    expect(MONEY_UNIT_FACTORS[unit]).toBe(AMOUNT_SUFFIX_FACTORS[unit]);
  });

  it("a length unit's area is itself a unit of area", () => {
    for (const area of Object.values(AREA_UNIT_OF_LENGTH)) expect(unitFamily(area)).toBe("area");
    expect(isMoneyUnit("人")).toBe(false);
  });
});
