/**
 * Header words of lists and summary tables (项目支出表, 支出功能分类 tables, a list of projects with
 * amounts by source), as data; each list canonical first.
 */
import { wordIndex, type WordList } from "./match";

export type ListTextRole = "projectType" | "agency" | "goal" | "indicators";

/**
 * Text columns of a list. Its agency words are fewer than a block head's: in a code table 单位名称 or
 * 部门名称 beside 单位编码 is the row's name, not an agency column.
 */
export const LIST_TEXT_WORDS: readonly (readonly [ListTextRole, WordList])[] = [
  ["projectType", ["项目类型", "项目类别", "项目分类"]],
  ["agency", ["项目单位", "资金使用单位", "预算单位", "单位名称", "实施单位", "主管部门"]],
  ["goal", ["绩效目标", "年度绩效目标", "项目绩效目标", "年度目标"]],
  ["indicators", ["绩效指标", "绩效指标及指标值", "年度绩效指标", "绩效目标指标"]],
];

export const listTextRoleOf = wordIndex(LIST_TEXT_WORDS);

/** Amount columns named in full (a total, another source); 财政 columns are named by how they begin. */
export const LIST_TOTAL_WORDS: WordList = ["合计", "总计", "小计", "预算数", "金额", "总额", "本年预算数", "年度预算数", "预算金额", "项目总额"];
export const LIST_OTHER_WORDS: WordList = ["其他资金", "其它资金", "单位资金", "其他收入", "自筹资金", "其他"];
export const LIST_FISCAL_OPENINGS: WordList = ["财政拨款", "财政资金", "一般公共预算", "一般公共预算拨款", "政府性基金", "政府性基金预算", "国有资本经营预算"];
/** The amount headers of an income-expense table (收入 | 预算数 | 支出 | 预算数). */
export const INCOME_EXPENSE_AMOUNT_WORDS: WordList = ["预算数", "金额", "本年预算数"];

const listAmountIndex = wordIndex<"total" | "other">([
  ["total", LIST_TOTAL_WORDS, { suffixes: ["(万元)", "(元)"] }],
  ["other", LIST_OTHER_WORDS],
]);

/** total / other for a header leaf named in full, fiscal for one that opens with a fiscal word, else null. */
export function listAmountWordOf(leaf: string): "total" | "other" | "fiscal" | null {
  return listAmountIndex(leaf) ?? (LIST_FISCAL_OPENINGS.some((w) => leaf.startsWith(w)) ? "fiscal" : null);
}
