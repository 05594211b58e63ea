import { canonicalUnit, isMoneyUnit, moneyUnitFactor, unitFamily, type UnitFamily } from "../../../src/core/value/units";

describe("isMoneyUnit", () => {
  it.each<[string | null, boolean]>([
    ["元", true],
    ["万元", true],
    ["亿元", true],
    ["千元", true],
    ["百万元", true],
    ["%", false],
    ["人", false],
    [null, false],
  ])("%j → %j", (unit, expected) => {
    expect(isMoneyUnit(unit)).toBe(expected);
  });
});

describe("moneyUnitFactor", () => {
  it.each([
    ["元", 1],
    ["万元", 1e4],
    ["亿元", 1e8],
  ] as const)("%s → %d", (unit, expected) => {
    expect(moneyUnitFactor(unit)).toBe(expected);
  });
});

describe("unitFamily", () => {
  it.each<[string | null, UnitFamily]>([
    ["%", "percent"],
    ["百分点", "percent"],
    ["元", "money"],
    ["万元", "money"],
    ["亿元", "money"],
    ["人", "count-person"],
    ["人次", "count-person"],
    ["户", "count-person"],
    ["名", "count-person"],
    ["人数", "count-person"],
    ["个", "count-item"],
    ["件", "count-item"],
    ["套", "count-item"],
    ["台", "count-item"],
    ["辆", "count-item"],
    ["项", "count-item"],
    ["份", "count-item"],
    ["本", "count-item"],
    ["册", "count-item"],
    ["条", "count-item"],
    ["篇", "count-item"],
    ["家", "count-item"],
    ["次", "count-times"],
    ["件次", "count-times"],
    ["宗", "count-times"],
    ["场", "count-times"],
    ["期", "count-times"],
    ["次数", "count-times"],
    ["天", "duration"],
    ["日", "duration"],
    ["工作日", "duration"],
    ["小时", "duration"],
    ["年", "duration"],
    ["月", "duration"],
    ["周", "duration"],
    ["天数", "duration"],
    ["个月", "duration"],
    ["平方米", "area"],
    ["㎡", "area"],
    ["亩", "area"],
    ["公顷", "area"],
    ["米", "length"],
    ["公里", "length"],
    ["千米", "length"],
    ["分", "other"],
    ["株", "count-item"],
    ["枚", "other"],
    ["数", "other"],
    [null, "other"],
  ])("%j → %s", (unit, expected) => {
    expect(unitFamily(unit)).toBe(expected);
  });
});

describe("canonicalUnit", () => {
  it.each<[string, string | null]>([
    ["人次", "人次"],
    ["％", "%"],
    ["㎡", "平方米"],
    ["m2", "平方米"],
    ["平米", "平方米"],
    ["千米", "公里"],
    ["KM", "公里"],
    ["个月", "月"],
    ["个小时", "小时"],
    ["个工作日", "工作日"],
    ["个百分点", "百分点"],
    ["天数", null],
    ["枚", null],
    ["千元", "千元"],
    ["千人", null],
  ])("%j → %j", (unit, expected) => {
    expect(canonicalUnit(unit)).toBe(expected);
  });
});
