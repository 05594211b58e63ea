/** Units of indicator values: the canonical units by family, and the other spellings seen in published tables. */

/** What a unit measures, for judging whether it fits an indicator. */
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

/** The canonical units of each family a rule judges a unit by. */
export const UNIT_FAMILIES: Readonly<Record<UnitFamily, readonly string[]>> = {
  percent: ["%", "百分点", "‰"],
  money: ["元", "千元", "万元", "百万元", "亿元"],
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

/** Spellings that mean a canonical unit; keys are compared after spaces are removed. */
export const UNIT_ALIASES: ReadonlyMap<string, string> = new Map([
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

/** Latin units that no rule judges but a reader knows (bandwidth, storage, power …): kept as written, never "unreadable". Lower case. */
export const LATIN_UNITS: readonly string[] = ["gb", "tb", "mb", "kb", "pb", "g", "t", "m", "k", "w", "kw", "kwh", "mw", "bps", "kbps", "mbps", "gbps", "hz", "mhz", "ghz", "l", "ml", "mm", "cm", "dm", "db", "ppm", "pcs", "kv", "v", "a", "mah", "tps", "qps"];

/** How many 元 each money unit is: the units a table states for its amounts (单位：千元) and a value may carry. */
export const MONEY_UNIT_FACTORS = { 元: 1, 千元: 1e3, 万元: 1e4, 百万元: 1e6, 亿元: 1e8 } as const;

/** A money unit of the vocabulary: a table's unit, an amount's, a money value's. */
export type MoneyUnit = keyof typeof MONEY_UNIT_FACTORS;

/** The unit a table's amounts are read in when nothing on the sheet states one: the unit budget tables are kept in. */
export const DEFAULT_MONEY_UNIT: MoneyUnit = "万元";

/**
 * An amount read in the default unit from which on it may as well be in 元: 1,000 万元 is a large
 * project, 1,000 元 a small one, so a table that states no unit is asked about from here up.
 */
export const DOUBTFUL_DEFAULT_AMOUNT = 1000;

/** The money units, smallest first (元, 千元, 万元, 百万元, 亿元); a pattern built from them puts the longest first itself (`alternation`). */
export const MONEY_UNITS = Object.keys(MONEY_UNIT_FACTORS) as [MoneyUnit, ...MoneyUnit[]];

/** How many 元 a suffix written after an amount stands for (150万 in a 万元 table, 1.5亿元): every money unit, and 万/亿 short for 万元/亿元. */
export const AMOUNT_SUFFIX_FACTORS: Readonly<Record<string, number>> = { ...MONEY_UNIT_FACTORS, 万: 1e4, 亿: 1e8 };

/** The area unit that a length unit was written for ("≥240米" for an area means 平方米). */
export const AREA_UNIT_OF_LENGTH: Readonly<Record<string, string>> = { 米: "平方米", 公里: "平方公里" };
