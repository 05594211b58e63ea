/** Header words of a 项目支出绩效自评表 (funds part and indicator part), canonical first. */
import { wordIndex, type WordList } from "./match";

export type SelfEvaluationFundsColumn = "initial" | "annual" | "executed" | "points" | "rate" | "score";
export type SelfEvaluationIndicatorColumn = "target" | "actual" | "points" | "score" | "deviation";

export const SELF_EVALUATION_FUNDS_WORDS: readonly (readonly [SelfEvaluationFundsColumn, WordList])[] = [
  ["initial", ["年初预算数", "年初预算", "年初预算金额"]],
  ["annual", ["全年预算数", "全年预算", "调整后预算数", "全年预算金额"]],
  ["executed", ["全年执行数", "全年执行", "执行数", "实际支出数", "全年实际支出"]],
  ["points", ["分值", "权重"]],
  ["rate", ["执行率", "预算执行率"]],
  ["score", ["得分"]],
];

export const SELF_EVALUATION_INDICATOR_WORDS: readonly (readonly [SelfEvaluationIndicatorColumn, WordList])[] = [
  ["target", ["年度指标值", "指标值", "年度目标值", "目标值", "预期指标值"]],
  ["actual", ["实际完成值", "全年实际完成值", "实际值", "完成值", "实际完成情况"]],
  ["points", ["分值", "权重", "指标分值"]],
  ["score", ["得分"]],
  ["deviation", ["偏差原因", "偏差原因分析及改进措施", "偏差原因分析", "偏差原因及改进措施", "未完成原因"]],
];

export const selfEvaluationFundsWordOf = wordIndex(SELF_EVALUATION_FUNDS_WORDS);
export const selfEvaluationIndicatorWordOf = wordIndex(SELF_EVALUATION_INDICATOR_WORDS);

const ONLY_SELF_EVALUATION_FUNDS: ReadonlySet<SelfEvaluationFundsColumn> = new Set(["initial", "annual", "executed", "rate"]);
const DEVIATION_WORDS = SELF_EVALUATION_INDICATOR_WORDS.find(([column]) => column === "deviation")![1];

/** A header word only a self-evaluation has (分值, 得分 and 指标值 are a target table's too); 偏差原因… may run on. */
export function isSelfEvaluationHeader(key: string): boolean {
  const funds = selfEvaluationFundsWordOf(key);
  if (funds !== null && ONLY_SELF_EVALUATION_FUNDS.has(funds)) return true;
  return selfEvaluationIndicatorWordOf(key) === "actual" || DEVIATION_WORDS.some((w) => key.startsWith(w));
}
