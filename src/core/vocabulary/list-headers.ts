/**
 * Header words of lists and summary tables (项目支出表, 支出功能分类 tables, a list of projects with
 * amounts by source), as data; each list canonical first.
 */
import { alternation, wordIndex, type WordList } from "./match";
import { MONEY_UNITS } from "./units";

export type ListTextRole = "projectType" | "agency" | "goal" | "indicators";

/**
 * Text columns of a list. Its agency words are fewer than a block head's: in a code table 单位名称 or
 * 部门名称 beside 单位编码 is the row's name, not an agency column.
 */
export const LIST_TEXT_WORDS: readonly (readonly [ListTextRole, WordList])[] = [
  ["projectType", ["项目类型", "项目类别", "项目分类"]],
  ["agency", ["项目单位", "资金使用单位", "预算单位", "单位名称", "实施单位", "主管部门"]],
  ["goal", ["绩效目标", "年度绩效目标", "项目绩效目标", "年度目标"]],
  ["indicators", ["绩效指标", "绩效指标及指标值", "年度绩效指标", "绩效目标指标", "绩效目标及指标", "指标"]],
];

export const listTextRoleOf = wordIndex(LIST_TEXT_WORDS);

/**
 * Words that give an indicator's target in a list cell's item written without a colon
 * (培训合格率达到95%, 满意度为90%); an operator word (达到) stays in the target, the others go.
 */
export const LIST_ITEM_VALUE_WORDS: WordList = ["达到", "为"];

/** Amount columns named in full (a total, another source); 财政 columns are named by how they begin. */
export const LIST_TOTAL_WORDS: WordList = ["合计", "总计", "小计", "预算数", "金额", "总额", "资金总额", "本年预算数", "年度预算数", "预算金额", "项目总额"];
export const LIST_OTHER_WORDS: WordList = ["其他资金", "其它资金", "单位资金", "其他收入", "自筹资金", "其他"];
export const LIST_FISCAL_OPENINGS: WordList = ["财政拨款", "财政资金", "一般公共预算", "一般公共预算拨款", "政府性基金", "政府性基金预算", "国有资本经营预算"];
/** The amount headers of an income-expense table (收入 | 预算数 | 支出 | 预算数). */
export const INCOME_EXPENSE_AMOUNT_WORDS: WordList = ["预算数", "金额", "本年预算数"];

/** A money unit in brackets closing a header (资金总额（千元）): the column's unit, not its name. */
const MONEY_UNIT_SUFFIXES: readonly string[] = MONEY_UNITS.map((u) => `(${u})`);
const listAmountIndex = wordIndex<"total" | "other">([
  ["total", LIST_TOTAL_WORDS, { suffixes: MONEY_UNIT_SUFFIXES }],
  ["other", LIST_OTHER_WORDS, { suffixes: MONEY_UNIT_SUFFIXES }],
]);

/** total / other for a header leaf named in full, fiscal for one that opens with a fiscal word, else null. */
export function listAmountWordOf(leaf: string): "total" | "other" | "fiscal" | null {
  return listAmountIndex(leaf) ?? (LIST_FISCAL_OPENINGS.some((w) => leaf.startsWith(w)) ? "fiscal" : null);
}

/** A key holding one of these may be a list's or a code table's header row (项目名称, 科目编码, 项目 | 预算数). */
export const TABLE_HEADER_HINTS: WordList = ["编码", "代码", "项目", "科目"];
/** How a code column's header ends: 科目编码, 单位代码, 科目编号. */
export const CODE_HEADER_ENDINGS: WordList = ["编码", "代码", "科目编号"];
/** How a name column's header ends: 科目名称, 单位名称, 功能分类科目. */
export const NAME_HEADER_ENDINGS: WordList = ["名称", "科目"];
/** A 科目编码 split into parts under it: 类 | 款 | 项. */
export const CODE_PART_WORDS: WordList = ["类", "款", "项"];
/** How a list's project-name header opens: 项目名称, 项目名称（资金使用单位）. */
export const PROJECT_NAME_HEADER_OPENING = "项目名称";
/** The label column of an income-expense table (项目 | 预算数 | 项目 | 预算数). */
export const ITEM_COLUMN_WORD = "项目";

