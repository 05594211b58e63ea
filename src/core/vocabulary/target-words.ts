/** Words written in a 指标值 cell instead of a figure: placeholders, deadlines, passes, yes/no, nil. */

/** Words that stand in for a target not yet set; 无 is left alone (for 事故 it means none). */
export const TARGET_PLACEHOLDER_WORDS: readonly string[] = [
  "待定", "待补充", "待补", "待填", "待填写", "待完善", "待确定", "待核定", "暂定", "暂无", "未定", "未知", "不详", "略", "同上",
  "tbd", "todo", "n/a", "na", "null", "none",
];

/** A deadline in words ("年底前完成", "上半年", "当日办结", "日产日清") fixes a date, which is what a 时效 target needs. */
export const DEADLINE_WORDS: readonly string[] = ["当日", "当天", "日清", "次日", "年底", "年末", "年内", "年度", "当年", "本年", "全年", "月底", "月末", "季度", "上半年", "下半年", "前完成"];

/** A 质量 target naming a standard, a pass or a grade (合格, 达标, 优良) is weaker than a rate but not empty words. */
export const PASS_WORDS: readonly string[] = ["合格", "合规", "达标", "符合", "通过", "验收", "优良", "优秀", "良好"];

/** Yes/no answers, whole. */
export const BINARY_ANSWERS: readonly string[] = ["是", "否", "有", "已完成", "完成"];

/** A cost bounded by the budget in words ("≤预算金额", "控制在批复预算内"): a bound, but not yet an amount. */
export const BUDGET_BOUND_WORDS: readonly string[] = ["预算金额", "预算数", "预算额", "预算资金", "预算范围", "预算标准", "批复金额", "批复预算", "预算"];

/** Words that mean zero ("无" for a cost): a quantity, even if written in words. */
export const NIL_WORDS: readonly string[] = ["无", "零", "没有", "0"];

