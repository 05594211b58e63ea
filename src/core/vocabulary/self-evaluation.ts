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

/** What a self-evaluation's title holds (项目支出绩效自评表, 绩效自评, 自评价), and how such a title ends. */
export const SELF_EVALUATION_TITLE_WORD = "自评";
export const SELF_EVALUATION_TITLE_ENDINGS: WordList = ["表", "自评"];

export function isSelfEvaluationTitle(key: string): boolean {
  return key.includes(SELF_EVALUATION_TITLE_WORD) && SELF_EVALUATION_TITLE_ENDINGS.some((w) => key.endsWith(w));
}

/** Words that open a funds line's label without changing it: 当年财政拨款, 本年预算数. */
export const FUNDS_YEAR_OPENINGS: WordList = ["当年", "本年"];
/** A funds line is the total, or fiscal money, when its label holds one of these words (年度资金总额, 财政拨款). */
export const FUNDS_ROLE_WORDS: readonly (readonly ["total" | "fiscal", WordList])[] = [
  ["total", ["总额", "合计", "总计"]],
  ["fiscal", ["财政"]],
];
/** The line closing a self-evaluation's indicators: 总分, 总分（100分）. */
export const TOTAL_SCORE_OPENING = "总分";

export function withoutYearOpening(key: string): string {
  const word = FUNDS_YEAR_OPENINGS.find((w) => key.startsWith(w));
  return word ? key.slice(word.length) : key;
}

export function fundsRoleByWords(key: string): "total" | "fiscal" | null {
  return FUNDS_ROLE_WORDS.find(([, words]) => words.some((w) => key.includes(w)))?.[0] ?? null;
}
