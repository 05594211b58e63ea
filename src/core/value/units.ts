/**
 * Units of indicator values (domain.md "Values"): the canonical spelling of each unit, the
 * aliases seen in published tables, and the family a rule uses to judge whether a unit fits.
 */

/** Money units an indicator value or an amount can carry. */
export type CurrencyUnit = "元" | "万元" | "亿元";

export type UnitFamily =
  | "percent"
  | "money"
  | "count-person"
  | "count-item"
  | "count-times"
  | "duration"
  | "area"
  | "length"
  | "other";

const FAMILY_MEMBERS: Readonly<Record<UnitFamily, readonly string[]>> = {
  percent: ["%", "百分点", "‰"],
  money: ["元", "万元", "亿元"],
  "count-person": ["人", "人次", "名", "位", "户", "户次"],
  "count-item": [
    "个", "件", "套", "台", "台套", "辆", "艘", "架", "项", "份", "本", "册", "条", "篇", "家", "所", "座",
    "处", "间", "张", "部", "块", "株", "棵", "只", "头", "类", "种", "门", "页", "支", "盏", "把", "幅",
  ],
  "count-times": ["次", "件次", "宗", "场", "场次", "期", "批", "批次", "轮", "届", "例", "起", "台次", "家次", "单"],
  duration: ["天", "日", "工作日", "小时", "分钟", "秒", "周", "月", "季度", "年", "学时", "课时"],
  area: ["平方米", "平方公里", "亩", "公顷"],
  length: ["米", "公里"],
  other: ["分", "吨", "千克", "立方米", "千瓦"],
};

const FAMILY_OF = new Map<string, UnitFamily>(
  (Object.keys(FAMILY_MEMBERS) as UnitFamily[]).flatMap((family) =>
    FAMILY_MEMBERS[family].map((unit): [string, UnitFamily] => [unit, family]),
  ),
);

/** Spellings that mean a canonical unit; keys are compared after spaces are removed. */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ["％", "%"],
  ["﹪", "%"],
  ["个百分点", "百分点"],
  ["㎡", "平方米"],
  ["m2", "平方米"],
  ["m²", "平方米"],
  ["m^2", "平方米"],
  ["平米", "平方米"],
  ["平方", "平方米"],
  ["km²", "平方公里"],
  ["km2", "平方公里"],
  ["千米", "公里"],
  ["km", "公里"],
  ["m", "米"],
  ["h", "小时"],
  ["个小时", "小时"],
  ["min", "分钟"],
  ["个月", "月"],
  ["个工作日", "工作日"],
  ["星期", "周"],
  ["个星期", "周"],
  ["个季度", "季度"],
  ["公斤", "千克"],
  ["kg", "千克"],
  ["人民币元", "元"],
]);

/** The canonical spelling of a unit, or null when the unit is not in the vocabulary. */
export function canonicalUnit(unit: string): string | null {
  if (FAMILY_OF.has(unit)) return unit;
  return ALIASES.get(unit) ?? ALIASES.get(unit.toLowerCase()) ?? null;
}

/** True for oddities such as "天数", "人数", "次数": a known unit followed by 数, kept as written. */
export function isCountedUnit(unit: string): boolean {
  return unit.length > 1 && unit.endsWith("数") && canonicalUnit(unit.slice(0, -1)) !== null;
}

export function isMoneyUnit(unit: string | null): unit is CurrencyUnit {
  return unit === "元" || unit === "万元" || unit === "亿元";
}

/** How many 元 one unit is worth. */
export function moneyUnitFactor(unit: CurrencyUnit): number {
  switch (unit) {
    case "元":
      return 1;
    case "万元":
      return 1e4;
    case "亿元":
      return 1e8;
  }
}

/** The family of a unit (canonical or as written); "天数" counts as duration because it names days. */
export function unitFamily(unit: string | null): UnitFamily {
  if (unit === null) return "other";
  const canonical = canonicalUnit(unit) ?? (isCountedUnit(unit) ? canonicalUnit(unit.slice(0, -1)) : null);
  return canonical === null ? "other" : (FAMILY_OF.get(canonical) ?? "other");
}
