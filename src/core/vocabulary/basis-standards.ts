/**
 * The five kinds of 指标值确定依据 (basis of a target) the guidelines name, each with the words of a
 * free-written basis that point at it ("行业或国家标准" → 行业标准).
 */
import type { WordList } from "./match";

export const BASIS_STANDARDS: readonly WordList[] = [
  ["计划标准", "计划", "规划"],
  ["行业标准", "行业", "国家标准", "国标"],
  ["历史标准", "历史", "上年", "往年"],
  ["预算支出标准", "预算", "支出标准", "定额"],
  ["其他标准", "其他", "其它"],
];