export type SpendingColumn = "personnel" | "public" | "basic" | "project";
/** Spending columns of a summary by how their header opens: 人员经费, 公用经费, 基本支出, 项目支出. */
export const SPENDING_COLUMN_OPENINGS: readonly (readonly [SpendingColumn, WordList])[] = [
  ["personnel", ["人员经费"]],
  ["public", ["公用经费"]],
  ["basic", ["基本支出"]],
  ["project", ["项目支出"]],
];
/** A 财政专户 column, wherever the word sits in its header (财政专户拨款, 财政专户管理资金). */
export const SPECIAL_ACCOUNT_WORD = "财政专户";
/** 财政拨款 anywhere in a column's header path (a group over 一般公共预算 | 政府性基金) makes it fiscal. */
export const FISCAL_GROUP_WORD = "财政拨款";
/** How another amount column's header ends: 本年收入, 项目支出, 财政拨款, 公用经费, 办公费. */
export const AMOUNT_HEADER_ENDINGS: WordList = ["收入", "支出", "资金", "预算", "拨款", "经费", "费"];

/** What a code table classifies, by a word anywhere in its header: 经济分类 or 功能分类 (科目). */
export const CLASSIFICATION_WORDS: readonly (readonly ["economic-class" | "function-class", WordList])[] = [
  ["economic-class", ["经济分类"]],
  ["function-class", ["功能分类"]],
];
/** A code column whose header holds one of these (部门编码, 单位代码) codes agencies. */
export const AGENCY_CODE_WORDS: WordList = ["部门", "单位"];
/** How an agency's name ends, in a list's subtotal rows: 某某局, 某某办公室, 某某中心, 本级. */
export const AGENCY_NAME_ENDINGS: WordList = ["局", "办公室", "委员会", "中心", "院", "所", "站", "队", "处", "厅", "馆", "学校", "政府", "办事处", "本级", "委", "办", "会", "部"];

/** The numbering of a published table (预算公开表1), not its title. */
export const TABLE_NUMBER_OPENING = "预算公开表";
/** How a title ends: 部门支出总体情况表. */
export const TITLE_ENDING = "表";
/** Titles of the next table under a list, by how they end: 情况表, 明细表, 支出表, 收入表. */
export const OTHER_TABLE_TITLE_ENDINGS: WordList = ["情况表", "明细表", "支出表", "收入表"];

const endsWith = (words: readonly string[]): RegExp => new RegExp(`(?:${alternation(words)})$`, "u");
const CODE_HEADER = endsWith(CODE_HEADER_ENDINGS);
const NAME_HEADER = endsWith(NAME_HEADER_ENDINGS);
const AMOUNT_HEADER = endsWith(AMOUNT_HEADER_ENDINGS);
const AGENCY_NAME = endsWith(AGENCY_NAME_ENDINGS);
const OTHER_TABLE_TITLE = endsWith(OTHER_TABLE_TITLE_ENDINGS);
const CODE_PARTS: ReadonlySet<string> = new Set(CODE_PART_WORDS);

export const mayBeTableHeaderKey = (key: string): boolean => TABLE_HEADER_HINTS.some((w) => key.includes(w));
export const isCodeHeader = (key: string): boolean => CODE_HEADER.test(key);
export const isNameHeader = (key: string): boolean => NAME_HEADER.test(key);
export const isCodePart = (key: string): boolean => CODE_PARTS.has(key);
export const isProjectNameHeader = (key: string): boolean => key.startsWith(PROJECT_NAME_HEADER_OPENING);
export const isAmountHeader = (key: string): boolean => AMOUNT_HEADER.test(key);
export const spendingColumnOf = (key: string): SpendingColumn | null => SPENDING_COLUMN_OPENINGS.find(([, words]) => words.some((w) => key.startsWith(w)))?.[0] ?? null;
export const classificationOf = (text: string): "economic-class" | "function-class" | null => CLASSIFICATION_WORDS.find(([, words]) => words.some((w) => text.includes(w)))?.[0] ?? null;
export const codesAgencies = (header: string): boolean => AGENCY_CODE_WORDS.some((w) => header.includes(w));
export const isAgencyName = (key: string): boolean => AGENCY_NAME.test(key);
/** A summary table's title: ends as a title does, and is not a table's number. */
export const isSummaryTitle = (key: string): boolean => key.endsWith(TITLE_ENDING) && !key.startsWith(TABLE_NUMBER_OPENING);
/** A row opening with a table's number or another table's title ends the list above it. */
export const opensOtherTable = (key: string): boolean => key.startsWith(TABLE_NUMBER_OPENING) || OTHER_TABLE_TITLE.test(key);
