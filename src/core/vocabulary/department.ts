/** Words of a 部门（单位）整体支出绩效目标表: its title, the 年度主要任务 header and the task amounts, canonical first. */
import { alternation, wordIndex, type WordList } from "./match";

/** What a title says before 整体(支出)绩效目标: the department, the unit, or both. */
export const DEPARTMENT_TITLE_WORDS: WordList = ["部门", "单位", "部门(单位)"];
export const TASK_NAME_WORDS: WordList = ["任务名称", "主要任务", "任务"];

export type TaskAmount = "total" | "fiscal" | "other";
export const TASK_AMOUNT_WORDS: readonly (readonly [TaskAmount, WordList])[] = [
  ["total", ["总额", "合计", "金额", "预算金额", "小计"]],
  ["fiscal", ["财政拨款", "财政资金", "财政拨款资金", "一般公共预算"]],
  ["other", ["其他资金", "其它资金", "其他"]],
];

export const taskAmountWordOf = wordIndex(TASK_AMOUNT_WORDS);
const TASK_NAMES = new Set<string>(TASK_NAME_WORDS);
export const isTaskNameHeader = (key: string): boolean => TASK_NAMES.has(key);
const TITLE = new RegExp(`(?:${alternation(DEPARTMENT_TITLE_WORDS)})整体(?:支出)?绩效目标`, "u");
export const isDepartmentTitle = (key: string): boolean => TITLE.test(key);
