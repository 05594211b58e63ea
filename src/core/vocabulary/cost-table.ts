/** Header words of a cost-composition table (成本构成 | 数量 | 单价 | 金额 | 测算依据), canonical first. */
import { wordIndex, type WordList } from "./match";

export type CostColumn = "item" | "quantity" | "price" | "amount" | "basis";

export const COST_COLUMN_WORDS: readonly (readonly [CostColumn, WordList])[] = [
  ["item", ["成本构成", "成本测算", "成本明细", "成本项目", "测算明细", "测算内容", "明细项目", "支出内容", "支出明细", "支出项目", "费用项目", "项目预算成本构成", "预算成本构成", "成本构成明细"]],
  ["quantity", ["数量", "工作量", "计量数量"]],
  ["price", ["单价", "标准", "单价标准", "测算标准"]],
  ["amount", ["金额", "测算金额", "预算金额", "小计", "金额小计", "预算数"]],
  ["basis", ["测算依据", "计算依据", "依据", "测算说明", "备注"]],
];

export const costColumnWordOf = wordIndex(COST_COLUMN_WORDS);
