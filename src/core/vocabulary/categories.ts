/**
 * The indicator categories of both frameworks (2021, 财预〔2021〕101号, and the legacy one), as data: each
 * list is [canonical, ...synonyms]; names are category keys (no trailing 指标, no score suffix).
 */
import { alternation, type WordList } from "./match";

export type Level1 = "产出" | "效益" | "满意度" | "成本";

export const LEVEL1_NAMES: readonly Level1[] = ["产出", "效益", "满意度", "成本"];

/** The 一级 a table must have, in the order a framework lists them (成本 first in 2021, absent from legacy). */
export const REQUIRED_LEVEL1: Readonly<Record<"2021" | "legacy", readonly Level1[]>> = {
  "2021": ["成本", "产出", "效益", "满意度"],
  legacy: ["产出", "效益", "满意度"],
};

/**
 * What a category name may end with beyond its key: 产出指标, 数量类指标, 效益类, and 产出目标 / 数量目标
 * (templates that call the categories targets). Longest first.
 */
export const CATEGORY_SUFFIXES: WordList = ["类指标", "类目标", "指标", "目标", "类"];
/** How a written category ends (产出指标): a cell so ending under an indicator header is a category, not a sub-header. */
export const CATEGORY_ENDING = "指标";
/** The unit of a score: 5分, (50分) after a category. */
export const POINTS_UNIT = "分";

/** 二级 names accepted under each 一级 in the 2021 framework (财预〔2021〕101号). */
export const LEVEL2_2021: Readonly<Record<Level1, readonly string[]>> = {
  成本: ["经济成本", "社会成本", "生态环境成本"],
  产出: ["数量", "质量", "时效"],
  效益: ["经济效益", "社会效益", "生态效益", "可持续影响"],
  满意度: ["服务对象满意度"],
};

/** The legacy framework: 成本 under 产出, 满意度 also filed under 效益 in some provinces. */
export const LEVEL2_LEGACY: Readonly<Record<Level1, readonly string[]>> = {
  成本: [],
  产出: ["数量", "质量", "时效", "成本"],
  效益: ["经济效益", "社会效益", "生态效益", "可持续影响", "社会公众或服务对象满意度"],
  满意度: ["服务对象满意度"],
};

/** Other spellings of a 二级: [canonical, ...synonyms]. */
export const LEVEL2_SYNONYMS: readonly (readonly [string, ...string[]])[] = [
  ["生态效益", "生态环境效益"],
  ["可持续影响", "可持续影响效益"],
  ["服务对象满意度", "服务对象满意"],
  ["社会公众或服务对象满意度", "社会公众满意度"],
];

/**
 * The codes budget systems write in encoded indicator lists ("1-产出指标；12-质量指标"): the 一级's
 * digit, then its 二级 numbered from 1 (11 数量 … 14 成本, 21–24, 31, 41–43). The spelling exported
 * beside a 二级 code ends in 指标 under 产出 and 成本 (12-质量指标), not under 效益 or 满意度 (22-社会效益).
 */
const ENCODED_CATEGORIES: readonly { readonly code: string; readonly level1: Level1; readonly level2: readonly string[]; readonly exportedSuffix: string }[] = [
  { code: "1", level1: "产出", level2: ["数量", "质量", "时效", "成本"], exportedSuffix: "指标" },
  { code: "2", level1: "效益", level2: ["经济效益", "社会效益", "生态效益", "可持续影响"], exportedSuffix: "" },
  { code: "3", level1: "满意度", level2: ["服务对象满意度"], exportedSuffix: "" },
  { code: "4", level1: "成本", level2: ["经济成本", "社会成本", "生态环境成本"], exportedSuffix: "指标" },
];

export const LEVEL1_CODES: readonly (readonly [code: string, level1: Level1])[] = ENCODED_CATEGORIES.map((c) => [c.code, c.level1] as const);

export const LEVEL2_CODES: readonly (readonly [code: string, level2: string, exported: string])[] = ENCODED_CATEGORIES.flatMap((c) =>
  c.level2.map((l2, i) => [`${c.code}${i + 1}`, l2, `${l2}${c.exportedSuffix}`] as const),
);

