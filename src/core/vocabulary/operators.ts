/**
 * How targets write their direction (domain.md "Values"): operator symbols, operator words, words
 * after the unit, and the words of a 指标性质 / 指标方向 column. Ordered tables: longer spellings first.
 */
import type { Operator } from "../value/indicator-value";

export const CANONICAL_SYMBOL: Readonly<Record<Operator, string>> = { ">=": "≥", "<=": "≤", "=": "=", ">": ">", "<": "<" };

/** Operators as symbols (after full-width forms became ASCII); two-character spellings first so ">=" wins over ">". */
export const OPERATOR_SYMBOLS: ReadonlyArray<readonly [string, Operator]> = [
  [">=", ">="],
  ["=>", ">="],
  ["<=", "<="],
  ["=<", "<="],
  ["≥", ">="],
  ["≧", ">="],
  ["⩾", ">="],
  ["≮", ">="],
  ["≤", "<="],
  ["≦", "<="],
  ["⩽", "<="],
  ["≯", "<="],
  [">", ">"],
  ["<", "<"],
  ["=", "="],
];

/** Operators as words; a longer word that ends with a shorter one is listed first (不超过 before 超过). */
export const OPERATOR_WORDS: ReadonlyArray<readonly [string, Operator]> = [
  ["大于或等于", ">="],
  ["大于等于", ">="],
  ["不低于", ">="],
  ["不少于", ">="],
  ["不小于", ">="],
  ["至少", ">="],
  ["达到", ">="],
  ["达", ">="],
  ["小于或等于", "<="],
  ["小于等于", "<="],
  ["不高于", "<="],
  ["不超过", "<="],
  ["不多于", "<="],
  ["不大于", "<="],
  ["控制在", "<="],
  ["等于", "="],
  ["大于", ">"],
  ["高于", ">"],
  ["超过", ">"],
  ["多于", ">"],
  ["小于", "<"],
  ["低于", "<"],
  ["少于", "<"],
];

/** Words after the unit that carry the direction ("90%以上", "24小时内"); 左右 (about) carries none. */
export const SUFFIX_WORDS: ReadonlyArray<readonly [string, Operator | null]> = [
  ["及以上", ">="],
  ["以上", ">="],
  ["及以下", "<="],
  ["以下", "<="],
  ["以内", "<="],
  ["之内", "<="],
  ["内", "<="],
  ["左右", null],
  ["完成", null],
];

/** What a 指标性质 / 指标方向性 cell says beyond the operator words: 正向 is a lower bound, 反向 an upper one, 定性 none. */
export const DIRECTION_WORDS: ReadonlyArray<readonly [string, Operator | null]> = [
  ["正向指标", ">="],
  ["正向", ">="],
  ["反向指标", "<="],
  ["反向", "<="],
  ["定性", null],
  ["定量", null],
  ["中性指标", null],
  ["中性", null],
];