export const LEVEL1_BY_CODE: ReadonlyMap<string, Level1> = new Map(LEVEL1_CODES.map(([code, l1]) => [code, l1]));
export const CODE_OF_LEVEL1: ReadonlyMap<Level1, string> = new Map(LEVEL1_CODES.map(([code, l1]) => [l1, code]));
export const LEVEL2_BY_CODE: ReadonlyMap<string, string> = new Map(LEVEL2_CODES.map(([code, l2]) => [code, l2]));
export const CODE_OF_LEVEL2: ReadonlyMap<string, readonly [code: string, exported: string]> = new Map(LEVEL2_CODES.map(([code, l2, exported]) => [l2, [code, exported] as const]));

const CATEGORY_SUFFIX = new RegExp(`(?:${alternation(CATEGORY_SUFFIXES)})$`, "u");
const SCORE_SUFFIX = new RegExp(`[(（][^)）]*${POINTS_UNIT}[)）]$`, "u");

/** Chinese numerals of an outline number: 一、 (一). */
export const OUTLINE_NUMERALS = "一二三四五六七八九十";

/**
 * Outline numbering before a category name: 1. / 1.1 / 12- (encoded lists) / 一、 / (一) / 1) —
 * templates number their 一级 and 二级 rows; the number is never part of the name.
 */
const OUTLINE_NUMBER = new RegExp(`^(?:\\d+(?:\\.\\d+)*[-.、]?|[${OUTLINE_NUMERALS}]+[、.]|\\((?:\\d+|[${OUTLINE_NUMERALS}]+)\\)|\\d+\\))(?=[\\u4e00-\\u9fa5])`, "u");

/**
 * The outline numbering as written before a category (一、产出指标, （一）数量指标, 1.1数量指标, 2、效益指标,
 * 三．满意度指标): full-width forms and spaces allowed; a plain number (not 1.1) needs its separator.
 */
const WRITTEN_OUTLINE_NUMBER = new RegExp(
  `^\\s*(?:[0-9０-９]+(?:[.．][0-9０-９]+)+\\s*[-－.．、]?|[0-9０-９]+\\s*[-－.．、]|[${OUTLINE_NUMERALS}]+\\s*[、.．]|[(（]\\s*(?:[0-9０-９]+|[${OUTLINE_NUMERALS}]+)\\s*[)）]|[0-9０-９]+[)）])\\s*(?=[\\u4e00-\\u9fa5])`,
  "u",
);

/** A category's name as the model keeps it, without its outline number: "一、产出指标" → 产出指标. */
export function categoryNameWithoutNumbering(text: string): string {
  const m = WRITTEN_OUTLINE_NUMBER.exec(text);
  return m ? text.slice(m[0].length).trim() : text;
}

/** A bracketed gloss inside a category's name, before its 指标 or at its end: 产出（工作量）指标. */
const INNER_GLOSS = /[(（][^()（）]*[)）](?=[\u4e00-\u9fa5]{0,2}$)/u;

/** A category name without its score suffix, outline number, gloss and trailing 指标: "1-产出指标（50分）" → 产出. */
export function categoryKeyOf(key: string): string {
  return key.replace(SCORE_SUFFIX, "").replace(OUTLINE_NUMBER, "").replace(INNER_GLOSS, "").replace(CATEGORY_SUFFIX, "");
}

const ENCODED_LEVEL1 = new RegExp(`\\d{1,2}\\s*[-－—]\\s*(?:${alternation(LEVEL1_NAMES)})`, "u");

/** A cell that encodes indicators as a numbered list with category codes: "1、1-产出指标；12-质量指标；…". */
export function looksEncodedList(text: string): boolean {
  return ENCODED_LEVEL1.test(text);
}

/** A cheap look before reading a cell as indicators written as text: it names a category (产出…, 数量指标) or a level (一级指标). */
export function mayHoldIndicatorText(key: string): boolean {
  return key.includes(CATEGORY_ENDING) || LEVEL1_NAMES.some((w) => key.includes(w));
}
